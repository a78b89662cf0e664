import YAML from 'yaml';
import type { CachedFs } from './cached-fs';
import { joinRel } from './repo-path';

export interface WorkspacePackage {
  name: string;
  dir: string;
  manifest: Record<string, unknown>;
}

/**
 * Workspace packages from npm/yarn `workspaces` (array or `{ packages }`) and `pnpm-workspace.yaml`.
 * The root is included when it has a name, so a single-package repository works the same way.
 */
export function findWorkspaces(cfs: CachedFs): WorkspacePackage[] {
  const root = cfs.readJson('package.json') ?? {};
  const patterns: string[] = [];
  const ws = root.workspaces;
  if (Array.isArray(ws)) patterns.push(...ws.map(String));
  else if (ws && typeof ws === 'object' && Array.isArray((ws as { packages?: unknown }).packages)) {
    patterns.push(...((ws as { packages: unknown[] }).packages.map(String)));
  }
  if (cfs.isFile('pnpm-workspace.yaml')) {
    try {
      const doc = YAML.parse(cfs.fs.readText('pnpm-workspace.yaml')) as { packages?: unknown } | null;
      if (Array.isArray(doc?.packages)) patterns.push(...doc.packages.map(String));
    } catch {
      // An unreadable pnpm-workspace.yaml leaves the npm/yarn list; pnpm itself would refuse to install.
    }
  }
  const include = patterns.filter((p) => !p.startsWith('!')).map((p) => `${p.replace(/^\.\//, '').replace(/\/$/, '')}/package.json`);
  const ignore = patterns.filter((p) => p.startsWith('!')).map((p) => `${p.slice(1).replace(/^\.\//, '')}/**`);
  const manifests = include.length > 0 ? cfs.fs.glob(include, { ignore: ['**/node_modules/**', ...ignore] }) : [];
  const out: WorkspacePackage[] = [];
  if (typeof root.name === 'string') out.push({ name: root.name, dir: '.', manifest: root });
  for (const m of manifests) {
    const manifest = cfs.readJson(m);
    if (!manifest) continue;
    const dir = joinRel(m, '..');
    out.push({ name: typeof manifest.name === 'string' ? manifest.name : dir, dir, manifest });
  }
  return out;
}

export function dependsOn(manifest: Record<string, unknown>, dep: string): boolean {
  return ['dependencies', 'devDependencies', 'peerDependencies'].some((k) => {
    const deps = manifest[k];
    return deps !== null && typeof deps === 'object' && dep in (deps as object);
  });
}
