import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FakeGitHub } from '../../../test/harness/fake-github';
import type { FixtureRepo } from '../../../test/harness/fixture-repo';
import { runDist, type RunDistOptions } from '../../../test/harness/run-dist';
import { webhookPayload } from '../../../test/harness/webhooks';
import { guardReport, hostileReport } from './__fixtures__/reports';

const HEAD = 'c'.repeat(40);

/** The publishing job's workspace: nothing checked out, only the downloaded artifact. */
function workspace(files: Record<string, string | Buffer>): FixtureRepo {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bickford-publish-'));
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), content);
  }
  return { dir, base: HEAD, head: HEAD };
}

/** The workflow_run event of the checking workflow's run, from GitHub's webhook schema (test/harness/webhooks.ts). */
function workflowRun(pr?: number): RunDistOptions['event'] {
  return {
    name: 'workflow_run',
    payload: webhookPayload('workflow-run-completed', {
      action: 'completed',
      workflow_run: {
        id: 99,
        event: 'pull_request',
        head_sha: HEAD,
        head_branch: 'feature',
        html_url: 'https://github.example/acme/monorepo/actions/runs/99',
        pull_requests: pr === undefined ? [] : [{ number: pr, head: { sha: HEAD }, base: { repo: { url: 'https://api.github.example/repos/acme/monorepo' } } }],
      },
    }),
  };
}

const json = (value: unknown) => JSON.stringify(value, null, 2);

/** Markdown outside code: inside a code span or fenced block GitHub shows `<b>` as written. */
function outsideCode(markdown: string): string {
  return markdown.replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1$/gm, '').replace(/(`+)[^`]*?(?:`(?!\1)[^`]*?)*\1/g, '');
}

describe('bickford/publish dist', () => {
  it('posts one sticky comment and one check run per report, on the PR and commit from the event', async () => {
    const repo = workspace({ 'bickford-reports/a/bickford-migration-score.json': json(guardReport()), 'bickford-reports/b/bickford-env-guard.json': json(guardReport('env-guard', 1)) });
    const github = new FakeGitHub();
    await github.start();
    const first = await runDist({ action: 'publish', repo, event: workflowRun(12), github });
    const second = await runDist({ action: 'publish', repo, event: workflowRun(12), github });
    await github.stop();
    expect([first.exitCode, second.exitCode]).toEqual([0, 0]);
    expect(github.comments.map((c) => [c.issue, c.body.split('\n')[0]]).sort()).toEqual([
      [12, '<!-- bickford:env-guard -->'],
      [12, '<!-- bickford:migration-score -->'],
    ]);
    expect(github.checkRuns.map((r) => [r.name, r.head_sha, r.conclusion]).sort()).toContainEqual(['bickford/migration-score', HEAD, 'failure']);
    expect(github.checkRuns.find((r) => r.name === 'bickford/migration-score')!.annotations.map((a) => a.path)).toEqual([
      'prisma/migrations/20260101_0/migration.sql',
      'prisma/migrations/20260101_1/migration.sql',
    ]);
    expect(first.outputs).toMatchObject({ published: '2', refused: '0', 'pr-number': '12', 'head-sha': HEAD });
  });

  it('renders a hostile report as inert text', async () => {
    const repo = workspace({ 'bickford-reports/bickford-edge-guard.json': json(hostileReport()) });
    const run = await runDist({ action: 'publish', repo, event: workflowRun(5) });
    const body = run.github.comments[0].body;
    expect(run.exitCode).toBe(0);
    expect(body).toContain('</code><script>alert(1)</script>\n```\n````');
    expect(outsideCode(body)).not.toMatch(/<img|<script|<b>|<h1>|<\/details><details|\]\(javascript:|\]\(https:\/\/evil|<!-- @admin/);
    expect(body).toContain('&lt;img src=x onerror=alert\\(1\\)&gt;');
    expect(body).toContain('](https://github.com/bickford/actions/blob/main/docs/rules/ban-drop-table.md)');
    expect(run.commands.filter((c) => c.command !== 'add-mask').map((c) => c.command)).toEqual([]);
  });

  it('refuses non-JSON, a wrong schema and an oversized field, and still publishes the valid report', async () => {
    const repo = workspace({
      'bickford-reports/good.json': json(guardReport()),
      'bickford-reports/garbage.json': '<html>',
      'bickford-reports/future.json': json({ ...guardReport('edge-guard'), schema: 'bickford-report/v9' }),
      'bickford-reports/huge`|<b>x</b>.json': json(guardReport('env-guard', 1, 'x'.repeat(10_000))),
    });
    const run = await runDist({ action: 'publish', repo, event: workflowRun(7) });
    expect(run.exitCode).toBe(2);
    expect(run.github.comments.map((c) => c.body.split('\n')[0])).toEqual(['<!-- bickford:migration-score -->']);
    expect(run.outputs).toMatchObject({ published: '1', refused: '3' });
    const errors = run.commands.filter((c) => c.command === 'error').map((c) => c.message);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/garbage\.json: it is not JSON/),
        expect.stringMatching(/future\.json: its schema is 'bickford-report\/v9'/),
        expect.stringMatching(/must NOT have more than 4000 characters/),
      ]),
    );
    expect(run.summary).toContain('| ``bickford-reports/huge`&#124;<b>x</b>.json`` | **refused**');
    expect(outsideCode(run.summary)).not.toMatch(/<b>|<html>/);
  });

  it('publishes the check run but no comment when the event names no pull request', async () => {
    const run = await runDist({ action: 'publish', repo: workspace({ 'bickford-reports/r.json': json(guardReport()) }), event: workflowRun() });
    expect(run.exitCode).toBe(0);
    expect(run.github.comments).toHaveLength(0);
    expect(run.github.checkRuns.map((r) => r.head_sha)).toEqual([HEAD]);
  });

  it('passes when the token is refused, with notes naming the permissions that use no warning slot', async () => {
    const run = await runDist({ action: 'publish', repo: workspace({ 'bickford-reports/r.json': json(guardReport()) }), event: workflowRun(3), githubOptions: { denyWrites: 403 } });
    expect(run.exitCode).toBe(0);
    expect(run.commands.filter((c) => c.command === 'warning')).toEqual([]);
    expect(run.stdout).toMatch(/Could not update the pull-request comment for migration-score: the token lacks a permission \(HTTP 403: Resource not accessible by integration\)\. Grant `pull-requests: write`/);
    expect(run.stdout).toMatch(/Could not create the check run for migration-score: .*Grant `checks: write`/);
    expect(run.summary.replace(/\\/g, '')).toMatch(/Grant `checks: write`/);
  });

  it('refuses to run on a pull_request event, before reading any report', async () => {
    const run = await runDist({ action: 'publish', repo: workspace({ 'bickford-reports/r.json': json(guardReport()) }), pr: { number: 4 } });
    expect(run.exitCode).toBe(2);
    expect(run.commands.find((c) => c.command === 'error')?.message).toMatch(/workflow_run \(got pull_request\)/);
    expect(run.apiCalls).toEqual([]);
  });

  it('says where to download the artifact when no report is there', async () => {
    const run = await runDist({ action: 'publish', repo: workspace({ 'other.txt': 'x' }), event: workflowRun(4) });
    expect(run.exitCode).toBe(2);
    expect(run.commands.find((c) => c.command === 'error')?.message).toMatch(/no report files found at 'bickford-reports'.*download-artifact/);
  });
});
