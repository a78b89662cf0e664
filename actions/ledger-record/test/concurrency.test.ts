import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appendEntry } from '../src/ledger/append';
import { openPostgres } from '../src/db/postgres-client';
import { migrateLedger } from '../src/db/migrate';
import type { SqlClient } from '../src/db/sql-client';
import { verifyChain } from '../src/ledger/verify-chain';
import { MemoryLogger } from '@shared/logger';
import { createTestDatabase, describeWithPostgres, type TestDatabase } from './pg-test-db';
const { compileLedger, CHILD_ENV } = require('./compile-ledger.cjs') as {
  compileLedger(entries: string[], outDir: string): string[];
  CHILD_ENV: Record<string, string>;
};

const WRITERS = 32;
const PER_WRITER = 1000;

describeWithPostgres('appendEntry from concurrent processes', () => {
  let database: TestDatabase;
  let db: SqlClient;
  let outDir: string;
  let worker: string;
  beforeAll(async () => {
    database = await createTestDatabase();
    db = await openPostgres({ url: database.url, connectTimeoutSeconds: 10 }, 'ledger database');
    await migrateLedger(db, new MemoryLogger());
    outDir = mkdtempSync(join(tmpdir(), 'ledger-worker-'));
    [worker] = compileLedger(['actions/ledger-record/test/append-worker.ts'], outDir);
  });
  afterAll(async () => {
    await db?.close();
    await database?.drop();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  function startWriter(tenant: string, count: number, id: number) {
    const child = spawn(process.execPath, [worker, database.url, tenant, String(count), String(id)], {
      env: { ...process.env, ...CHILD_ENV, LEDGER_WORKER_PROGRESS: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
      child.on('close', (code, signal) => resolve({ code, signal, stderr })),
    );
    return { child, done, progressed: () => stderr.includes('progress') };
  }

  it(`keeps one unbroken chain when ${WRITERS} processes append ${PER_WRITER} entries each`, async () => {
    const tenant = 'acme/concurrent';
    const runs = Array.from({ length: WRITERS }, (_, i) => startWriter(tenant, PER_WRITER, i));
    const results = await Promise.all(runs.map((r) => r.done));
    expect(results.filter((r) => r.code !== 0).map((r) => r.stderr)).toEqual([]);
    const [stats] = await db.query<{ entries: number; maxSeq: number; links: number; pairs: number }>(
      `SELECT count(*)::int AS "entries", max("seq") AS "maxSeq", count(DISTINCT "prevHash")::int AS "links",
              count(DISTINCT ("payload"->>'writer') || ':' || ("payload"->>'i'))::int AS "pairs"
       FROM "LedgerEntry" WHERE "tenantId" = $1 AND "type" = 'build'`,
      [tenant],
    );
    // Every writer's every append is there once: no loss, no duplicate; seqs end where the count says: no fork.
    expect(stats).toEqual({ entries: WRITERS * PER_WRITER, maxSeq: WRITERS * PER_WRITER, links: WRITERS * PER_WRITER, pairs: WRITERS * PER_WRITER });
    const report = await verifyChain(db, tenant);
    expect(report.broken).toBeUndefined();
    expect(report.checked).toBe(WRITERS * PER_WRITER + 1);
  }, 600_000);

  it('still verifies after a writer is killed with SIGKILL in the middle of its appends', async () => {
    const tenant = 'acme/killed';
    const victim = startWriter(tenant, 1_000_000, 0);
    const bystander = startWriter(tenant, 200, 1);
    while (!victim.progressed()) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 150));
    victim.child.kill('SIGKILL');
    expect((await victim.done).signal).toBe('SIGKILL');
    expect((await bystander.done).code).toBe(0);
    // The killed writer's lock went with its connection: the chain takes appends and verifies end to end.
    const after = await appendEntry(db, { tenantId: tenant, type: 'build', payload: { after: 'kill' } });
    const report = await verifyChain(db, tenant);
    expect(report.broken).toBeUndefined();
    expect(report.head).toEqual({ seq: after.entry.seq, hash: after.entry.hash });
  }, 120_000);
});
