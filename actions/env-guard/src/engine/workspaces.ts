import type { RepoFs } from '@shared/io/repo-fs';
import { discoverWorkspaces as discoverPackages } from '@shared/io/workspaces';

/** A package of the monorepo as env-guard reads it. `dir` is repository-relative ('.' for the root package). */
export interface Workspace {
  name: string;
  dir: string;
  dependencies: Set<string>;
  scripts: Set<string>;
}

function toWorkspace(name: string, dir: string, pkg: Record<string, unknown>): Workspace {
  // Turbo's framework inference reads these three fields: crates/turborepo-frameworks (dependencyMatch).
  const keys = (field: string) => {
    const v = pkg[field];
    return v && typeof v === 'object' ? Object.keys(v) : [];
  };
  const deps = ['dependencies', 'devDependencies', 'peerDependencies'].flatMap(keys);
  return { name, dir, dependencies: new Set(deps), scripts: new Set(keys('scripts')) };
}

/** The root package (named `//`, as turbo names it) and every workspace package, sorted by directory (shared/io/workspaces.ts). */
export function discoverWorkspaces(fs: RepoFs): { root: Workspace; workspaces: Workspace[] } {
  const layout = discoverPackages(fs);
  return {
    root: toWorkspace('//', '.', layout.root.manifest),
    workspaces: layout.packages.map((p) => toWorkspace(p.name, p.dir, p.manifest)),
  };
}
