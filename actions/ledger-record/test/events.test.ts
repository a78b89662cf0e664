import { rmSync } from 'node:fs';
import { adminQuery, adminTamper, createTestDatabase, describeWithPostgres, type TestDatabase } from './pg-test-db';
import { COMMIT_A, COMMIT_B, runLedgerGuard, StatusBoard, tempRepo } from './engine-context';

describeWithPostgres('ledger-record events', () => {
  let database: TestDatabase;
  let root: string;
  let n = 0;
  let tenant = '';
  beforeAll(async () => {
    database = await createTestDatabase();
    root = tempRepo({ 'prisma/schema.prisma': 'model A {\n  id Int @id\n}\n', 'score.json': JSON.stringify({ guard: 'migration-score', outputs: { 'risk-score': '0.7', regressive: 'true' }, data: { migrations: [{ name: '001_init', score: 0.7 }] } }) });
  });
  afterAll(async () => {
    await database?.drop();
    rmSync(root, { recursive: true, force: true });
  });
  beforeEach(() => {
    tenant = `acme/events-${++n}`;
  });
  const github = new StatusBoard();
  const run = (inputs: Record<string, string>, runInfo = { runId: `${n}00`, runAttempt: '1', sha: COMMIT_A }, repoRoot = root) =>
    runLedgerGuard({ 'database-url': database.url, 'tenant-id': tenant, ...inputs }, { root: repoRoot, run: runInfo, github });

  describe('build', () => {
    it('records the build and gives its hash and the head as outputs, with a commit status for the runner', async () => {
      const result = await run({ event: 'build', status: 'success', 'artifact-digests': 'sha256:1111, sha256:2222' });
      expect(result.findings).toEqual([]);
      expect(result.outputs).toMatchObject({ 'head-seq': '1', appended: 'true', 'tenant-id': tenant });
      expect(result.outputs['ledger-hash']).toMatch(/^[0-9a-f]{64}$/);
      expect(result.outputs['head-hash']).toBe(result.outputs['ledger-hash']);
      expect(result.data?.commitStatus).toEqual({ state: 'success', context: 'bickford/ledger', description: `ledger head 1:${result.outputs['head-hash']}`, required: true });
      const [row] = await adminQuery<{ status: string; artifacts: string[] }>('SELECT "status", "artifacts" FROM "BuildEvent" WHERE "tenantId" = $1', [tenant], database.url);
      expect(row).toEqual({ status: 'success', artifacts: ['sha256:1111', 'sha256:2222'] });
    });

    it('gives a retried job its first entry back instead of a second one', async () => {
      const first = await run({ event: 'build' });
      const retry = await run({ event: 'build' });
      expect(retry.outputs).toMatchObject({ 'ledger-hash': first.outputs['ledger-hash'], 'head-seq': '1', appended: 'false' });
    });
  });

  describe('deploy', () => {
    it('refuses a deploy without any build and appends nothing', async () => {
      const result = await run({ event: 'deploy', environment: 'production' });
      expect(result.findings.map((f) => [f.ruleId, f.severity])).toEqual([['ledger-deploy-unproven', 'error']]);
      expect(result.findings[0].message).toMatch(/no successful build of commit aaaaaaaaaaaa/);
      expect(result.outputs).toMatchObject({ appended: 'false', 'head-seq': '' });
    });

    it("refuses a failed build's hash", async () => {
      const failed = await run({ event: 'build', status: 'failure' });
      const result = await run({ event: 'deploy', environment: 'production', 'build-hash': failed.outputs['ledger-hash'] }, { runId: 'other', runAttempt: '1', sha: COMMIT_A });
      expect(result.findings[0]).toMatchObject({ ruleId: 'ledger-deploy-unproven', message: expect.stringMatching(/ended in failure/) });
      expect(result.outputs['head-seq']).toBe('1');
    });

    it("refuses another commit's build hash", async () => {
      const build = await run({ event: 'build', commit: COMMIT_B });
      const result = await run({ event: 'deploy', environment: 'production', 'build-hash': build.outputs['ledger-hash'] }, { runId: 'x', runAttempt: '1', sha: COMMIT_A });
      expect(result.findings[0].message).toMatch(/build of commit bbbbbbbbbbbb, not of aaaaaaaaaaaa/);
      expect(result.outputs['head-seq']).toBe('1');
    });

    it('refuses a build hash whose entry no longer verifies', async () => {
      const build = await run({ event: 'build' });
      await adminTamper(`UPDATE "LedgerEntry" SET "canonical" = replace("canonical", 'success', 'succes5') WHERE "hash" = $1`, [build.outputs['ledger-hash']], database.url);
      const result = await run({ event: 'deploy', environment: 'production', 'build-hash': build.outputs['ledger-hash'] }, { runId: 'x', runAttempt: '1', sha: COMMIT_A });
      expect(result.findings[0].message).toMatch(/does not verify/);
    });

    it('records a deploy proven by the successful build of the same commit, found without build-hash', async () => {
      const build = await run({ event: 'build' });
      const result = await run({ event: 'deploy', environment: 'production' }, { runId: 'deploy', runAttempt: '1', sha: COMMIT_A });
      expect(result.findings).toEqual([]);
      expect(result.outputs).toMatchObject({ appended: 'true', 'head-seq': '2' });
      const [row] = await adminQuery<{ buildHash: string; environment: string }>('SELECT "buildHash", "environment" FROM "DeployEvent" WHERE "tenantId" = $1', [tenant], database.url);
      expect(row).toEqual({ buildHash: build.outputs['ledger-hash'], environment: 'production' });
    });
  });

  describe('schema', () => {
    it('refuses a schema Prisma cannot read, naming it, and appends nothing', async () => {
      const broken = tempRepo({ 'prisma/schema.prisma': 'model A { id Int @id }\n' });
      await expect(run({ event: 'schema' }, { runId: '9', runAttempt: '1', sha: COMMIT_A }, broken)).rejects.toThrow(/prisma\/schema.prisma is not a schema Prisma can read/);
    });

    it('links a new schema version to the previous one and appends nothing for an unchanged schema', async () => {
      const first = await run({ event: 'schema', 'schema-hash': '1'.repeat(64) }, { runId: '1', runAttempt: '1', sha: COMMIT_A });
      const same = await run({ event: 'schema', 'schema-hash': '1'.repeat(64) }, { runId: '2', runAttempt: '1', sha: COMMIT_A });
      const next = await run({ event: 'schema' }, { runId: '3', runAttempt: '1', sha: COMMIT_B });
      expect([first.outputs.appended, same.outputs.appended, next.outputs.appended]).toEqual(['true', 'false', 'true']);
      expect(same.outputs['ledger-hash']).toBe(first.outputs['ledger-hash']);
      const rows = await adminQuery<{ schemaHash: string; previousHash: string | null }>('SELECT "schemaHash", "previousHash" FROM "SchemaVersion" WHERE "tenantId" = $1 ORDER BY "id"', [tenant], database.url);
      expect(rows).toEqual([
        { schemaHash: '1'.repeat(64), previousHash: null },
        { schemaHash: expect.stringMatching(/^[0-9a-f]{64}$/), previousHash: '1'.repeat(64) },
      ]);
    });
  });

  describe('migration-score', () => {
    it("records migration-score's report: score, regressive and the migrations", async () => {
      const result = await run({ event: 'migration-score', report: 'score.json' });
      expect(result.headline).toMatch(/migration score 0\.7 \(regressive\)/);
      const [row] = await adminQuery('SELECT "score", "regressive", "migrations" FROM "MigrationScore" WHERE "tenantId" = $1', [tenant], database.url);
      expect(row).toEqual({ score: 0.7, regressive: true, migrations: [{ name: '001_init', score: 0.7 }] });
    });
  });

  describe('verify', () => {
    it('verifies the chain and fails it against an expected head that was truncated away', async () => {
      await run({ event: 'build' }, { runId: '1', runAttempt: '1', sha: COMMIT_A });
      const second = await run({ event: 'build' }, { runId: '2', runAttempt: '1', sha: COMMIT_B });
      const ok = await run({ event: 'verify', 'expected-head': `ledger head 2:${second.outputs['ledger-hash']}` });
      expect(ok.outputs).toMatchObject({ verified: 'true', 'head-seq': '2' });
      await adminTamper('DELETE FROM "BuildEvent" WHERE "tenantId" = $1 AND "commit" = $2', [tenant, COMMIT_B], database.url);
      await adminTamper('DELETE FROM "LedgerEntry" WHERE "tenantId" = $1 AND "seq" = 2', [tenant], database.url);
      const bad = await run({ event: 'verify', 'expected-head': `2:${second.outputs['ledger-hash']}` });
      expect(bad.outputs.verified).toBe('false');
      expect(bad.findings.map((f) => [f.ruleId, f.properties?.seq])).toEqual([['ledger-chain-broken', 2]]);
      expect(bad.data?.commitStatus).toMatchObject({ state: 'failure' });
    });
  });
});
