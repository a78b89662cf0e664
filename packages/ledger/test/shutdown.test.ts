import pg from 'pg';
import { describeWithPostgres } from '../../../actions/ledger-record/test/pg-test-db';
import { createLedgerHandler } from '../src/node/handler';
import { startService, type TestService } from './service-harness';

describeWithPostgres('the ledger service shutting down', () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await startService();
  }, 120_000);
  afterAll(() => svc?.close());

  it('finishes the append in flight, refuses new requests with 503, then closes', async () => {
    const token = await svc.token('slow');
    const handler = createLedgerHandler({ databaseUrl: svc.db.url, log: () => undefined });
    const append = (n: number) => handler(new Request('http://ledger.test/v1/append', { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ type: 'note', payload: { n } }) }));
    expect((await append(1)).status).toBe(201);
    // Hold the tenant's head row, as a long append would: the next append waits on it.
    const holder = new pg.Client({ connectionString: svc.db.url });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query(`SELECT 1 FROM "LedgerHead" WHERE "tenantId" = 'slow' FOR UPDATE`);
    const inFlight = append(2);
    while (handler.inFlight === 0) await new Promise((r) => setTimeout(r, 10));
    let closed = false;
    const shutdown = handler.shutdown().then(() => (closed = true));
    const refused = await append(3);
    expect({ status: refused.status, retryAfter: refused.headers.get('retry-after') }).toEqual({ status: 503, retryAfter: '1' });
    expect(closed).toBe(false);
    await holder.query('COMMIT');
    await holder.end();
    const finished = await inFlight;
    expect(finished.status).toBe(201);
    expect(((await finished.json()) as { entry: { seq: number } }).entry.seq).toBe(2);
    await shutdown;
    expect(closed).toBe(true);
  });
});
