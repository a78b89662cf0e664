import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import pg from 'pg';
import { MemoryLogger } from '@shared/logger';
import { LEDGER_MIGRATIONS } from '../db/ledger-migrations';
import { migrateLedger } from '../src/db/migrate';
import { openPostgres } from '../src/db/postgres-client';
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

  it("cannot lock another tenant's chain: A may not lock B's head row, and B's append goes through", async () => {
    const a = await session(asRole(database.url, roleA));
    try {
      await a.query('BEGIN');
      // No UPDATE privilege on the head rows (FOR UPDATE needs it), and the lock function checks the session's tenant.
      await expect(a.query(`SELECT 1 FROM "LedgerHead" WHERE "tenantId" = 'tenant-b' FOR UPDATE`)).rejects.toThrow(/permission denied for table LedgerHead/);
      await a.query('ROLLBACK');
      await a.query('BEGIN');
      await expect(a.query(`SELECT bickford_ledger_lock_tenant('tenant-b')`)).rejects.toThrow(/may not write the ledger of tenant tenant-b: role ledger_ha_\w+ writes for its own tenant only/);
      await a.query('ROLLBACK');
      await a.query('BEGIN');
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

  it('locks the head row without updating it, so waiters stay queued on one row version, and still links each append to the newest entry', async () => {
    const headRow = async () => (await adminQuery<{ ctid: string; xmin: string }>(`SELECT ctid::text AS ctid, xmin::text AS xmin FROM "LedgerHead" WHERE "tenantId" = 'tenant-a'`, [], database.url))[0];
    const before = await headRow();
    const as = (commit: string) => runLedgerGuard({ event: 'build', commit, migrate: false, 'database-url': asRole(database.url, roleA), 'tenant-id': 'tenant-a' }, { root });
    const first = await as(COMMIT_A);
    const second = await as(COMMIT_B);
    expect(await headRow()).toEqual(before);
    const [row] = await adminQuery<{ prevHash: string }>(`SELECT "prevHash" FROM "LedgerEntry" WHERE "tenantId" = 'tenant-a' AND "seq" = $1`, [Number(second.outputs['head-seq'])], database.url);
    expect(row.prevHash).toBe(first.outputs['head-hash']);
  });

  it("lets no tenant squat another's hash: a copy of A's head hash in B's chain leaves A appending and verifying", async () => {
    const [head] = await adminQuery<{ hash: string }>(`SELECT "hash" FROM "LedgerEntry" WHERE "tenantId" = 'tenant-a' ORDER BY "seq" DESC LIMIT 1`, [], database.url);
    const squat = [`INSERT INTO "LedgerEntry" ("tenantId", "seq", "prevHash", "hash", "type", "payload", "canonical") VALUES ('tenant-b', 1000, $1, $1, 'build', '{}', '{}')`, [head.hash]] as const;
    // B's role cannot write the row at all any more; the owner (or anyone writing around the ledger) still could.
    await expect(adminQuery(squat[0], [...squat[1]], asRole(database.url, roleB))).rejects.toThrow(/permission denied for table LedgerEntry/);
    await adminQuery(squat[0], [...squat[1]], database.url);
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

  describe('appends only through the append function', () => {
    const entryInsert = `INSERT INTO "LedgerEntry" ("tenantId", "seq", "prevHash", "hash", "type", "payload", "canonical") VALUES ('tenant-a', 500, $1, $1, 'build', '{}', '{}')`;
    // bickford_ledger_append_v3(tenant, tenant JSON, type, type JSON, payload JSON, idempotency key, event table, event)
    const call = `SELECT e."seq", e."appended" FROM bickford_ledger_append_v3($1, $2, 'build', '"build"', '{"commit":"x","status":"success"}', NULL, $3, $4::jsonb) e`;

    it("refuses the tenant role's direct INSERT into the entry, event and head tables, while its appends through the action work", async () => {
      await expect(adminQuery(entryInsert, ['f'.repeat(64)], asRole(database.url, roleA))).rejects.toThrow(/permission denied for table LedgerEntry/);
      const [{ id }] = await adminQuery<{ id: string }>(`SELECT "id"::text AS "id" FROM "LedgerEntry" WHERE "tenantId" = 'tenant-a' AND "seq" = 1`, [], database.url);
      await expect(
        adminQuery(`INSERT INTO "BuildEvent" ("entryId", "tenantId", "commit", "status", "artifacts") VALUES ($1, 'tenant-a', 'x', 'success', '[]')`, [id], asRole(database.url, roleA)),
      ).rejects.toThrow(/permission denied for table BuildEvent/);
      await expect(adminQuery(`INSERT INTO "LedgerHead" VALUES ('tenant-a', 99, $1)`, ['f'.repeat(64)], asRole(database.url, roleA))).rejects.toThrow(/permission denied for table LedgerHead/);
      const before = await adminQuery<{ n: number }>(`SELECT count(*)::int AS n FROM "LedgerEntry" WHERE "tenantId" = 'tenant-a'`, [], database.url);
      const build = await runLedgerGuard({ event: 'build', commit: COMMIT_B, status: 'failure', migrate: false, 'database-url': asRole(database.url, roleA), 'tenant-id': 'tenant-a' }, { root });
      expect(build.outputs.appended).toBe('true');
      expect(Number(build.outputs['head-seq'])).toBe(before[0].n);
      const [event] = await adminQuery<{ status: string; commit: string }>(`SELECT x."status", x."commit" FROM "BuildEvent" x JOIN "LedgerEntry" e ON e."id" = x."entryId" WHERE e."tenantId" = 'tenant-a' AND e."seq" = $1`, [before[0].n], database.url);
      expect(event).toEqual({ status: 'failure', commit: COMMIT_B });
      const verify = await runLedgerGuard({ event: 'verify', migrate: false, 'database-url': asRole(database.url, roleA), 'tenant-id': 'tenant-a' }, { root });
      expect(verify.outputs.verified).toBe('true');
    });

    it('records every kind of event as the tenant role, through the function: schema (read under the lock first) and a proven deploy', async () => {
      const as = (inputs: Record<string, string>) => runLedgerGuard({ migrate: false, 'database-url': asRole(database.url, roleA), 'tenant-id': 'tenant-a', ...inputs }, { root });
      const schema = await as({ event: 'schema', 'schema-hash': '3'.repeat(64), commit: COMMIT_A });
      expect(schema.outputs.appended).toBe('true');
      const build = await as({ event: 'build', commit: COMMIT_A });
      const deploy = await as({ event: 'deploy', environment: 'production', commit: COMMIT_A, 'expected-head': `${build.outputs['head-seq']}:${build.outputs['head-hash']}` });
      expect(deploy.findings).toEqual([]);
      expect(deploy.outputs.appended).toBe('true');
      const rows = await adminQuery<{ type: string }>(
        `SELECT 'schema' AS "type" FROM "SchemaVersion" WHERE "tenantId" = 'tenant-a' UNION ALL SELECT 'deploy' FROM "DeployEvent" WHERE "tenantId" = 'tenant-a'`,
        [],
        database.url,
      );
      expect(rows.map((r) => r.type).sort()).toEqual(['deploy', 'schema']);
      expect((await as({ event: 'verify' })).outputs.verified).toBe('true');
    });

    it("refuses a tenant appending into a neighbour's chain through the function, whatever tenant it names", async () => {
      const count = async () => (await adminQuery<{ n: number }>(`SELECT count(*)::int AS n FROM "LedgerEntry" WHERE "tenantId" = 'tenant-b'`, [], database.url))[0].n;
      const before = await count();
      await expect(adminQuery(call, ['tenant-b', '"tenant-b"', null, null], asRole(database.url, roleA))).rejects.toThrow(/may not write the ledger of tenant tenant-b: role ledger_ha_\w+ writes for its own tenant only/);
      // A role with no tenant may not call it at all; a mapped role calling it for itself appends.
      const stranger = `ledger_hs_${suffix}`;
      await adminQuery(`CREATE ROLE ${stranger} LOGIN`);
      try {
        await expect(adminQuery(call, ['tenant-b', '"tenant-b"', null, null], asRole(database.url, stranger))).rejects.toThrow(/permission denied for (schema public|function bickford_ledger_append_v3)/);
      } finally {
        await adminQuery(`DROP ROLE ${stranger}`);
      }
      expect(await count()).toBe(before);
      const [own] = await adminQuery<{ seq: number; appended: boolean }>(call, ['tenant-b', '"tenant-b"', 'BuildEvent', JSON.stringify({ commit: 'x', status: 'success', artifacts: '[]' })], asRole(database.url, roleB));
      expect(own).toEqual({ seq: before, appended: true });
    });

    it("refuses a deploy event pointing at another tenant's build entry, and an event naming the entry's own columns", async () => {
      const [aBuild] = await adminQuery<{ id: string; hash: string }>(`SELECT "id"::text AS "id", "hash" FROM "LedgerEntry" WHERE "tenantId" = 'tenant-a' AND "seq" = 1`, [], database.url);
      const deploy = { environment: 'production', commit: COMMIT_A, buildEntryId: aBuild.id, buildHash: aBuild.hash };
      await expect(adminQuery(call.replace("'build', '\"build\"'", "'deploy', '\"deploy\"'"), ['tenant-b', '"tenant-b"', 'DeployEvent', JSON.stringify(deploy)], asRole(database.url, roleB))).rejects.toThrow(
        /the deploy's build entry is not an entry of tenant tenant-b with that hash/,
      );
      await expect(adminQuery(call, ['tenant-b', '"tenant-b"', 'BuildEvent', JSON.stringify({ commit: 'x', status: 'success', artifacts: '[]', tenantId: 'tenant-a' })], asRole(database.url, roleB))).rejects.toThrow(
        /names a column it may not set/,
      );
      await expect(adminQuery(call, ['tenant-b', '"tenant-b"', 'LedgerTenantRole', '{}'], asRole(database.url, roleB))).rejects.toThrow(/no event table LedgerTenantRole/);
    });
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

describeWithPostgres('a ledger migrated before appends went through the function only', () => {
  let database: TestDatabase;
  const root = tempRepo();
  const role = `ledger_up_${randomBytes(4).toString('hex')}`;
  beforeAll(async () => {
    database = await createTestDatabase();
    const db = await openPostgres({ url: database.url, connectTimeoutSeconds: 5 }, 'ledger database');
    try {
      await migrateLedger(db, new MemoryLogger(), { migrations: LEDGER_MIGRATIONS.filter((m) => m.name < '20261202000000') });
    } finally {
      await db.close();
    }
    await adminQuery(`CREATE ROLE ${role} LOGIN`);
    await adminQuery(`SELECT bickford_ledger_grant_tenant($1, 'upgraded')`, [role], database.url);
    // The previous version's append: the tenant role inserted the event row itself.
    await adminQuery(`SELECT * FROM bickford_ledger_append_v2('upgraded', '"upgraded"', 'schema', '"schema"', '{"schemaHash":"h"}', NULL)`, [], asRole(database.url, role));
    await adminQuery(`INSERT INTO "LedgerEntry" ("tenantId", "seq", "prevHash", "hash", "type", "payload", "canonical") VALUES ('upgraded', 77, $1, $1, 'build', '{}', '{}')`, ['d'.repeat(64)], asRole(database.url, role)).then(
      () => adminQuery(`SELECT bickford_ledger_maintenance('test set-up', $$DELETE FROM "LedgerEntry" WHERE "seq" = 77$$)`, [], database.url),
    );
  });
  afterAll(async () => {
    await database?.drop();
    await adminQuery(`DROP ROLE IF EXISTS ${role}`);
    rmSync(root, { recursive: true, force: true });
  });

  it('is upgraded in place: the mapped role keeps appending, now only through the function, and its chain verifies', async () => {
    const logger = new MemoryLogger();
    await runLedgerGuard({ event: 'migrate', 'database-url': database.url, 'tenant-id': 'upgraded' }, { root, logger });
    expect(logger.lines.join('\n')).toMatch(/applying migration 20261202000000_append_through_function/);
    const build = await runLedgerGuard({ event: 'build', commit: COMMIT_A, migrate: false, 'database-url': asRole(database.url, role), 'tenant-id': 'upgraded' }, { root });
    expect(build.outputs).toMatchObject({ appended: 'true', 'head-seq': '2' });
    await expect(
      adminQuery(`INSERT INTO "LedgerEntry" ("tenantId", "seq", "prevHash", "hash", "type", "payload", "canonical") VALUES ('upgraded', 78, $1, $1, 'build', '{}', '{}')`, ['d'.repeat(64)], asRole(database.url, role)),
    ).rejects.toThrow(/permission denied for table LedgerEntry/);
    const verify = await runLedgerGuard({ event: 'verify', migrate: false, 'database-url': asRole(database.url, role), 'tenant-id': 'upgraded' }, { root });
    expect(verify.outputs).toMatchObject({ verified: 'true', 'head-seq': '2' });
    // The shared role keeps nothing: each tenant role has its own grants.
    const [shared] = await adminQuery<{ usage: boolean; select: boolean; insert: boolean }>(
      `SELECT has_schema_privilege('bickford_ledger_tenant', 'public', 'USAGE') AS "usage", has_table_privilege('bickford_ledger_tenant', '"LedgerEntry"', 'SELECT') AS "select", has_table_privilege('bickford_ledger_tenant', '"LedgerEntry"', 'INSERT') AS "insert"`,
      [],
      database.url,
    );
    expect(shared).toEqual({ usage: true, select: false, insert: false });
  });
});
