import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import pg from 'pg';
import { adminQuery, adminTamper, createTestDatabase, describeWithPostgres, type TestDatabase } from './pg-test-db';
import { COMMIT_A, COMMIT_B, runLedgerGuard, tempRepo } from './engine-context';

function asRole(url: string, role: string): string {
  const u = new URL(url);
  u.username = role;
  u.password = '';
  return u.toString();
}

/** A session that stays open (holding locks) until end(). */
async function session(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

describeWithPostgres('ledger-record against hostile tenants and operators', () => {
  let database: TestDatabase;
  const root = tempRepo();
  const suffix = randomBytes(4).toString('hex');
  const roleA = `ledger_ha_${suffix}`;
  const roleB = `ledger_hb_${suffix}`;
  beforeAll(async () => {
    database = await createTestDatabase();
    await runLedgerGuard({ event: 'migrate', 'database-url': database.url, 'tenant-id': 'setup' }, { root });
    for (const [role, tenant] of [[roleA, 'tenant-a'], [roleB, 'tenant-b']]) {
      await adminQuery(`CREATE ROLE ${role} LOGIN`);
      await adminQuery('SELECT bickford_ledger_grant_tenant($1, $2)', [role, tenant], database.url);
    }
    for (const [role, tenant] of [[roleA, 'tenant-a'], [roleB, 'tenant-b']])
      await runLedgerGuard({ event: 'build', commit: COMMIT_A, migrate: false, 'database-url': asRole(database.url, role), 'tenant-id': tenant }, { root });
  });
  afterAll(async () => {
    await database?.drop();
    for (const role of [roleA, roleB]) await adminQuery(`DROP ROLE IF EXISTS ${role}`);
    rmSync(root, { recursive: true, force: true });
  });

  it("cannot lock another tenant's chain: A sees no head row of B, and B's append goes through", async () => {
    const a = await session(asRole(database.url, roleA));
    try {
      await a.query('BEGIN');
      const locked = await a.query(`SELECT 1 FROM "LedgerHead" WHERE "tenantId" = 'tenant-b' FOR UPDATE`);
      expect(locked.rows).toEqual([]);
      // The advisory key the previous version locked on: holding it no longer stalls anyone.
      await a.query(`SELECT pg_advisory_lock(hashtextextended('tenant-b', 0))`);
      const b = await runLedgerGuard({ event: 'build', commit: COMMIT_B, migrate: false, 'lock-timeout': 2, 'database-url': asRole(database.url, roleB), 'tenant-id': 'tenant-b' }, { root });
      expect(b.outputs).toMatchObject({ appended: 'true', 'head-seq': '2' });
    } finally {
      await a.end();
    }
  });

  it("fails B's step after lock-timeout with a clear message when B's chain is held, and records nothing", async () => {
    const holder = await session(database.url);
    try {
      await holder.query('BEGIN');
      await holder.query(`SELECT 1 FROM "LedgerHead" WHERE "tenantId" = 'tenant-b' FOR UPDATE`);
      const run = runLedgerGuard({ event: 'build', commit: COMMIT_B, migrate: false, 'lock-timeout': 1, 'database-url': asRole(database.url, roleB), 'tenant-id': 'tenant-b' }, { root });
      await expect(run).rejects.toThrow(/Waited lock-timeout \(1 s\) for the lock on the ledger of tenant-b: another session holds it/);
    } finally {
      await holder.end();
    }
    const [{ n }] = await adminQuery<{ n: number }>(`SELECT count(*)::int AS n FROM "LedgerEntry" WHERE "tenantId" = 'tenant-b'`, [], database.url);
    expect(n).toBe(3);
  });

  it("lets no tenant squat another's hash: a copy of A's head hash in B's chain leaves A appending and verifying", async () => {
    const [head] = await adminQuery<{ hash: string }>(`SELECT "hash" FROM "LedgerHead" WHERE "tenantId" = 'tenant-a'`, [], database.url);
    await adminQuery(
      `INSERT INTO "LedgerEntry" ("tenantId", "seq", "prevHash", "hash", "type", "payload", "canonical") VALUES ('tenant-b', 1000, $1, $1, 'build', '{}', '{}')`,
      [head.hash],
      asRole(database.url, roleB),
    );
    const a = await runLedgerGuard({ event: 'build', commit: COMMIT_B, migrate: false, 'database-url': asRole(database.url, roleA), 'tenant-id': 'tenant-a' }, { root });
    expect(a.outputs.appended).toBe('true');
    const verify = await runLedgerGuard({ event: 'verify', migrate: false, 'database-url': asRole(database.url, roleA), 'tenant-id': 'tenant-a' }, { root });
    expect(verify.outputs.verified).toBe('true');
  });

  it('refuses UPDATE, DELETE and TRUNCATE to the tenant role (no privilege) and to the owner (append-only trigger)', async () => {
    for (const sql of [`UPDATE "LedgerEntry" SET "payload" = '{}'`, `DELETE FROM "LedgerEntry"`, `TRUNCATE "LedgerEntry" CASCADE`, `UPDATE "BuildEvent" SET "status" = 'success'`]) {
      await expect(adminQuery(sql, [], asRole(database.url, roleA))).rejects.toThrow(/permission denied/);
      await expect(adminQuery(sql, [], database.url)).rejects.toThrow(/the ledger is append-only/);
    }
    await expect(adminQuery(`SELECT bickford_ledger_maintenance('x', 'SELECT 1')`, [], asRole(database.url, roleA))).rejects.toThrow(/permission denied/);
  });

  it('changes history only through the maintenance function, which logs who, why and what', async () => {
    await adminQuery(`SELECT bickford_ledger_maintenance('remove the squatted row', $1)`, [`DELETE FROM "LedgerEntry" WHERE "tenantId" = 'tenant-b' AND "seq" = 1000`], database.url);
    const log = await adminQuery<{ actor: string; reason: string; statement: string }>(`SELECT "actor", "reason", "statement" FROM "LedgerMaintenance"`, [], database.url);
    expect(log).toEqual([{ actor: 'postgres', reason: 'remove the squatted row', statement: expect.stringContaining('DELETE FROM "LedgerEntry"') }]);
    await expect(adminQuery(`DELETE FROM "LedgerMaintenance"`, [], database.url)).rejects.toThrow(/append-only/);
    // The flag does not outlive the call.
    await expect(adminQuery(`DELETE FROM "LedgerEntry" WHERE "tenantId" = 'tenant-b'`, [], database.url)).rejects.toThrow(/append-only/);
  });

  it('finds an event row edited to disagree with its hashed entry, at its seq', async () => {
    const t = `events-${suffix}`;
    await runLedgerGuard({ event: 'build', status: 'failure', commit: COMMIT_A, 'database-url': database.url, 'tenant-id': t }, { root });
    await adminTamper(`UPDATE "BuildEvent" SET "status" = 'success' WHERE "tenantId" = $1`, [t], database.url);
    const verify = await runLedgerGuard({ event: 'verify', 'database-url': database.url, 'tenant-id': t }, { root });
    expect(verify.findings.map((f) => [f.ruleId, f.properties?.seq])).toEqual([['ledger-chain-broken', 1]]);
    expect(verify.findings[0].message).toMatch(/its BuildEvent row differs from the hashed entry/);
  });

  it('finds an entry whose createdAt was changed after hashing', async () => {
    const t = `created-${suffix}`;
    await runLedgerGuard({ event: 'build', commit: COMMIT_A, 'database-url': database.url, 'tenant-id': t }, { root });
    await adminTamper(`UPDATE "LedgerEntry" SET "createdAt" = "createdAt" - interval '1 day' WHERE "tenantId" = $1 AND "seq" = 1`, [t], database.url);
    const verify = await runLedgerGuard({ event: 'verify', 'database-url': database.url, 'tenant-id': t }, { root });
    expect(verify.findings[0]).toMatchObject({ ruleId: 'ledger-chain-broken', message: expect.stringMatching(/entry 1: its createdAt column .* differs from the hashed entry/) });
  });

  // Last in this file: it drops the ledger's unique indexes, as a corrupted index would let rows through.
  it('reports a seq stored twice (the unique index no longer holding) as corruption, not as a pass', async () => {
    const t = `dup-${suffix}`;
    await runLedgerGuard({ event: 'build', commit: COMMIT_A, 'database-url': database.url, 'tenant-id': t }, { root });
    await adminTamper(`DROP INDEX "LedgerEntry_tenantId_seq_key"; DROP INDEX "LedgerEntry_tenantId_prevHash_key"; DROP INDEX "LedgerEntry_tenantId_hash_key"`, [], database.url);
    await adminTamper(
      `INSERT INTO "LedgerEntry" ("tenantId", "seq", "prevHash", "hash", "type", "payload", "canonical", "createdAt")
       SELECT "tenantId", "seq", "prevHash", "hash", "type", "payload", "canonical", "createdAt" FROM "LedgerEntry" WHERE "tenantId" = $1 AND "seq" = 1`,
      [t],
      database.url,
    );
    const verify = await runLedgerGuard({ event: 'verify', 'database-url': database.url, 'tenant-id': t }, { root });
    expect(verify.outputs.verified).toBe('false');
    expect(verify.findings[0].message).toMatch(/damaged \(the database is corrupted\) at entry 1: seq 1 is stored more than once/);
  });
});
