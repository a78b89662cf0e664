/**
 * The foundation's promises, shown through the first real action (migration-score) run from its built
 * dist exactly as the runner runs it.
 */
import { FakeGitHub } from '../harness/fake-github';
import { createFixtureRepo } from '../harness/fixture-repo';
import { runDist } from '../harness/run-dist';
import { webhookPayload } from '../harness/webhooks';

const INIT = 'prisma/migrations/20240101000000_init/migration.sql';
const tables = (n: number) => Array.from({ length: n }, (_, i) => `t${i}`);
const base = (n: number) => ({
  'prisma/schema.prisma': 'datasource db {\n  provider = "postgresql"\n}\n',
  [INIT]: tables(n).map((t) => `CREATE TABLE "${t}" ("id" INTEGER NOT NULL);`).join('\n') + '\n',
});
const dropping = (folder: string, n: number) => ({
  [`prisma/migrations/${folder}/migration.sql`]: `SET lock_timeout = '5s';\n${tables(n).map((t) => `DROP TABLE "${t}";`).join('\n')}\n`,
});

describe('a run of migration-score from its dist', () => {
  it('updates its sticky comment on a second run instead of adding another', async () => {
    const repo = createFixtureRepo(base(2), dropping('20240201000000_drop', 1));
    const github = new FakeGitHub();
    await github.start();
    try {
      const first = await runDist({ action: 'migration-score', repo, pr: { number: 12 }, github });
      const second = await runDist({ action: 'migration-score', repo, pr: { number: 12 }, github });
      expect(first.exitCode).toBe(1);
      expect(second.exitCode).toBe(1);
      expect(github.comments).toHaveLength(1);
      expect(github.callsTo('POST', /\/issues\/12\/comments$/)).toHaveLength(1);
      expect(github.callsTo('PATCH', /\/issues\/comments\/\d+$/)).toHaveLength(1);
      expect(github.comments[0].body).toMatch(/^<!-- bickford:migration-score -->/);
      expect(github.comments[0].body).toContain('ban-drop-table');
    } finally {
      await github.stop();
    }
  });

  it('never edits a comment someone else wrote with the same marker', async () => {
    const repo = createFixtureRepo(base(2), dropping('20240201000000_drop', 1));
    const github = new FakeGitHub();
    await github.start();
    try {
      github.addComment(12, '<!-- bickford:migration-score -->\nall clear, merge away');
      await runDist({ action: 'migration-score', repo, pr: { number: 12 }, github });
      expect(github.comments.map((c) => c.user.type)).toEqual(['User', 'Bot']);
      expect(github.comments[0].body).toContain('all clear');
    } finally {
      await github.stop();
    }
  });

  it('sends 120 findings to the check run in three requests of 50, 50 and 20', async () => {
    const repo = createFixtureRepo(base(120), dropping('20240201000000_drop', 120));
    const run = await runDist({ action: 'migration-score', repo, pr: { number: 3 }, inputs: { 'max-risk': '1' } });
    const create = run.github.callsTo('POST', /\/check-runs$/);
    const updates = run.github.callsTo('PATCH', /\/check-runs\/\d+$/);
    expect(create).toHaveLength(1);
    expect([create[0].body.output.annotations.length, ...updates.map((u) => u.body.output.annotations.length)]).toEqual([50, 50, 20]);
    expect(create[0].body.name).toBe('bickford/migration-score');
    expect(create[0].body.conclusion).toBe('failure');
    // The step's own annotations are capped at ten errors, one of them the verdict line, plus one notice that counts the rest.
    const errors = run.commands.filter((c) => c.command === 'error');
    expect(errors.filter((c) => c.properties.file)).toHaveLength(9);
    expect(errors).toHaveLength(10);
    expect(errors[9].properties.title).toBe('migration-score failed');
    expect(run.commands.some((c) => c.command === 'notice' && /111 more finding/.test(c.message))).toBe(true);
  });

  it('leaves the verdict to the findings when the API refuses a fork token with 403', async () => {
    const failing = createFixtureRepo(base(1), dropping('20240201000000_drop', 1));
    const denied = await runDist({ action: 'migration-score', repo: failing, pr: { number: 5, fork: true }, githubOptions: { denyWrites: 403 } });
    expect(denied.exitCode).toBe(1);
    // The failure note names the permission and the fork, in the log and the summary, without using a warning slot.
    expect(denied.commands.filter((c) => c.command === 'warning')).toEqual([]);
    expect(denied.stdout).toMatch(/Could not create the check run: the token lacks a permission \(HTTP 403: Resource not accessible by integration\)\. Grant `checks: write`.*fork/);
    expect(denied.summary).toMatch(/Could not update the pull\\?-request comment/);

    const passing = createFixtureRepo(base(1), {
      'prisma/migrations/20240201000000_add/migration.sql': 'CREATE TABLE "fresh" ("id" INTEGER NOT NULL);\n',
    });
    const clean = await runDist({ action: 'migration-score', repo: passing, pr: { number: 6, fork: true }, githubOptions: { denyWrites: 403 } });
    expect(clean.exitCode).toBe(0);
    expect(Number(clean.outputs['risk-score'])).toBe(0);
  });

  it('annotates a migration whose folder name holds %, a comma, a colon and a newline with exactly one command', async () => {
    const folder = '20240201000000_a%b,c:d\n::error::x';
    const repo = createFixtureRepo(base(1), dropping(folder, 1));
    const run = await runDist({ action: 'migration-score', repo, pr: { number: 9 }, inputs: { 'check-run': 'false', comment: 'false', 'max-risk': '1' } });
    const located = run.commands.filter((c) => c.properties.file);
    expect(located).toHaveLength(1);
    expect(located[0].properties.file).toBe(`prisma/migrations/${folder}/migration.sql`);
    expect(located[0].properties.line).toBe('2');
    // Nothing in the file name became a command of its own, wherever the name was printed.
    expect(run.stdout).toContain('::error::x');
    expect(run.commands.filter((c) => c.message.startsWith('x'))).toEqual([]);
  });

  it("asks the API for the PR's files when the clone lacks the base commit (a shallow checkout)", async () => {
    const repo = createFixtureRepo(base(2), { ...dropping('20240201000000_drop', 1), 'prisma/migrations/20240202000000_other/migration.sql': 'DROP TABLE "t1";\n' });
    const missingBase = 'f'.repeat(40);
    const payload = webhookPayload('pull-request-opened', {
      number: 8,
      pull_request: { number: 8, base: { sha: missingBase, repo: { full_name: 'acme/monorepo' } }, head: { sha: repo.head, repo: { full_name: 'acme/monorepo' } }, labels: [] },
    });
    const run = await runDist({
      action: 'migration-score',
      repo,
      event: { name: 'pull_request', payload },
      githubOptions: { pullFiles: [{ filename: 'prisma/migrations/20240201000000_drop/migration.sql', status: 'added' }] },
      inputs: { 'check-run': 'false', comment: 'false', 'max-risk': '1' },
    });
    expect(run.github.callsTo('GET', /\/pulls\/8\/files/).length).toBeGreaterThan(0);
    const files = new Set(run.commands.filter((c) => c.properties.file).map((c) => c.properties.file));
    expect([...files]).toEqual(['prisma/migrations/20240201000000_drop/migration.sql']);
  });

  it('writes outputs in the heredoc form the runner reads, and the report file it names', async () => {
    const repo = createFixtureRepo(base(1), dropping('20240201000000_drop', 1));
    const run = await runDist({ action: 'migration-score', repo, pr: { number: 4 }, inputs: { 'sarif-file': 'out/results.sarif' } });
    expect(run.outputs.regressive).toBe('true');
    expect(Number(run.outputs['risk-score'])).toBeGreaterThan(0.5);
    expect(run.outputs['report-path']).toMatch(/bickford-migration-score\.json$/);
    const sarif = JSON.parse(require('node:fs').readFileSync(`${repo.dir}/out/results.sarif`, 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results[0].ruleId).toBe('ban-drop-table');
  });
});
