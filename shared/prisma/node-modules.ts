import type { RepoFs } from '@shared/io/repo-fs';
import { dirOf, joinRel } from '@shared/io/repo-path';

/** Where Node would resolve a package from a directory: the nearest node_modules/<name> walking up. */
export function resolvePackageDir(fs: RepoFs, fromDir: string, name: string): string | undefined {
  for (let dir = fromDir; ; dir = dirOf(dir)) {
    const candidate = joinRel(dir, 'node_modules', name);
    if (fs.isFile(joinRel(candidate, 'package.json'))) return candidate;
    if (dir === '.') return undefined;
  }
}

/** The `version` of an installed package, resolved from a directory. */
export function installedVersion(fs: RepoFs, fromDir: string, name: string): string | undefined {
  const dir = resolvePackageDir(fs, fromDir, name);
  if (!dir) return undefined;
  try {
    const v = (JSON.parse(fs.readText(joinRel(dir, 'package.json'))) as { version?: unknown }).version;
    return typeof v === 'string' ? v : undefined;
  } catch {
    return undefined;
  }
}
