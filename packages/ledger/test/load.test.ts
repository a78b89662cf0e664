import { describeWithPostgres, adminQuery } from '../../../actions/ledger-record/test/pg-test-db';
import { EdgeLedgerClient, LedgerRequestError } from '../src/edge/client';
import { commitSizes, probeCommits } from './commit-probe';
import { startService, type TestService } from './service-harness';
import { startWorker } from './worker-process';

describeWithPostgres('the ledger service under load and failure (appends in batches)', () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await startService({ rateLimit: { perSecond: 0 } });
    await probeCommits(svc.db.url);
    await svc.server.close(); // only its migrated database and tokens are used: the service runs in a worker process
  }, 120_000);
  afterAll(() => svc?.db.drop());

  it('takes 32 concurrent clients × 200 appends with no fork, no loss and no duplicate; a retried key returns the same entry', async () => {
    const worker = await startWorker(svc.db.url);
    try {
      const token = await svc.token('load');
      const clients = Array.from({ length: 32 }, () => new EdgeLedgerClient({ url: worker.url, token }));
      const acks = await Promise.all(
        clients.map(async (client, c) => {
          const mine: { seq: number; hash: string; key: string }[] = [];
          for (let i = 0; i < 200; i++) {
            const key = `c${c}-i${i}`;
            const r = await client.appendLedger({ client: c, i }, null, { idempotencyKey: key });
            mine.push({ seq: r.entry.seq, hash: r.entry.hash, key });
          }
          return mine;
        }),
      );
      const all = acks.flat();
      expect(all).toHaveLength(6400);
      // Every acknowledged append got its own place in one chain: seq 1..6400 once each (0 is genesis).
      expect(new Set(all.map((a) => a.seq)).size).toBe(6400);
      expect(Math.min(...all.map((a) => a.seq))).toBe(1);
      expect(Math.max(...all.map((a) => a.seq))).toBe(6400);
      const [{ rows, forks }] = await adminQuery<{ rows: number; forks: number }>(`SELECT count(*)::int AS "rows", (count(*) - count(DISTINCT "prevHash"))::int AS "forks" FROM "LedgerEntry" WHERE "tenantId" = 'load'`, [], svc.db.url);
      expect({ rows, forks }).toEqual({ rows: 6401, forks: 0 });
      // Group commit: the appends that queued behind a transaction went together, so there were fewer commits.
      const sizes = await commitSizes(svc.db.url, 'load');
      const [commits, largest] = [sizes.length, Math.max(...sizes)];
      expect(commits).toBeLessThan(6400);
      expect(largest).toBeGreaterThan(1);
      expect(largest).toBeLessThanOrEqual(64);
      const retried = await clients[0].appendLedger({ client: 0, i: 7 }, null, { idempotencyKey: 'c0-i7' });
      expect({ seq: retried.entry.seq, hash: retried.entry.hash, appended: retried.appended }).toEqual({ seq: acks[0][7].seq, hash: acks[0][7].hash, appended: false });
      const report = await clients[0].verify();
      expect(report).toMatchObject({ ok: true, checked: 6401, head: { seq: 6400 } });
    } finally {
      worker.child.kill('SIGTERM');
    }
  }, 600_000);

  it('loses no acknowledged entry when the service is killed with SIGKILL mid-append, and retries with the same keys append each at most once', async () => {
    const token = await svc.token('crash');
    const first = await startWorker(svc.db.url);
    const acked = new Map<string, { seq: number; hash: string }>();
    const unknown: string[] = [];
    let stop = false;
    // 32 writers, so that appends queue and the kill lands while a batch is in flight.
    const writers = Array.from({ length: 32 }, async (_, w) => {
      const client = new EdgeLedgerClient({ url: first.url, token, attempts: 1 });
      for (let i = 0; !stop; i++) {
        const key = `w${w}-${i}`;
        try {
          const r = await client.appendLedger({ writer: w, i }, null, { idempotencyKey: key });
          acked.set(key, { seq: r.entry.seq, hash: r.entry.hash });
        } catch (e) {
          if (!(e instanceof LedgerRequestError)) throw e;
          unknown.push(key); // sent, never answered: it may or may not have been written
          return;
        }
      }
    });
    while (acked.size < 200) await new Promise((r) => setTimeout(r, 20));
    first.child.kill('SIGKILL');
    await Promise.all(writers);
    stop = true;
    expect(unknown.length).toBeGreaterThan(0);
    const largest = Math.max(...(await commitSizes(svc.db.url, 'crash')));
    expect(largest).toBeGreaterThan(1);

    const second = await startWorker(svc.db.url);
    try {
      const client = new EdgeLedgerClient({ url: second.url, token });
      // Each acknowledged entry is there, at the seq and with the hash the client was told.
      const stored = new Map<number, string>();
      for (let after = -1; ; ) {
        const page = await fetch(`${second.url}/v1/entries?after=${after}&limit=1000`, { headers: { authorization: `Bearer ${token}` } }).then((r) => r.json() as Promise<{ entries: { seq: number; hash: string }[]; next: number | null }>);
        for (const e of page.entries) stored.set(e.seq, e.hash);
        if (page.next === null) break;
        after = page.next;
      }
      for (const [key, a] of acked) expect({ key, hash: stored.get(a.seq) }).toEqual({ key, hash: a.hash });
      // The requests cut off by the kill, retried with their keys: at most one entry each.
      for (const key of unknown) await client.appendLedger({ writer: Number(key.slice(1, key.indexOf('-'))), i: Number(key.slice(key.indexOf('-') + 1)) }, null, { idempotencyKey: key });
      const [{ dups }] = await adminQuery<{ dups: number }>(`SELECT count(*)::int AS "dups" FROM (SELECT "payload"->'intent' FROM "LedgerEntry" WHERE "tenantId" = 'crash' AND "type" = 'decision' GROUP BY 1 HAVING count(*) > 1) d`, [], svc.db.url);
      expect(dups).toBe(0);
      expect(await client.verify()).toMatchObject({ ok: true, checked: acked.size + unknown.length + 1 });
    } finally {
      second.child.kill('SIGTERM');
    }
  }, 300_000);
});
