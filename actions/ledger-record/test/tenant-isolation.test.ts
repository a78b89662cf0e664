import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tenantSchemaName } from '../src/db/open-ledger';
import { adminQuery, createTestDatabase, describeWithPostgres, type TestDatabase } from './pg-test-db';
import { runLedgerGuard, tempRepo } from './engine-context';

function asRole(url: string, role: string): string {
  const u = new URL(url);
  u.username = role;
  u.password = '';
  return u.toString();
}

describeWithPostgres('tenant isolation', () => {
  let database: TestDatabase;
  const root = tempRepo();
  // Roles are cluster-wide: random names keep parallel runs apart.
  const suffix = randomBytes(4).toString('hex');
  const roleA = `ledger_a_${suffix}`;
  const roleB = `ledger_b_${suffix}`;
  beforeAll(async () => {
    database = await createTestDatabase();
    await runLedgerGuard({ event: 'verify', 'database-url': database.url, 'tenant-id': 'setup' }, { root });
    for (const [role, tenant] of [[roleA, 'tenant-a'], [roleB, 'tenant-b']]) {
      await adminQuery(`CREATE ROLE ${role} LOGIN`);
      await adminQuery('SELECT bickford_ledger_grant_tenant($1, $2)', [role, tenant], database.url);
    }
  });
  afterAll(async () => {
    await database?.drop();
    for (const role of [roleA, roleB]) await adminQuery(`DROP ROLE IF EXISTS ${role}`);
    rmSync(root, { recursive: true, force: true });
  });

  describe('in a shared database (row-level security)', () => {
    it("lets a tenant's role append to and verify its own chain", async () => {
      const build = await runLedgerGuard({ event: 'build', commit: 'a'.repeat(40), 'database-url': asRole(database.url, roleA), 'tenant-id': 'tenant-a' }, { root });
      const verify = await runLedgerGuard({ event: 'verify', 'database-url': asRole(database.url, roleA), 'tenant-id': 'tenant-a' }, { root });
      expect(build.outputs['head-seq']).toBe('1');
      expect(verify.outputs).toMatchObject({ verified: 'true', 'head-hash': build.outputs['ledger-hash'] });
    });

    it("hides another tenant's rows from a tenant's role", async () => {
      const rows = await adminQuery<{ tenantId: string }>('SELECT DISTINCT "tenantId" FROM "LedgerEntry"', [], asRole(database.url, roleB));
      expect(rows).toEqual([]);
      const verify = await runLedgerGuard({ event: 'verify', 'database-url': asRole(database.url, roleB), 'tenant-id': 'tenant-a' }, { root });
      expect(verify.outputs['head-seq']).toBe('');
    });

    it("refuses a tenant's role writing into another tenant's chain", async () => {
      const write = runLedgerGuard({ event: 'build', commit: 'b'.repeat(40), 'database-url': asRole(database.url, roleB), 'tenant-id': 'tenant-a' }, { root });
      await expect(write).rejects.toThrow(/row-level security|may not/);
      const [{ count }] = await adminQuery<{ count: number }>(`SELECT count(*)::int AS "count" FROM "LedgerEntry" WHERE "tenantId" = 'tenant-a'`, [], database.url);
      expect(count).toBe(2);
    });

    it("refuses a tenant's role editing its own history", async () => {
      const edit = adminQuery(`UPDATE "LedgerEntry" SET "payload" = '{}' WHERE "tenantId" = 'tenant-a'`, [], asRole(database.url, roleA));
      await expect(edit).rejects.toThrow(/permission denied/);
    });
  });

  describe('with tenant-isolation: schema', () => {
    it('keeps each tenant in its own schema with its own tables', async () => {
      for (const tenant of ['team-x', 'team-y']) {
        const result = await runLedgerGuard({ event: 'build', commit: 'c'.repeat(40), 'database-url': database.url, 'tenant-id': tenant, 'tenant-isolation': 'schema' }, { root });
        expect(result.outputs['head-seq']).toBe('1');
      }
      const schemas = await adminQuery<{ schema: string; entries: number }>(
        `SELECT table_schema AS "schema", (xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %I."LedgerEntry"', table_schema), false, true, '')))[1]::text::int AS "entries"
         FROM information_schema.tables WHERE table_name = 'LedgerEntry' AND table_schema LIKE 'ledger_%' ORDER BY 1`,
        [],
        database.url,
      );
      expect(schemas).toEqual(
        [
          { schema: tenantSchemaName('team-x'), entries: 2 },
          { schema: tenantSchemaName('team-y'), entries: 2 },
        ].sort((a, b) => a.schema.localeCompare(b.schema)),
      );
      // Schema names are visible to every role: they must not say who the tenants are.
      expect(schemas.map((s) => s.schema).join(' ')).not.toMatch(/team/);
    });
  });
});
