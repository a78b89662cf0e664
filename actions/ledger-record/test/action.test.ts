import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createFixtureRepo, type FixtureRepo } from '../../../test/harness/fixture-repo';
import { FakeGitHub } from '../../../test/harness/fake-github';
import { runDist, type DistRun, type RunDistOptions } from '../../../test/harness/run-dist';
import { webhookPayload } from '../../../test/harness/webhooks';
import { rewriteAsSuccess } from './rewrite-chain';
import { createTestDatabase, serverUrl, type TestDatabase } from './pg-test-db';

/** bickford/publish's job: nothing checked out, only the report the report-mode run uploaded, and the workflow_run event of that run. */
function publishStep(report: DistRun, sha: string): Pick<RunDistOptions, 'repo' | 'event'> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bickford-publish-ledger-'));
  fs.mkdirSync(path.join(dir, 'bickford-reports'));
  fs.copyFileSync(report.outputs['report-path'], path.join(dir, 'bickford-reports', 'ledger-record.json'));
  const workspace: FixtureRepo = { dir, base: sha, head: sha };
  const event = {
    name: 'workflow_run',
    payload: webhookPayload('workflow-run-completed', {
      workflow_run: { id: 4242, event: 'push', head_sha: sha, head_branch: 'main', html_url: 'https://github.example/acme/monorepo/actions/runs/4242', pull_requests: [] },
    }),
  };
  return { repo: workspace, event };
}

const repo = () => createFixtureRepo({ 'prisma/schema.prisma': 'model A { id Int @id }\n' }, { 'README.md': 'hello\n' });

