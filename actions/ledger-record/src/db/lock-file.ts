import { closeSync, mkdirSync, openSync, readFileSync, rmdirSync, rmSync, statSync, writeSync } from 'node:fs';
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

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function readPid(path: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(path, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : Number.NaN;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

/** O_CREAT|O_EXCL: atomic, so of any number of processes creating it at once exactly one succeeds. */
function tryCreate(path: string): boolean {
  try {
    const fd = openSync(path, 'wx');
    try {
      writeSync(fd, `${process.pid}\n`);
    } finally {
      closeSync(fd);
    }
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
}

/** A guard held only for the few system calls of a takeover; one left by a process killed inside them goes stale. */
const TAKEOVER_STALE_MS = 10_000;

/**
 * Removes the lock file of a dead holder, so that tryCreate can run again. Only one process at a time
 * does this (mkdir of the guard is atomic), and it deletes the file only after reading, under the
 * guard, the dead pid it judged by: no one else deletes, and creation is exclusive, so the file cannot
 * have changed hands in between. (Read-pid, delete, create without the guard let two live processes
 * both hold the lock: the second deleted the first's fresh file.)
 */
function removeIfStale(path: string, stalePid: number): void {
  const guard = `${path}.takeover`;
  try {
    mkdirSync(guard);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    try {
      if (Date.now() - statSync(guard).mtimeMs > TAKEOVER_STALE_MS) rmdirSync(guard);
    } catch {
      // Gone already: the other process finished its takeover.
    }
    return;
  }
  try {
    const pid = readPid(path);
    if (pid === stalePid || Number.isNaN(pid)) rmSync(path, { force: true });
  } finally {
    rmdirSync(guard);
  }
}

/**
 * An exclusive lock on the embedded ledger folder, held for the process's life: two PGlite processes
 * on one folder corrupt it (duplicate seq values, lost appends, broken indexes), so the second stops
 * with a clear error. A lock left by a killed process (its pid is gone) is taken over safely, by one
 * process only.
 */
export function acquireLockFile(path: string, waitMs = 2_000): () => void {
  mkdirSync(dirname(path), { recursive: true });
  const deadline = Date.now() + waitMs;
  for (;;) {
    if (tryCreate(path)) return () => rmSync(path, { force: true });
    const pid = readPid(path);
    if (pid !== undefined && !Number.isNaN(pid)) {
      if (pid === process.pid) throw new ConfigurationError(`The embedded ledger is in use by this process already (lock ${path}).`);
      if (alive(pid))
        throw new ConfigurationError(
          `The embedded ledger is in use by process ${pid} (lock ${path}). Wait for it to finish, or give database-url to share a PostgreSQL ledger.`,
        );
    }
    // A dead holder's file, an empty file being written this instant, or one that just went away.
    if (pid !== undefined) {
      if (Number.isNaN(pid) && Date.now() < deadline) sleepSync(5); // give a creator time to write its pid
      else removeIfStale(path, pid);
    }
    if (Date.now() > deadline) throw new ConfigurationError(`The embedded ledger is in use (lock ${path} could not be taken within ${waitMs} ms); remove it if no bickford process is running.`);
    sleepSync(1 + Math.floor(Math.random() * 5));
  }
}
