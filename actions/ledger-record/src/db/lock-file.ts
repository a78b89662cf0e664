import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { ConfigurationError } from '@shared/errors';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * An exclusive lock on the embedded ledger folder: two PGlite processes on one folder silently lose
 * writes, so the second one must stop with a clear error. A lock left by a killed process (its pid is
 * gone) is taken over.
 */
export function acquireLockFile(path: string): () => void {
  mkdirSync(dirname(path), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const pid = Number.parseInt(readFileSync(path, 'utf8'), 10);
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid))
        throw new ConfigurationError(
          `The embedded ledger is in use by process ${pid} (lock ${path}). Wait for it to finish, or give database-url to share a PostgreSQL ledger.`,
        );
      if (pid === process.pid) throw new ConfigurationError(`The embedded ledger is in use by this process already (lock ${path}).`);
      rmSync(path, { force: true });
    }
  }
  throw new ConfigurationError(`The embedded ledger is in use (lock ${path} keeps reappearing).`);
}
