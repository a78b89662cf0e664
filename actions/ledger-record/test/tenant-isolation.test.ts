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

    it("gives each tenant's role its own schema only: it sees and writes its own, nothing of the other's, and the shared role has nothing", async () => {
      const roles = { 'team-p': `ledger_p_${suffix}`, 'team-q': `ledger_q_${suffix}` };
      const schemaP = tenantSchemaName('team-p');
      const schemaQ = tenantSchemaName('team-q');
      try {
        for (const [tenant, role] of Object.entries(roles)) {
          await runLedgerGuard({ event: 'migrate', 'database-url': database.url, 'tenant-id': tenant, 'tenant-isolation': 'schema' }, { root });
          await adminQuery(`CREATE ROLE ${role} LOGIN`);
          await adminQuery(`SELECT ${tenantSchemaName(tenant)}.bickford_ledger_grant_tenant($1, $2)`, [role, tenant], database.url);
        }
        const as = (tenant: keyof typeof roles, inputs: Record<string, string>) =>
          runLedgerGuard({ 'database-url': asRole(database.url, roles[tenant]), 'tenant-isolation': 'schema', ...inputs }, { root });
        for (const tenant of ['team-p', 'team-q'] as const) {
          const build = await as(tenant, { event: 'build', commit: 'd'.repeat(40), 'tenant-id': tenant });
          expect(build.outputs).toMatchObject({ appended: 'true', 'head-seq': '1' });
          expect((await as(tenant, { event: 'verify', 'tenant-id': tenant })).outputs.verified).toBe('true');
        }
        const p = asRole(database.url, roles['team-p']);
        await expect(adminQuery(`SELECT count(*) FROM ${schemaQ}."LedgerEntry"`, [], p)).rejects.toThrow(new RegExp(`permission denied for schema ${schemaQ}`));
        await expect(adminQuery(`SELECT * FROM ${schemaQ}.bickford_ledger_append_v3('team-q', '"team-q"', 'build', '"build"', '{}', NULL, NULL, NULL)`, [], p)).rejects.toThrow(/permission denied for schema/);
        await expect(as('team-p', { event: 'build', commit: 'd'.repeat(40), 'tenant-id': 'team-q' })).rejects.toThrow(/may not do this/);
        const [q] = await adminQuery<{ n: number }>(`SELECT count(*)::int AS n FROM ${schemaQ}."LedgerEntry"`, [], database.url);
        expect(q.n).toBe(2);
        // The shared role, of which every tenant role is a member, has no right in either schema.
        for (const schema of [schemaP, schemaQ]) {
          const [shared] = await adminQuery<{ usage: boolean; select: boolean }>(
            `SELECT has_schema_privilege('bickford_ledger_tenant', $1, 'USAGE') AS "usage", has_table_privilege('bickford_ledger_tenant', format('%I."LedgerEntry"', $1::text), 'SELECT') AS "select"`,
            [schema],
            database.url,
          );
          expect(shared).toEqual({ usage: false, select: false });
        }
      } finally {
        for (const role of Object.values(roles)) {
          for (const schema of [schemaP, schemaQ]) await adminQuery(`REVOKE ALL ON ALL TABLES IN SCHEMA ${schema} FROM ${role}; REVOKE ALL ON SCHEMA ${schema} FROM ${role}; REVOKE ALL ON ALL FUNCTIONS IN SCHEMA ${schema} FROM ${role}`, [], database.url);
          await adminQuery(`DROP ROLE IF EXISTS ${role}`, [], database.url);
        }
      }
    });

    it('maps a tenant in its own schema only, never in public or a neighbour\'s schema by accident', async () => {
      const role = `ledger_r_${suffix}`;
      await runLedgerGuard({ event: 'migrate', 'database-url': database.url, 'tenant-id': 'team-r', 'tenant-isolation': 'schema' }, { root });
      await adminQuery(`CREATE ROLE ${role} LOGIN`);
      try {
        // public holds the shared-mode ledger of this database; its grant function refuses a tenant that has a schema.
        await expect(adminQuery(`SELECT bickford_ledger_grant_tenant($1, 'team-r')`, [role], database.url)).rejects.toThrow(
          new RegExp(`tenant team-r has a schema of its own \\(${tenantSchemaName('team-r')}\\): call`),
        );
        await expect(adminQuery(`SELECT ${tenantSchemaName('team-r')}.bickford_ledger_grant_tenant($1, 'team-x')`, [role], database.url)).rejects.toThrow(/is another tenant's ledger/);
        // Called by its schema's name with search_path left at public, it writes that schema's mapping.
        await adminQuery(`SELECT ${tenantSchemaName('team-r')}.bickford_ledger_grant_tenant($1, 'team-r')`, [role], database.url);
        const mapped = await adminQuery<{ schema: string }>(
          `SELECT 'public' AS "schema" FROM public."LedgerTenantRole" WHERE "roleName" = $1 UNION ALL SELECT 'own' FROM ${tenantSchemaName('team-r')}."LedgerTenantRole" WHERE "roleName" = $1`,
          [role],
          database.url,
        );
        expect(mapped).toEqual([{ schema: 'own' }]);
      } finally {
        const schema = tenantSchemaName('team-r');
        await adminQuery(`REVOKE ALL ON ALL TABLES IN SCHEMA ${schema} FROM ${role}; REVOKE ALL ON SCHEMA ${schema} FROM ${role}; REVOKE ALL ON ALL FUNCTIONS IN SCHEMA ${schema} FROM ${role}`, [], database.url);
        await adminQuery(`DROP ROLE IF EXISTS ${role}`, [], database.url);
      }
    });
  });
});
