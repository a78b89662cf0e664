import { CONFIG_DIR } from './read-config';
import { joinRel } from '@shared/io/repo-path';

// The path helpers live in shared/io/repo-path.ts; re-exported for a rule that imports them from here.
export { joinRel } from '@shared/io/repo-path';

/**
 * A path written in a config file, made repository-relative. Prisma resolves config paths against the
 * config file's directory; `__dirname` (CONFIG_DIR) is that directory too.
 */
export function resolveFrom(baseDir: string, written: string): string {
  const rest = written.startsWith(CONFIG_DIR) ? written.slice(CONFIG_DIR.length).replace(/^\//, '') : written;
  return joinRel(baseDir, rest || '.');
}
