/**
 * A process for the embedded-lock race test. argv: <lock path> <log path> <counter path> <mode>
 * mode "counter": takes the lock (retrying while another live process holds it), logs start/end, and
 * increments a counter file with a read-modify-write that loses updates if two processes hold the lock.
 * mode "pglite <dir> <tenant> <n>": opens the embedded ledger itself (openPglite takes the lock) and appends n entries.
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { acquireLockFile } from '../src/db/lock-file';
import { openPglite } from '../src/db/pglite-client';
import { migrateLedger } from '../src/db/migrate';
import { appendEntry } from '../src/ledger/append';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function withRetry<T>(take: () => T | Promise<T>): Promise<T> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      return await take();
    } catch (e) {
      if (!/in use/.test((e as Error).message) || Date.now() > deadline) throw e;
      await sleep(5 + Math.random() * 20);
    }
  }
}

async function main(): Promise<void> {
  const [mode, lockPath, logPath, counterPath, dir, tenant, n] = process.argv.slice(2);
  if (mode === 'counter') {
    const release = await withRetry(() => acquireLockFile(lockPath));
    appendFileSync(logPath, `start ${process.pid}\n`);
    const count = Number(readFileSync(counterPath, 'utf8'));
    await sleep(10);
    writeFileSync(counterPath, String(count + 1));
    appendFileSync(logPath, `end ${process.pid}\n`);
    release();
    return;
  }
  const quiet = { debug() {}, info() {}, warning() {}, error() {}, group: <T>(_: string, f: () => Promise<T>) => f() };
  const db = await withRetry(() => openPglite(dir));
  try {
    appendFileSync(logPath, `start ${process.pid}\n`);
    await migrateLedger(db, quiet);
    for (let i = 0; i < Number(n); i++) await appendEntry(db, { tenantId: tenant, type: 'build', payload: { pid: process.pid, i } });
    appendFileSync(logPath, `end ${process.pid}\n`);
  } finally {
    await db.close();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
