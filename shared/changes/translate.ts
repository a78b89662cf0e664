import type { ChangedFile } from '../io/git';

/**
 * Repository-relative changes seen from a guard root at `prefix` (`monorepo/`): files under it lose the
 * prefix, files outside it are dropped; a rename across the boundary is an add or a delete on our side.
 */
export function intoGuardRoot(files: readonly ChangedFile[], prefix: string): ChangedFile[] {
  if (prefix === '') return [...files];
  const inside = (p: string | undefined) => p !== undefined && p.startsWith(prefix);
  const out: ChangedFile[] = [];
  for (const f of files) {
    const strip = (p: string) => p.slice(prefix.length);
    if (f.status === 'renamed' && inside(f.previousPath) !== inside(f.path)) {
      if (inside(f.path)) out.push({ path: strip(f.path), status: 'added' });
      else out.push({ path: strip(f.previousPath!), status: 'deleted' });
      continue;
    }
    if (!inside(f.path)) continue;
    out.push({ ...f, path: strip(f.path), ...(f.previousPath ? { previousPath: strip(f.previousPath) } : {}) });
  }
  return out;
}

/** A guard-root path as the repository names it: what annotations, check runs, SARIF and reports carry. */
export function toRepoPath(rel: string, prefix: string | undefined): string {
  if (prefix && (rel === '.' || rel === '')) return prefix.replace(/\/$/, ''); // the guard root itself
  return prefix ? `${prefix}${rel}` : rel;
}
