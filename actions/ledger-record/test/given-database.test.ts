import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryLogger } from '@shared/logger';
import { LEDGER_MIGRATIONS } from '../db/ledger-migrations';
import { migrateLedger } from '../src/db/migrate';
import { openPostgres } from '../src/db/postgres-client';
import { legacyTenantSchemaName, tenantSchemaName } from '../src/db/open-ledger';
import { parseConnInfo } from '../src/db/conninfo';
import { adminQuery, createTestDatabase, describeWithPostgres, urlForDatabase, type TestDatabase } from './pg-test-db';
import { COMMIT_A, COMMIT_B, runLedgerGuard, StatusBoard, tempRepo } from './engine-context';
const { compileLedger, CHILD_ENV } = require('./compile-ledger.cjs') as {
  compileLedger(entries: string[], outDir: string): string[];
  CHILD_ENV: Record<string, string>;
};

describe('parseConnInfo', () => {
  it("reads libpq's key=value form: spaces around =, quoted values with escapes", () => {
    expect(parseConnInfo(`host=db.internal port = 6432 dbname='my ledger' user=ci password='it\\'s \\\\ secret' sslmode=require`, 'database-url')).toEqual({
      host: 'db.internal',
      port: 6432,
      database: 'my ledger',
      user: 'ci',
      password: "it's \\ secret",
      sslmode: 'require',
    });
  });

  it('names an option it does not support and a malformed pair, with the input', () => {
    expect(() => parseConnInfo('host=x service=prod', 'database-url')).toThrow(/database-url: the connection option "service" is not supported here/);
    expect(() => parseConnInfo("host=x dbname='open", 'database-url')).toThrow(/database-url is a key=value connection string with an unterminated quoted value/);
    expect(() => parseConnInfo('host=x port=abc', 'database-url')).toThrow(/port must be a whole number/);
  });
});

