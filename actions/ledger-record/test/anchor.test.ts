import { rmSync } from 'node:fs';
import { createTestDatabase, describeWithPostgres, type TestDatabase } from './pg-test-db';
import { rewriteAsSuccess } from './rewrite-chain';
import { COMMIT_A, runLedgerGuard, StatusBoard, tempRepo } from './engine-context';

describeWithPostgres('deploy against the head anchored outside the database', () => {
  let database: TestDatabase;
  const root = tempRepo();
  let n = 0;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.drop();
    rmSync(root, { recursive: true, force: true });
  });
  const step = (tenant: string, github: StatusBoard | undefined, inputs: Record<string, string>) =>
    runLedgerGuard({ 'database-url': database.url, 'tenant-id': tenant, ...inputs }, { root, github, run: { runId: String(++n), runAttempt: '1', sha: COMMIT_A } });

  it('accepts a deploy whose chain reaches the anchored head', async () => {
    const github = new StatusBoard();
    await step('ok', github, { event: 'build' });
    const deploy = await step('ok', github, { event: 'deploy', environment: 'production' });
    expect(deploy.findings).toEqual([]);
    expect(deploy.outputs.appended).toBe('true');
  });

  it('refuses a failed build rewritten as a success with its tail re-hashed, though verify alone passes', async () => {
    const github = new StatusBoard();
    await step('rewritten', github, { event: 'build', status: 'failure' });
    await step('rewritten', github, { event: 'schema', 'schema-hash': '2'.repeat(64) });
    await rewriteAsSuccess(database.url, 'rewritten', 1);
    const verify = await step('rewritten', undefined, { event: 'verify' });
    expect(verify.outputs.verified).toBe('true');
    const deploy = await step('rewritten', github, { event: 'deploy', environment: 'production' });
    expect(deploy.findings.map((f) => f.ruleId)).toEqual(['ledger-deploy-unproven']);
    expect(deploy.findings[0].message).toMatch(/the chain does not match the head anchored in the bickford\/ledger status of commit aaaaaaaaaaaa/);
    expect(deploy.outputs.appended).toBe('false');
  });

  it('refuses when the build left no anchor, saying so', async () => {
    await step('unanchored', undefined, { event: 'build' });
    const deploy = await step('unanchored', new StatusBoard(), { event: 'deploy', environment: 'production' });
    expect(deploy.findings[0].message).toMatch(/has no bickford\/ledger status: its build step left no anchored head/);
  });

  it('refuses when the anchor cannot be read, and when there is no API at all', async () => {
    const github = new StatusBoard();
    await step('unreadable', github, { event: 'build' });
    github.listCommitStatuses = () => Promise.reject(new Error('GET /repos/acme/shop/commits/aaa/statuses answered 502: Bad Gateway'));
    const broken = await step('unreadable', github, { event: 'deploy', environment: 'production' });
    expect(broken.findings[0].message).toMatch(/could not be read from the GitHub API \(GET .* answered 502/);
    const none = await step('unreadable', undefined, { event: 'deploy', environment: 'production' });
    expect(none.findings[0].message).toMatch(/there is no GitHub API access \(no github-token\); pass expected-head/);
  });

  it('takes expected-head as the anchor where there is no API (the CLI)', async () => {
    const build = await step('cli', undefined, { event: 'build' });
    const deploy = await step('cli', undefined, { event: 'deploy', environment: 'production', 'expected-head': `1:${build.outputs['ledger-hash']}` });
    expect(deploy.findings).toEqual([]);
  });
});
