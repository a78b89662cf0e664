import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { adminQuery, describeWithPostgres } from '../../../actions/ledger-record/test/pg-test-db';
import { createLedgerHandler, type LedgerHandler } from '../src/node/handler';
import { startService, type TestService } from './service-harness';

/** The error code PostgreSQL answers `sql` with as `url`'s role, or 'ok'. */
async function stateOf(url: string, sql: string, params: unknown[] = []): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql, params);
    return 'ok';
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  } finally {
    await client.end();
  }
}

const BATCH = `SELECT * FROM bickford_ledger_append_batch($1, $2, '[{"type":"note","typeJson":"\\"note\\"","payload":"{}","key":null}]'::json)`;

describeWithPostgres('the ledger service with a role per tenant (least privilege)', () => {
  let svc: TestService;
  let handler: LedgerHandler;
  const suffix = randomBytes(4).toString('hex');
  const roles = { front: `ledger_front_${suffix}`, a: `ledger_a_${suffix}`, b: `ledger_b_${suffix}` };
  const urlAs = (role: string) => {
    const u = new URL(svc.db.url);
    u.username = role;
    return u.toString();
  };
  const append = (token: string, payload: unknown, h: LedgerHandler = handler) =>
    h(new Request('http://ledger.test/v1/append', { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ type: 'note', payload }) }));

  beforeAll(async () => {
    svc = await startService({ rateLimit: { perSecond: 0 } });
    await svc.server.close();
    for (const r of Object.values(roles)) await adminQuery(`CREATE ROLE ${r} LOGIN`);
    // The front role reads tokens and nothing else; each tenant role is mapped to its tenant as issue 18 maps it.
    await adminQuery(`GRANT USAGE ON SCHEMA public TO ${roles.front}`, [], svc.db.url);
    await adminQuery(`GRANT SELECT ON "LedgerToken" TO ${roles.front}`, [], svc.db.url);
    await adminQuery(`SELECT bickford_ledger_grant_tenant($1, 'tenant-a'), bickford_ledger_grant_tenant($2, 'tenant-b')`, [roles.a, roles.b], svc.db.url);
    handler = createLedgerHandler({ databaseUrl: urlAs(roles.front), tenantDatabaseUrls: { 'tenant-a': urlAs(roles.a), 'tenant-b': urlAs(roles.b) }, log: () => undefined, rateLimit: { perSecond: 0 } });
  }, 120_000);
  afterAll(async () => {
    await handler?.shutdown();
    await svc?.db.drop();
    for (const r of Object.values(roles)) await adminQuery(`DROP ROLE IF EXISTS ${r}`).catch(() => undefined);
  });

  it("appends, reads and verifies each tenant's chain as that tenant's own role", async () => {
    const [a, b] = [await svc.token('tenant-a'), await svc.token('tenant-b')];
    const answers = await Promise.all([append(a, { n: 1 }), append(a, { n: 2 }), append(b, { n: 1 })]);
    expect(answers.map((r) => r.status)).toEqual([201, 201, 201]);
    const read = (token: string, path: string) => handler(new Request(`http://ledger.test${path}`, { headers: { authorization: `Bearer ${token}` } })).then((r) => r.json() as Promise<any>);
    expect((await read(a, '/v1/entries')).entries.map((e: { tenantId: string }) => e.tenantId)).toEqual(['tenant-a', 'tenant-a', 'tenant-a']);
    expect(await read(a, '/v1/verify')).toMatchObject({ ok: true, checked: 3 });
    expect(await read(b, '/v1/verify')).toMatchObject({ ok: true, checked: 2 });
    const [{ rows }] = await adminQuery<{ rows: number }>(`SELECT count(*)::int AS "rows" FROM "LedgerEntry"`, [], svc.db.url);
    expect(rows).toBe(5); // two genesis entries and three appends
  });

  it('answers a token of a tenant that has no role configured with 503, writing nothing', async () => {
    const c = await svc.token('tenant-c');
    const r = await append(c, { n: 1 });
    expect({ status: r.status, detail: ((await r.json()) as { detail: string }).detail }).toEqual({ status: 503, detail: 'this ledger service has no database role for tenant "tenant-c": add it to tenantDatabaseUrls' });
    expect(await adminQuery(`SELECT 1 FROM "LedgerEntry" WHERE "tenantId" = 'tenant-c'`, [], svc.db.url)).toEqual([]);
  });

  it("is refused by the database when a tenant's requests are sent with another tenant's role", async () => {
    const wrong = createLedgerHandler({ databaseUrl: urlAs(roles.front), tenantDatabaseUrls: { 'tenant-b': urlAs(roles.a) }, log: () => undefined, rateLimit: { perSecond: 0 } });
    try {
      const before = await adminQuery(`SELECT 1 FROM "LedgerEntry" WHERE "tenantId" = 'tenant-b'`, [], svc.db.url);
      const r = await append(await svc.token('tenant-b'), { misrouted: true }, wrong);
      expect(r.status).toBe(503);
      expect(await adminQuery(`SELECT 1 FROM "LedgerEntry" WHERE "tenantId" = 'tenant-b'`, [], svc.db.url)).toHaveLength(before.length);
    } finally {
      await wrong.shutdown();
    }
  });

  it('gives the service roles no UPDATE, DELETE or TRUNCATE, and no append for a tenant other than their own', async () => {
    for (const role of [roles.front, roles.a]) {
      const url = urlAs(role);
      expect(await stateOf(url, `UPDATE "LedgerEntry" SET "type" = 'x'`)).toBe('42501');
      expect(await stateOf(url, `DELETE FROM "LedgerEntry"`)).toBe('42501');
      expect(await stateOf(url, `TRUNCATE "LedgerEntry"`)).toBe('42501');
      expect(await stateOf(url, `UPDATE "LedgerToken" SET "tenantId" = 'tenant-b'`)).toBe('42501');
      expect(await stateOf(url, BATCH, ['tenant-b', '"tenant-b"'])).toBe('42501');
    }
    // The front role cannot append at all; tenant a's role appends to tenant a's chain only.
    expect(await stateOf(urlAs(roles.front), BATCH, ['tenant-a', '"tenant-a"'])).toBe('42501');
    expect(await stateOf(urlAs(roles.a), BATCH, ['tenant-a', '"tenant-a"'])).toBe('ok');
    // Nor can the tenant role read tokens (to learn another tenant's) or insert one.
    expect(await stateOf(urlAs(roles.a), `SELECT * FROM "LedgerToken"`)).toBe('42501');
    expect(await stateOf(urlAs(roles.front), `INSERT INTO "LedgerToken" ("id", "tenantId", "secretHash", "scope") VALUES ('x', 'tenant-b', $1, 'append')`, ['0'.repeat(64)])).toBe('42501');
  });
});
