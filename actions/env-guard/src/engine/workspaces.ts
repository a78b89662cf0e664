import picomatch from 'picomatch';
import { parse as parseYaml } from 'yaml';
import type { RepoFs } from '@shared/io/repo-fs';
import { compareStrings } from '@shared/compare';

/** A package of the monorepo. `dir` is repository-relative ('.' for the root package). */
export interface Workspace {
  name: string;
  dir: string;
  dependencies: Set<string>;
  scripts: Set<string>;
}

interface PackageJson {
  name?: string;
  workspaces?: string[] | { packages?: string[] };
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  scripts?: Record<string, string>;
}

function readPackageJson(fs: RepoFs, file: string): PackageJson | undefined {
  try {
    const value = JSON.parse(fs.readText(file)) as unknown;
    return value && typeof value === 'object' ? (value as PackageJson) : undefined;
  } catch {
    return undefined;
  }
}

function toWorkspace(dir: string, pkg: PackageJson): Workspace {
  // Turbo's framework inference reads these three fields: crates/turborepo-frameworks (dependencyMatch).
  const deps = [pkg.dependencies, pkg.devDependencies, pkg.peerDependencies].flatMap((d) => Object.keys(d ?? {}));
  return { name: pkg.name ?? dir, dir, dependencies: new Set(deps), scripts: new Set(Object.keys(pkg.scripts ?? {})) };
}

/** Workspace globs from pnpm-workspace.yaml, else from package.json `workspaces` (npm, yarn, bun). */
export function workspaceGlobs(fs: RepoFs): string[] {
  if (fs.isFile('pnpm-workspace.yaml')) {
    const doc = parseYaml(fs.readText('pnpm-workspace.yaml')) as { packages?: unknown } | null;
    return Array.isArray(doc?.packages) ? doc.packages.map(String) : [];
  }
  const root = fs.isFile('package.json') ? readPackageJson(fs, 'package.json') : undefined;
  const ws = root?.workspaces;
  return Array.isArray(ws) ? ws : Array.isArray(ws?.packages) ? ws.packages : [];
}

/**
 * The root package and every workspace package, found the way the package managers do: each glob names
 * directories that hold a package.json; `!pattern` excludes. Sorted by directory.
 */
export function discoverWorkspaces(fs: RepoFs): { root: Workspace; workspaces: Workspace[] } {
  const rootPkg = (fs.isFile('package.json') && readPackageJson(fs, 'package.json')) || {};
  const root = { ...toWorkspace('.', rootPkg), name: '//' };
  const globs = workspaceGlobs(fs).map((g) => g.replace(/^\.\//, '').replace(/\/$/, ''));
  const include = globs.filter((g) => !g.startsWith('!')).map((g) => `${g}/package.json`);
  const exclude = globs.filter((g) => g.startsWith('!')).map((g) => g.slice(1));
  if (include.length === 0) return { root, workspaces: [] };
  const excluded = exclude.length > 0 ? picomatch(exclude) : () => false;
  const workspaces: Workspace[] = [];
  for (const file of fs.glob(include)) {
    const dir = file.slice(0, -'/package.json'.length);
    if (!dir || excluded(dir)) continue;
    const pkg = readPackageJson(fs, file);
    if (pkg) workspaces.push(toWorkspace(dir, pkg));
  }
  return { root, workspaces: workspaces.sort((a, b) => compareStrings(a.dir, b.dir)) };
}

/** The workspace a file belongs to: the deepest workspace directory that contains it. */
export function workspaceOf(file: string, workspaces: readonly Workspace[]): Workspace | undefined {
  let best: Workspace | undefined;
  for (const ws of workspaces) {
    if (file.startsWith(`${ws.dir}/`) && (!best || ws.dir.length > best.dir.length)) best = ws;
  }
  return best;
}
