import { discoverWorkspaces, type WorkspacePackage } from '@shared/io/workspaces';
import type { CachedFs } from './cached-fs';

export type { WorkspacePackage } from '@shared/io/workspaces';

/**
 * Workspace packages as the repository's package manager lists them (shared/io/workspaces.ts). The root is
 * included when it has a name, so a single-package repository works the same way.
 */
export function findWorkspaces(cfs: CachedFs): WorkspacePackage[] {
  const layout = discoverWorkspaces(cfs.fs, (file) => cfs.readJson(file));
  const root = layout.root.name !== undefined ? [{ name: layout.root.name, dir: '.', manifest: layout.root.manifest }] : [];
  return [...root, ...layout.packages];
}

export function dependsOn(manifest: Record<string, unknown>, dep: string): boolean {
  return ['dependencies', 'devDependencies', 'peerDependencies'].some((k) => {
    const deps = manifest[k];
    return deps !== null && typeof deps === 'object' && dep in (deps as object);
  });
}