describeWithPostgres('ledger-record on the database it is given', () => {
  const root = tempRepo();
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.drop();
    rmSync(root, { recursive: true, force: true });
  });

  describe('a server whose default_transaction_isolation is repeatable read', () => {
    let rr: TestDatabase;
    let outDir: string;
    beforeAll(async () => {
      rr = await createTestDatabase();
      await adminQuery(`ALTER DATABASE ${rr.name} SET default_transaction_isolation = 'repeatable read'`);
      await runLedgerGuard({ event: 'migrate', 'database-url': rr.url }, { root });
      outDir = mkdtempSync(join(tmpdir(), 'ledger-rr-'));
    });
    afterAll(async () => {
      await rr?.drop();
      rmSync(outDir, { recursive: true, force: true });
    });

    it('runs every event and verifies, since each append runs in an explicit READ COMMITTED transaction', async () => {
      const [{ level }] = await adminQuery<{ level: string }>(`SELECT current_setting('default_transaction_isolation') AS level`, [], rr.url);
      expect(level).toBe('repeatable read');
      const github = new StatusBoard();
      const run = (inputs: Record<string, string>, runId: string) => runLedgerGuard({ 'database-url': rr.url, 'tenant-id': 'rr', ...inputs }, { root, github, run: { runId, runAttempt: '1', sha: COMMIT_A } });
      expect((await run({ event: 'build' }, '1')).outputs.appended).toBe('true');
      expect((await run({ event: 'deploy', environment: 'production' }, '2')).findings).toEqual([]);
      expect((await run({ event: 'schema', 'schema-hash': '1'.repeat(64) }, '3')).outputs.appended).toBe('true');
      expect((await run({ event: 'verify' }, '4')).outputs).toMatchObject({ verified: 'true', 'head-seq': '3' });
    });

    it('loses no append from 8 concurrent writer processes', async () => {
      const [worker] = compileLedger(['actions/ledger-record/test/append-worker.ts'], outDir);
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, i) => {
          const child = spawn(process.execPath, [worker, rr.url, 'rr-concurrent', '50', String(i)], { env: { ...process.env, ...CHILD_ENV }, stdio: ['ignore', 'ignore', 'pipe'] });
          let stderr = '';
          child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
          return new Promise<{ code: number | null; stderr: string }>((resolve) => child.on('close', (code) => resolve({ code, stderr })));
        }),
      );
      expect(results.filter((r) => r.code !== 0).map((r) => r.stderr)).toEqual([]);
      const verify = await runLedgerGuard({ event: 'verify', 'database-url': rr.url, 'tenant-id': 'rr-concurrent' }, { root });
      expect(verify.outputs).toMatchObject({ verified: 'true', 'head-seq': '400' });
    }, 120_000);
  });

  it('says a read-only server is not the primary, and where the standby belongs', async () => {
    const ro = await createTestDatabase();
    try {
      await runLedgerGuard({ event: 'migrate', 'database-url': ro.url }, { root });
      await adminQuery(`ALTER DATABASE ${ro.name} SET default_transaction_read_only = on`);
      const run = runLedgerGuard({ event: 'build', commit: COMMIT_A, 'database-url': ro.url }, { root });
      await expect(run).rejects.toThrow(/database-url points at a read-only server \(a standby.*Give the primary as database-url and the standby as replica-url/);
    } finally {
      await ro.drop();
    }
  });

  it('explains a unique violation instead of calling it a bug', async () => {
    const t = 'dup-link';
    await runLedgerGuard({ event: 'build', commit: COMMIT_A, 'database-url': database.url, 'tenant-id': t }, { root });
    const [head] = await adminQuery<{ hash: string }>(`SELECT "hash" FROM "LedgerEntry" WHERE "tenantId" = $1 ORDER BY "seq" DESC LIMIT 1`, [t], database.url);
    // A row written around the append code that already links to the head: the next append's link collides.
    await adminQuery(`INSERT INTO "LedgerEntry" ("tenantId", "seq", "prevHash", "hash", "type", "payload", "canonical") VALUES ($1, -5, $2, $3, 'build', '{}', '{}')`, [t, head.hash, 'e'.repeat(64)], database.url);
    const run = runLedgerGuard({ event: 'build', commit: COMMIT_B, 'database-url': database.url, 'tenant-id': t }, { root });
    await expect(run).rejects.toThrow(/The ledger refused a duplicate entry \(.*LedgerEntry_tenantId_prevHash_key.*Run event: verify/);
  });

  it('says a host name that does not resolve is a DNS failure, naming the host', async () => {
    const run = runLedgerGuard({ event: 'verify', 'database-url': 'postgres://ci:pw@ledger-db.invalid:5432/ledger', 'connect-timeout': 5 }, { root });
    await expect(run).rejects.toThrow(/the host name "ledger-db.invalid" could not be resolved \(DNS/);
    await expect(run).rejects.not.toThrow(/:pw@/);
  });

  it('connects with a libpq key=value string to the same database and role as libpq itself (psql)', async () => {
    const u = new URL(database.url);
    const conninfo = `host=${u.hostname} port=${u.port} dbname='${database.name}' user=${u.username} application_name='bickford ledger'`;
    const libpq = execFileSync('psql', [conninfo, '-Atc', 'SELECT current_database() || \' \' || current_user'], { encoding: 'utf8' }).trim();
    const db = await openPostgres({ url: conninfo, connectTimeoutSeconds: 5 }, 'ledger database');
    try {
      const [{ who }] = await db.query<{ who: string }>("SELECT current_database() || ' ' || current_user AS who");
      expect(who).toBe(libpq);
    } finally {
      await db.close();
    }
    const verify = await runLedgerGuard({ event: 'build', commit: COMMIT_A, 'database-url': conninfo, 'tenant-id': 'conninfo' }, { root });
    expect(verify.outputs.appended).toBe('true');
  });

  describe('an existing ledger made by the previous version', () => {
    let old: TestDatabase;
    beforeAll(async () => {
      old = await createTestDatabase();
      const db = await openPostgres({ url: old.url, connectTimeoutSeconds: 5 }, 'ledger database');
      try {
        const before = LEDGER_MIGRATIONS.filter((m) => m.name < '20260201000000');
        await migrateLedger(db, new MemoryLogger(), { migrations: before });
        // Appends as the previous version made them: its append function, version-1 hashes.
        for (const i of [1, 2, 3])
          await db.query(`SELECT * FROM bickford_ledger_append($1, 42, $2, 'build', '"build"', $3, NULL)`, ['acme/old', '"acme/old"', `{"commit":"c${i}","status":"success"}`]);
      } finally {
        await db.close();
      }
    });
    afterAll(() => old?.drop());

    it('is upgraded in place: old entries still verify, new ones link on, and hashes are unique per tenant', async () => {
      const logger = new MemoryLogger();
      const build = await runLedgerGuard({ event: 'build', commit: COMMIT_A, 'database-url': old.url, 'tenant-id': 'acme/old' }, { root, logger });
      expect(logger.lines.join('\n')).toMatch(/applying migration 20260201000000_hardening/);
      expect(build.outputs).toMatchObject({ appended: 'true', 'head-seq': '4' });
      const verify = await runLedgerGuard({ event: 'verify', 'database-url': old.url, 'tenant-id': 'acme/old' }, { root });
      expect(verify.outputs).toMatchObject({ verified: 'true', 'head-seq': '4' });
      const versions = await adminQuery<{ v: string }>(`SELECT substring("canonical" from '"version":(\\d+)}$') AS v FROM "LedgerEntry" ORDER BY "seq"`, [], old.url);
      expect(versions.map((r) => r.v)).toEqual(['1', '1', '1', '1', '2']);
      const indexes = await adminQuery<{ name: string }>(`SELECT indexname AS name FROM pg_indexes WHERE tablename = 'LedgerEntry' AND indexdef ~ '[(, ]"?hash"?[),]' ORDER BY 1`, [], old.url);
      expect(indexes.map((i) => i.name)).toEqual(['LedgerEntry_tenantId_hash_key']);
    });

    it('renames a schema-per-tenant schema whose name showed the tenant id, keeping its chain', async () => {
      const tenant = 'team-legacy';
      const legacy = legacyTenantSchemaName(tenant);
      await adminQuery(`CREATE SCHEMA ${legacy}`, [], old.url);
      const db = await openPostgres({ url: old.url, connectTimeoutSeconds: 5, searchPath: legacy }, 'ledger database');
      try {
        await migrateLedger(db, new MemoryLogger(), { schema: legacy, migrations: LEDGER_MIGRATIONS.filter((m) => m.name < '20260201000000') });
        await db.query(`SELECT * FROM bickford_ledger_append($1, 43, $2, 'build', '"build"', '{"commit":"x"}', NULL)`, [tenant, JSON.stringify(tenant)]);
      } finally {
        await db.close();
      }
      const verify = await runLedgerGuard({ event: 'verify', 'database-url': old.url, 'tenant-id': tenant, 'tenant-isolation': 'schema' }, { root });
      expect(verify.outputs).toMatchObject({ verified: 'true', 'head-seq': '1' });
      const schemas = await adminQuery<{ name: string }>(`SELECT nspname AS name FROM pg_namespace WHERE nspname LIKE 'ledger_%' ORDER BY 1`, [], old.url);
      expect(schemas.map((s) => s.name)).toEqual([tenantSchemaName(tenant)]);
    });
  });

  it('migrates as an owner without CREATEROLE or superuser once an admin has created the group role, and grants tenants', async () => {
    const owner = `ledger_owner_${database.name.slice(-6)}`;
    const tenantRole = `ledger_t_${database.name.slice(-6)}`;
    const db = `${database.name}_owned`;
    await adminQuery(`CREATE ROLE ${owner} LOGIN NOCREATEROLE NOSUPERUSER`);
    await adminQuery(`CREATE ROLE ${tenantRole} LOGIN`);
    // The one SQL an admin runs (see the README's Roles); the group role is cluster-wide and may exist already.
    await adminQuery(`DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'bickford_ledger_tenant') THEN CREATE ROLE bickford_ledger_tenant NOLOGIN; END IF; END $$`);
    await adminQuery(`GRANT bickford_ledger_tenant TO ${owner} WITH ADMIN OPTION`);
    await adminQuery(`CREATE DATABASE ${db} OWNER ${owner}`);
    const ownerUrl = new URL(urlForDatabase(db));
    ownerUrl.username = owner;
    const tenantUrl = new URL(urlForDatabase(db));
    tenantUrl.username = tenantRole;
    try {
      const migrated = await runLedgerGuard({ event: 'migrate', 'database-url': tenantUrl.toString(), 'admin-database-url': ownerUrl.toString(), 'tenant-id': 'owned' }, { root });
      expect(migrated.headline).toMatch(/Applied ledger migrations .*20260201000000_hardening/);
      await adminQuery(`SELECT bickford_ledger_grant_tenant($1, 'owned')`, [tenantRole], ownerUrl.toString());
      const build = await runLedgerGuard({ event: 'build', commit: COMMIT_A, migrate: false, 'database-url': tenantUrl.toString(), 'tenant-id': 'owned' }, { root });
      expect(build.outputs.appended).toBe('true');
      // A database migrated by the earlier text of 20260101000100 is not reported as drifted.
      await adminQuery(`UPDATE "_prisma_migrations" SET checksum = 'e136b31285b082d44034a79971e7966535d94913a17c48e07cf3ae07dd94c582' WHERE migration_name = '20260101000100_tenant_isolation'`, [], ownerUrl.toString());
      const logger = new MemoryLogger();
      await runLedgerGuard({ event: 'migrate', 'database-url': tenantUrl.toString(), 'admin-database-url': ownerUrl.toString(), 'tenant-id': 'owned' }, { root, logger });
      expect(logger.lines.filter((l) => /applied from different SQL/.test(l))).toEqual([]);
    } finally {
      await adminQuery(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
      for (const role of [owner, tenantRole]) await adminQuery(`DROP ROLE IF EXISTS ${role}`);
    }
  });

  describe('verify that checks nothing', () => {
    it('fails for a tenant with no visible entry, saying why', async () => {
      const result = await runLedgerGuard({ event: 'verify', 'database-url': database.url, 'tenant-id': 'acme/typo' }, { root });
      expect(result.outputs.verified).toBe('false');
      expect(result.mustFail).toBeDefined();
      expect(result.findings.map((f) => f.ruleId)).toEqual(['ledger-nothing-verified']);
      expect(result.findings[0].message).toMatch(/no entry of tenant acme\/typo is visible.*check tenant-id.*bickford_ledger_grant_tenant/);
    });

    it('fails for a replica that has none of the primary\'s entries yet, saying how many it lacks', async () => {
      const empty = `${database.name}_empty`;
      await adminQuery(`CREATE DATABASE ${empty} TEMPLATE ${database.name}`);
      try {
        await runLedgerGuard({ event: 'build', commit: COMMIT_A, 'database-url': database.url, 'tenant-id': 'fresh' }, { root });
        const result = await runLedgerGuard({ event: 'verify', 'database-url': database.url, 'replica-url': urlForDatabase(empty), 'tenant-id': 'fresh' }, { root });
        expect(result.outputs.verified).toBe('false');
        expect(result.findings[0]).toMatchObject({ ruleId: 'ledger-nothing-verified', message: expect.stringMatching(/the replica has none of the primary's 2 entries yet/) });
      } finally {
        await adminQuery(`DROP DATABASE IF EXISTS ${empty} WITH (FORCE)`);
      }
    });
  });

  describe('idempotency', () => {
    const run = (tenant: string, env: Record<string, string>, matrix?: string) =>
      runLedgerGuard({ event: 'build', 'database-url': database.url, 'tenant-id': tenant, ...(matrix ? { matrix } : {}) }, { root, env, run: { runId: '77', runAttempt: '1', sha: COMMIT_A } });

    it('records two legs of a matrix in one run attempt as two entries, and gives a retried leg its entry back', async () => {
      const node20 = await run('matrix', { GITHUB_JOB: 'build' }, '{"node": 20}');
      const node22 = await run('matrix', { GITHUB_JOB: 'build' }, '{"node": 22}');
      const retry = await run('matrix', { GITHUB_JOB: 'build' }, '{ "node" : 20 }');
      expect([node20.outputs.appended, node22.outputs.appended, retry.outputs.appended]).toEqual(['true', 'true', 'false']);
      expect(node22.outputs['ledger-hash']).not.toBe(node20.outputs['ledger-hash']);
      expect(retry.outputs['ledger-hash']).toBe(node20.outputs['ledger-hash']);
    });

    it('records the builds of two jobs in one run attempt as two entries', async () => {
      const web = await run('jobs', { GITHUB_JOB: 'web' });
      const api = await run('jobs', { GITHUB_JOB: 'api' });
      expect([web.outputs.appended, api.outputs.appended, api.outputs['head-seq']]).toEqual(['true', 'true', '2']);
    });

    it('refuses a matrix input that is not JSON, naming it', async () => {
      await expect(run('bad-matrix', {}, '{node: 20')).rejects.toThrow(/matrix must be the job's matrix as JSON/);
    });
  });
});
