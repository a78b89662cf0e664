import * as path from 'node:path';
import { CONFIG_DIR } from './read-config';

/** Parent directory of a repository-relative path, `.` at the top. */
export function dirOf(rel: string): string {
  const d = path.posix.dirname(rel);
  return d === '' ? '.' : d;
}

/** Joins repository-relative segments, normalised, `.` for the root. */
export function joinRel(...parts: string[]): string {
  const j = path.posix.normalize(path.posix.join(...parts));
  return j === '' || j === './' ? '.' : j.replace(/\/$/, '');
}

/**
 * A path written in a config file, made repository-relative. Prisma resolves config paths against the
 * config file's directory; `__dirname` (CONFIG_DIR) is that directory too.
 */
export function resolveFrom(baseDir: string, written: string): string {
  const rest = written.startsWith(CONFIG_DIR) ? written.slice(CONFIG_DIR.length).replace(/^\//, '') : written;
  return joinRel(baseDir, rest || '.');
}

/** Whether a resolved path stays inside the repository. */
export function insideRepo(rel: string): boolean {
  return rel !== '..' && !rel.startsWith('../') && !path.posix.isAbsolute(rel);
}