describe('ledger-record dist', () => {
  it('records a build in an embedded ledger, puts the head in outputs and summary, and posts the bickford/ledger status', async () => {
    const fixture = repo();
    const run = await runDist({ action: 'ledger-record', repo: fixture, inputs: { event: 'build', embedded: 'true' } });
    expect(run.stderr).not.toMatch(/internal error/i);
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ 'head-seq': '1', appended: 'true', 'tenant-id': 'acme/monorepo' });
    expect(run.outputs['ledger-hash']).toMatch(/^[0-9a-f]{64}$/);
    expect(run.summary).toContain(run.outputs['head-hash']);
    const statuses = run.apiCalls.filter((c) => c.method === 'POST' && c.path.includes('/statuses/'));
    expect(statuses).toEqual([
      expect.objectContaining({
        path: `/repos/acme/monorepo/statuses/${fixture.head}`,
        body: expect.objectContaining({ state: 'success', context: 'bickford/ledger', description: `ledger head 1:${run.outputs['head-hash']}` }),
      }),
    ]);
  });

  it('stops in Actions without database-url or embedded, saying what to set', async () => {
    const run = await runDist({ action: 'ledger-record', repo: repo(), inputs: { event: 'build' } });
    expect(run.exitCode).not.toBe(0);
    expect(run.stdout + run.stderr).toMatch(/needs database-url in GitHub Actions/);
  });

  (serverUrl ? describe : describe.skip)('against PostgreSQL', () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase();
    });
    afterAll(() => database?.drop());

    it('fails a deploy with no proof, appends nothing, and never prints the database URL', async () => {
      const url = new URL(database.url);
      url.password = 'pw-s3cret';
      const run = await runDist({ action: 'ledger-record', repo: repo(), inputs: { event: 'deploy', environment: 'production', 'database-url': url.toString() } });
      expect(run.exitCode).toBe(1);
      expect(run.commands.some((c) => c.command === 'error' && c.message.includes('has no proof'))).toBe(true);
      expect(run.outputs.appended).toBe('false');
      const printed = (run.stdout + run.stderr + run.summary).split('\n').filter((l) => !l.startsWith('::add-mask::'));
      expect(printed.join('\n')).not.toContain(database.name);
    });

    it('fails a deploy with no proof even with fail-on never: the proof is a gate, not a finding to tune', async () => {
      const run = await runDist({ action: 'ledger-record', repo: repo(), inputs: { event: 'deploy', environment: 'production', 'database-url': database.url, 'fail-on': 'never' } });
      expect(run.exitCode).toBe(1);
      expect(run.outputs.verdict).toBe('fail');
      expect(run.outputs.appended).toBe('false');
    });

    it('refuses a deploy after a consistent tail rewrite, through the head anchored in the fake GitHub API', async () => {
      const fixture = repo();
      const github = new FakeGitHub();
      await github.start();
      try {
        const inputs = { 'database-url': database.url, 'tenant-id': 'dist-rewrite' };
        const build = await runDist({ action: 'ledger-record', repo: fixture, github, inputs: { ...inputs, event: 'build', status: 'failure' } });
        expect(build.exitCode).toBe(0);
        expect(github.statuses).toEqual([expect.objectContaining({ sha: fixture.head, body: expect.objectContaining({ context: 'bickford/ledger' }) })]);
        await rewriteAsSuccess(database.url, 'dist-rewrite', 1);
        const deploy = await runDist({ action: 'ledger-record', repo: fixture, github, inputs: { ...inputs, event: 'deploy', environment: 'production' } });
        expect(deploy.exitCode).toBe(1);
        expect(deploy.outputs.appended).toBe('false');
        expect(deploy.stdout).toMatch(/does not match the head anchored in the bickford\/ledger status of commit/);
        expect(github.calls.some((c) => c.method === 'GET' && c.path.startsWith(`/repos/acme/monorepo/commits/${fixture.head}/statuses`))).toBe(true);
      } finally {
        await github.stop();
      }
    });

    it('in report mode leaves the anchor to the publisher, which posts it; a deploy reads it back and is accepted', async () => {
      const fixture = repo();
      const github = new FakeGitHub();
      await github.start();
      try {
        const inputs = { 'database-url': database.url, 'tenant-id': 'dist-report' };
        const build = await runDist({ action: 'ledger-record', repo: fixture, github, inputs: { ...inputs, event: 'build', mode: 'report' } });
        expect(build.exitCode).toBe(0);
        expect(github.statuses).toEqual([]);
        expect(build.stdout).toMatch(/mode: report: the bickford\/ledger status \(ledger head 1:[0-9a-f]{64}\) was not posted; it is in the report for bickford\/publish to post/);
        const step = publishStep(build, fixture.head);
        const publish = await runDist({ action: 'publish', github, ...step });
        for (const dir of [step.repo.dir, build.tempDir, publish.tempDir]) fs.rmSync(dir, { recursive: true, force: true });
        expect(publish.exitCode).toBe(0);
        const anchor = `ledger head 1:${build.outputs['head-hash']}`;
        expect(github.statuses).toEqual([
          { sha: fixture.head, body: expect.objectContaining({ context: 'bickford/ledger', state: 'success', description: anchor, target_url: 'https://github.example/acme/monorepo/actions/runs/4242' }) },
        ]);
        const checkRun = github.checkRuns.find((r) => r.name === 'bickford/ledger-record');
        expect(checkRun?.head_sha).toBe(fixture.head);
        expect(checkRun?.output.summary).toContain(`### Anchored head\n\n- tenant dist\\-report: ${anchor}\n`);
        const deploy = await runDist({ action: 'ledger-record', repo: fixture, github, inputs: { ...inputs, event: 'deploy', environment: 'production' } });
        expect(deploy.exitCode).toBe(0);
        expect(deploy.outputs.appended).toBe('true');
        expect(deploy.stdout).toMatch(/the chain verifies from genesis through the anchored head 1:/);
      } finally {
        await github.stop();
      }
    });

    it("fails the publisher when it cannot post a build's anchor, and the deploy is refused for want of it", async () => {
      const fixture = repo();
      const inputs = { 'database-url': database.url, 'tenant-id': 'dist-report-denied' };
      const build = await runDist({ action: 'ledger-record', repo: fixture, inputs: { ...inputs, event: 'build', mode: 'report' } });
      expect(build.exitCode).toBe(0);
      // Only the status is written (no comment, no check run), and the token may not write it.
      const step = publishStep(build, fixture.head);
      const publish = await runDist({ action: 'publish', githubOptions: { denyWrites: 403 }, inputs: { comment: 'false', 'check-run': 'false' }, ...step });
      for (const dir of [step.repo.dir, build.tempDir, publish.tempDir]) fs.rmSync(dir, { recursive: true, force: true });
      expect(publish.exitCode).toBe(2);
      expect(publish.stdout).toMatch(/The ledger's anchored head was not posted, so the recorded step left no trace outside the database: .*statuses: write/);
      expect(publish.outputs).toMatchObject({ published: '1', refused: '0' });
      const deploy = await runDist({ action: 'ledger-record', repo: fixture, inputs: { ...inputs, event: 'deploy', environment: 'production' } });
      expect(deploy.exitCode).toBe(1);
      expect(deploy.outputs.appended).toBe('false');
      expect(deploy.stdout).toMatch(/has no bickford\/ledger status: its build step left no anchored head/);
    });

    it('fails a deploy whose anchor cannot be read (502), and a build whose anchor cannot be posted', async () => {
      const fixture = repo();
      const inputs = { 'database-url': database.url, 'tenant-id': 'dist-unreadable' };
      const denied = await runDist({ action: 'ledger-record', repo: fixture, githubOptions: { denyWrites: 403 }, inputs: { ...inputs, event: 'build' } });
      expect(denied.exitCode).not.toBe(0);
      expect(denied.stdout + denied.stderr).toMatch(/required commit status was not posted, so this step left no trace outside the database/);
      const deploy = await runDist({ action: 'ledger-record', repo: fixture, githubOptions: { failStatusReads: 502 }, inputs: { ...inputs, event: 'deploy', environment: 'production' } });
      expect(deploy.exitCode).toBe(1);
      expect(deploy.stdout).toMatch(/could not be read from the GitHub API/);
    });
  });
});
