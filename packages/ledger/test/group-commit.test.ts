import pg from 'pg';
import { adminQuery, describeWithPostgres } from '../../../actions/ledger-record/test/pg-test-db';
import { openPostgres } from '../../../actions/ledger-record/src/db/postgres-client';
import type { SqlClient } from '../../../actions/ledger-record/src/db/sql-client';
import { EntryRefusedError, GroupCommitter } from '../src/node/group-commit';
import { createLedgerHandler } from '../src/node/handler';
import { LedgerStore } from '../src/node/store';
import { commitSizes, probeCommits } from './commit-probe';
import { startService, type TestService } from './service-harness';

/** Holds the tenant's head row as an append in flight would, until release() commits. */
async function holdHead(url: string, tenant: string): Promise<{ release(): Promise<void> }> {
  const holder = new pg.Client({ connectionString: url });
  await holder.connect();
  await holder.query('BEGIN');
  await holder.query('SELECT 1 FROM "LedgerHead" WHERE "tenantId" = $1 FOR UPDATE', [tenant]);
  return {
    async release() {
      await holder.query('COMMIT');
      await holder.end();
    },
  };
}

/** Waits until `n` backends wait on a row lock of the database. */
async function lockWaiters(url: string, n: number): Promise<void> {
  for (;;) {
    const [{ waiting }] = await adminQuery<{ waiting: number }>(`SELECT count(*)::int AS "waiting" FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`, [], url);
    if (waiting >= n) return;
    await new Promise((r) => setTimeout(r, 10));
  }
}

describeWithPostgres('group commit in the ledger service', () => {
  let svc: TestService;
  let db: SqlClient;
  beforeAll(async () => {
    svc = await startService({ rateLimit: { perSecond: 0 } });
    db = await openPostgres({ url: svc.db.url, connectTimeoutSeconds: 10, maxConnections: 8 }, 'test');
    await probeCommits(svc.db.url);
  }, 120_000);
  afterAll(async () => {
    await db?.close();
    await svc?.close();
  });

  it('writes the appends that queued behind a transaction in flight together, in arrival order, in batches of at most maxBatch', async () => {
    const committer = new GroupCommitter(db, 4);
    await committer.append('order', 'note', { n: 0 }); // the head row exists, so it can be held
    const held = await holdHead(svc.db.url, 'order');
    const first = committer.append('order', 'note', { n: 1 }); // in flight, waiting on the held row
    await lockWaiters(svc.db.url, 1);
    const queued = Array.from({ length: 9 }, (_, i) => committer.append('order', 'note', { n: i + 2 }));
    await held.release();
    const outcomes = await Promise.all([first, ...queued]);
    expect(outcomes.map((o) => o.entry.seq)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(outcomes.every((o, i) => o.appended && (o.entry.payload as { n: number }).n === i + 1)).toBe(true);
    // One commit for the first append, then the nine that waited, four at a time.
    expect(await commitSizes(svc.db.url, 'order')).toEqual([1, 1, 4, 4, 1]);
    expect(await new LedgerStore(db).verify('order')).toMatchObject({ ok: true, checked: 12 });
  });

  it('fails one refused entry of a batch alone, and returns the first entry for a key repeated inside the batch', async () => {
    // A constraint that refuses one payload stands for anything the database refuses in one entry only.
    await adminQuery(`ALTER TABLE "LedgerEntry" ADD CONSTRAINT "test_no_poison" CHECK (NOT ("payload" ? 'poison'))`, [], svc.db.url);
    try {
      const committer = new GroupCommitter(db);
      await committer.append('mixed', 'note', { n: 0 });
      const held = await holdHead(svc.db.url, 'mixed');
      const first = committer.append('mixed', 'note', { n: 1 });
      await lockWaiters(svc.db.url, 1);
      const settled = Promise.allSettled([
        committer.append('mixed', 'note', { n: 2 }, 'same-key'),
        committer.append('mixed', 'note', { poison: true }),
        committer.append('mixed', 'note', { n: 3 }, 'same-key'),
        committer.append('mixed', 'Bad Type', { n: 4 }),
        committer.append('mixed', 'note', { n: 5 }),
      ]);
      await held.release();
      await first;
      const [keyed, poisoned, repeated, badType, last] = await settled;
      expect(keyed).toMatchObject({ status: 'fulfilled', value: { appended: true, entry: { seq: 3, payload: { n: 2 } } } });
      expect(poisoned.status).toBe('rejected');
      expect((poisoned as PromiseRejectedResult).reason).toBeInstanceOf(EntryRefusedError);
      expect((poisoned as PromiseRejectedResult).reason).toMatchObject({ sqlState: '23514', message: expect.stringContaining('test_no_poison') });
      // The same key again in the same transaction: the first entry, with its payload, not the one sent.
      expect(repeated).toMatchObject({ status: 'fulfilled', value: { appended: false, entry: { seq: 3, hash: (keyed as PromiseFulfilledResult<{ entry: { hash: string } }>).value.entry.hash, payload: { n: 2 } } } });
      // Refused before it could join the batch.
      expect(badType).toMatchObject({ status: 'rejected', reason: { message: expect.stringMatching(/^type must be/) } });
      expect(last).toMatchObject({ status: 'fulfilled', value: { appended: true, entry: { seq: 4, payload: { n: 5 } } } });
      expect(await commitSizes(svc.db.url, 'mixed')).toEqual([1, 1, 2]);
      expect(await new LedgerStore(db).verify('mixed')).toMatchObject({ ok: true, checked: 5 });
    } finally {
      await adminQuery(`ALTER TABLE "LedgerEntry" DROP CONSTRAINT "test_no_poison"`, [], svc.db.url);
    }
  });

  it('answers each request of a batch on its own over HTTP: 201, 200 for a repeated key, 409 for the refused one', async () => {
    await adminQuery(`ALTER TABLE "LedgerEntry" ADD CONSTRAINT "test_no_poison" CHECK (NOT ("payload" ? 'poison'))`, [], svc.db.url);
    const handler = createLedgerHandler({ databaseUrl: svc.db.url, log: () => undefined, rateLimit: { perSecond: 0 } });
    try {
      const token = await svc.token('http-batch');
      const append = (body: unknown, key?: string) =>
        handler(new Request('http://ledger.test/v1/append', { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}) }, body: JSON.stringify(body) }));
      expect((await append({ type: 'note', payload: { n: 0 } })).status).toBe(201);
      const held = await holdHead(svc.db.url, 'http-batch');
      const first = append({ type: 'note', payload: { n: 1 } });
      await lockWaiters(svc.db.url, 1);
      const rest = [append({ type: 'note', payload: { n: 2 } }, 'k'), append({ type: 'note', payload: { poison: 1 } }), append({ type: 'note', payload: { n: 3 } }, 'k')];
      while (handler.inFlight < 4) await new Promise((r) => setTimeout(r, 10));
      // In flight is counted from the request's start: give the three time to read their bodies and queue. If
      // one is late it goes in a batch of its own, and every answer below is the same.
      await new Promise((r) => setTimeout(r, 200));
      await held.release();
      const answers = await Promise.all([first, ...rest].map(async (r) => {
        const res = await r;
        return { status: res.status, body: (await res.json()) as { entry?: { seq: number }; type?: string } };
      }));
      expect(answers.map((a) => a.status)).toEqual([201, 201, 409, 200]);
      expect(answers[2].body.type).toMatch(/ledger-service\.md#conflict$/);
      expect(answers[3].body.entry?.seq).toBe(answers[1].body.entry?.seq);
      expect(await commitSizes(svc.db.url, 'http-batch')).toEqual([1, 1, 1]);
    } finally {
      await handler.shutdown();
      await adminQuery(`ALTER TABLE "LedgerEntry" DROP CONSTRAINT "test_no_poison"`, [], svc.db.url);
    }
  });

  it('acknowledges no request of a batch whose transaction fails: each gets the error, and nothing of it is written', async () => {
    const short = await openPostgres({ url: svc.db.url, connectTimeoutSeconds: 10, maxConnections: 2, lockTimeoutSeconds: 0.2 }, 'test');
    try {
      const committer = new GroupCommitter(short);
      await committer.append('timeout', 'note', { n: 0 });
      const held = await holdHead(svc.db.url, 'timeout');
      const results = await Promise.allSettled([committer.append('timeout', 'note', { n: 1 }), committer.append('timeout', 'note', { n: 2 }), committer.append('timeout', 'note', { n: 3 })]);
      await held.release();
      expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
      expect(results.map((r) => (r as PromiseRejectedResult).reason.code)).toEqual(['55P03', '55P03', '55P03']);
      expect(await commitSizes(svc.db.url, 'timeout')).toEqual([1]);
    } finally {
      await short.close();
    }
  });
});
