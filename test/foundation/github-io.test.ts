/**
 * GitHub I/O from the built dists: retries, rate limits, pagination, sticky identity, GHES, events without a
 * head, held to GitHub's REST description by the fake (runDist fails on any request the description refuses).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { COMMENT_MAX_BYTES, FakeGitHub, type FakeGitHubOptions } from '../harness/fake-github';
import { createFixtureRepo, type FileTree } from '../harness/fixture-repo';
import { runDist } from '../harness/run-dist';
import { webhookPayload } from '../harness/webhooks';

const INIT = 'prisma/migrations/20240101000000_init/migration.sql';
const base: FileTree = {
  'prisma/schema.prisma': 'datasource db {\n  provider = "postgresql"\n}\n',
  [INIT]: 'CREATE TABLE "t0" ("id" INTEGER NOT NULL);\n',
};
const drop: FileTree = { 'prisma/migrations/20240201000000_drop/migration.sql': `SET lock_timeout = '5s';\nDROP TABLE "t0";\n` };
const noComment = { comment: 'false' };

async function withFake<T>(options: FakeGitHubOptions, fn: (github: FakeGitHub) => Promise<T>): Promise<T> {
  const github = new FakeGitHub(options);
  await github.start();
  try {
    return await fn(github);
  } finally {
    await github.stop();
  }
}

describe('retries and rate limits', () => {
  it('retries a 502 with backoff and creates the check run once', async () => {
    const run = await runDist({ action: 'migration-score', repo: createFixtureRepo(base, drop), pr: { number: 3 }, inputs: noComment, githubOptions: { failures: [{ method: 'POST', path: /\/check-runs$/, kind: '502', times: 2 }] } });
    expect(run.exitCode).toBe(1);
    expect(run.github.callsTo('POST', /\/check-runs$/)).toHaveLength(3);
    expect(run.github.checkRuns).toHaveLength(1);
    expect(run.summary).not.toMatch(/Could not/);
  });

  it.each([
    ['429 with retry-after', 'retry-after'],
    ['403 secondary rate limit', 'secondary'],
    ['403 primary limit reset a second away', 'primary'],
  ] as const)('waits out a %s and then writes', async (_name, kind) => {
    const run = await runDist({ action: 'migration-score', repo: createFixtureRepo(base, drop), pr: { number: 3 }, inputs: noComment, githubOptions: { failures: [{ method: 'POST', path: /\/check-runs$/, kind }] } });
    expect(run.github.callsTo('POST', /\/check-runs$/)).toHaveLength(2);
    expect(run.github.checkRuns).toHaveLength(1);
    expect(run.stdout).toMatch(/rate limit on POST .*check-runs: retrying after \d+ s/);
  });

  it('gives up on a limit that resets in an hour, with a note naming the limit and the reset, and the verdict from the findings', async () => {
    const run = await runDist({ action: 'migration-score', repo: createFixtureRepo(base, drop), pr: { number: 3 }, inputs: noComment, githubOptions: { failures: [{ method: 'POST', path: /\/check-runs$/, kind: 'primary-forever' }] } });
    expect(run.exitCode).toBe(1);
    expect(run.github.checkRuns).toHaveLength(0);
    expect(run.summary.replace(/\\/g, '')).toMatch(/Could not create the check run: GitHub's API rate limit was hit \(HTTP 403\)\. It resets at \d\d:\d\d UTC/);
    expect(run.commands.filter((c) => c.command === 'warning')).toEqual([]);
  });

  it('abandons a request that hangs and retries it', async () => {
    const run = await runDist({ action: 'migration-score', repo: createFixtureRepo(base, drop), pr: { number: 3 }, inputs: noComment, env: { BICKFORD_API_TIMEOUT_SECONDS: '3' }, githubOptions: { failures: [{ method: 'POST', path: /\/check-runs$/, kind: 'hang' }] } });
    expect(run.github.callsTo('POST', /\/check-runs$/)).toHaveLength(2);
    expect(run.github.checkRuns).toHaveLength(1);
  });
});

describe('sticky comments', () => {
  it('follows the Link header through short pages to find its comment', async () => {
    await withFake({ pageSize: 7 }, async (github) => {
      const repo = createFixtureRepo(base, drop);
      for (let i = 0; i < 20; i++) github.addComment(12, `comment ${i}`);
      await runDist({ action: 'migration-score', repo, pr: { number: 12 }, github, inputs: { 'check-run': 'false' } });
      await runDist({ action: 'migration-score', repo, pr: { number: 12 }, github, inputs: { 'check-run': 'false' } });
      expect(github.comments.filter((c) => c.body.startsWith('<!-- bickford:'))).toHaveLength(1);
      expect(github.callsTo('GET', /\/issues\/12\/comments\?.*page=3/).length).toBeGreaterThan(0);
    });
  });

  it('keeps one comment and one check run per working directory', async () => {
    await withFake({}, async (github) => {
      const tree = (dir: string) => Object.fromEntries(Object.entries(base).map(([k, v]) => [`${dir}/${k}`, v]));
      const change = (dir: string) => Object.fromEntries(Object.entries(drop).map(([k, v]) => [`${dir}/${k}`, v]));
      const repo = createFixtureRepo({ ...tree('apps/a'), ...tree('apps/b') }, { ...change('apps/a'), ...change('apps/b') });
      for (const dir of ['apps/a', 'apps/b', 'apps/a']) await runDist({ action: 'migration-score', repo, pr: { number: 4 }, github, inputs: { 'working-directory': dir } });
      expect(github.comments.map((c) => c.body.split('\n')[0]).sort()).toEqual(['<!-- bickford:migration-score:apps%2Fa -->', '<!-- bickford:migration-score:apps%2Fb -->']);
      expect(github.checkRuns.map((r) => r.name)).toEqual(['bickford/migration-score (apps/a)', 'bickford/migration-score (apps/b)', 'bickford/migration-score (apps/a)']);
    });
  });

  it('finds and edits the comment a personal access token (type User) wrote', async () => {
    await withFake({ tokenUser: 'octocat' }, async (github) => {
      const repo = createFixtureRepo(base, drop);
      await runDist({ action: 'migration-score', repo, pr: { number: 5 }, github, inputs: { 'check-run': 'false' } });
      await runDist({ action: 'migration-score', repo, pr: { number: 5 }, github, inputs: { 'check-run': 'false' } });
      expect(github.comments.map((c) => c.user)).toEqual([{ login: 'octocat', type: 'User' }]);
      expect(github.callsTo('PATCH', /\/issues\/comments\/\d+$/)).toHaveLength(1);
    });
  });

  it("leaves another app's marker comment alone and says so", async () => {
    await withFake({}, async (github) => {
      github.addComment(6, '<!-- bickford:migration-score -->\nfrom another app', { login: 'other-app[bot]', type: 'Bot' }, 'other-app');
      const run = await runDist({ action: 'migration-score', repo: createFixtureRepo(base, drop), pr: { number: 6 }, github, inputs: { 'check-run': 'false' } });
      expect(github.comments.map((c) => [c.user.login, c.body.includes('from another app')])).toEqual([
        ['other-app[bot]', true],
        ['github-actions[bot]', false],
      ]);
      expect(github.callsTo('PATCH', /comments/)).toEqual([]);
      expect(run.summary.replace(/\\/g, '')).toMatch(/by other-app\[bot\] \(not this token\) was left alone/);
    });
  });
});

describe('events without a head commit', () => {
  it('issue_comment on a PR: checks and reports on the PR head, not the default branch', async () => {
    const repo = createFixtureRepo(base, drop);
    const payload = webhookPayload('issue-comment-created', { issue: { number: 7, pull_request: { url: 'https://api.github.com/repos/acme/monorepo/pulls/7' } } });
    const pulls = [{ number: 7, head: { sha: repo.head, ref: 'feature', repo: { full_name: 'acme/monorepo' } }, base: { sha: repo.base, ref: 'main', repo: { full_name: 'acme/monorepo' } } }];
    const run = await runDist({ action: 'migration-score', repo, event: { name: 'issue_comment', payload }, env: { GITHUB_SHA: repo.base }, githubOptions: { pulls } });
    expect(run.exitCode).toBe(1);
    expect(run.github.checkRuns.map((r) => r.head_sha)).toEqual([repo.head]);
    expect(run.github.comments.map((c) => c.issue)).toEqual([7]);
    expect(run.outputs.regressive).toBe('true');
  });

  it("workflow_dispatch on a PR's branch: reports on that PR", async () => {
    const repo = createFixtureRepo(base, drop);
    const payload = webhookPayload('workflow-dispatch', { ref: 'refs/heads/feature', inputs: {} });
    const pulls = [{ number: 9, head: { sha: repo.head, ref: 'feature', repo: { full_name: 'acme/monorepo' } }, base: { sha: repo.base, ref: 'main', repo: { full_name: 'acme/monorepo' } } }];
    const run = await runDist({
      action: 'migration-score',
      repo,
      event: { name: 'workflow_dispatch', payload },
      env: { GITHUB_REF: 'refs/heads/feature', GITHUB_REF_NAME: 'feature' },
      githubOptions: { pulls },
    });
    expect(run.github.comments.map((c) => c.issue)).toEqual([9]);
    expect(run.github.checkRuns.map((r) => r.head_sha)).toEqual([repo.head]);
  });
});

describe('GitHub Enterprise Server', () => {
  it('sends every request under GITHUB_API_URL with its /api/v3 prefix', async () => {
    await withFake({}, async (github) => {
      const run = await runDist({ action: 'migration-score', repo: createFixtureRepo(base, drop), pr: { number: 3 }, github, env: { GITHUB_API_URL: `${github.url}/api/v3` } });
      expect(run.apiCalls.length).toBeGreaterThan(0);
      expect(run.apiCalls.every((c) => c.rawPath.startsWith('/api/v3/repos/acme/monorepo/'))).toBe(true);
      expect(github.checkRuns).toHaveLength(1);
    });
  });
});

describe('loading Octokit', () => {
  // Which of the bundle's chunk files a run requires, recorded by a --require hook on Node's module loader.
  const traced = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bickford-trace-'));
    const log = path.join(dir, 'loaded.txt');
    const hook = path.join(dir, 'hook.cjs');
    fs.writeFileSync(log, '');
    fs.writeFileSync(hook, `const M = require('module'); const fs = require('fs'); const load = M._load;\nM._load = function (request, ...rest) { if (/\\.index\\.js$/.test(request)) fs.appendFileSync(${JSON.stringify(log)}, request + '\\n'); return load.call(this, request, ...rest); };\n`);
    return { env: { NODE_OPTIONS: `--require ${hook}` }, loaded: () => fs.readFileSync(log, 'utf8').split('\n').filter(Boolean).map((f) => path.basename(f)) };
  };
  const distDir = path.join(__dirname, '..', '..', 'actions', 'migration-score', 'dist');
  // Octokit's own option name (plugin-throttling and shared/github/octokit.ts), in no other code.
  const octokitChunks = () => fs.readdirSync(distDir).filter((f) => /^\d+\.index\.js$/.test(f) && fs.readFileSync(path.join(distDir, f), 'utf8').includes('onSecondaryRateLimit'));

  it('is in chunks of their own that a run without a token never loads, and a run that writes does', async () => {
    const chunks = octokitChunks();
    expect(chunks.length).toBeGreaterThan(0);
    expect(fs.readFileSync(path.join(distDir, 'index.js'), 'utf8').includes('onSecondaryRateLimit')).toBe(false);
    const quiet = traced();
    const none = await runDist({ action: 'migration-score', repo: createFixtureRepo(base, drop), pr: { number: 3 }, inputs: { 'github-token': '' }, env: quiet.env });
    expect(none.exitCode).toBe(1);
    expect(none.apiCalls).toEqual([]);
    expect(quiet.loaded().filter((f) => chunks.includes(f))).toEqual([]);

    const writing = traced();
    const run = await runDist({ action: 'migration-score', repo: createFixtureRepo(base, drop), pr: { number: 3 }, inputs: noComment, env: writing.env });
    expect(run.github.checkRuns).toHaveLength(1);
    expect(writing.loaded().filter((f) => chunks.includes(f)).sort()).toEqual([...chunks].sort());
  });

  it("and neither does the HTTP stack: a run that posts nothing loads no undici, http, https or tls (workflow commands need no @actions/core index)", async () => {
    // Node's own list of the built-in modules a process loaded, written at its exit.
    const builtins = () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bickford-builtins-'));
      const log = path.join(dir, 'builtins.txt');
      const hook = path.join(dir, 'hook.cjs');
      fs.writeFileSync(hook, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(log)}, process.moduleLoadList.join('\\n')));\n`);
      return { env: { NODE_OPTIONS: `--require ${hook}` }, loaded: () => fs.readFileSync(log, 'utf8').split('\n').filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice('NativeModule '.length)) };
    };
    const http = ['http', 'https', 'tls'];
    const quiet = builtins();
    const none = await runDist({ action: 'migration-score', repo: createFixtureRepo(base, drop), pr: { number: 3 }, inputs: { 'github-token': '' }, env: quiet.env });
    expect(none.exitCode).toBe(1);
    expect(none.stdout).toContain('::error');
    expect(quiet.loaded()).toContain('fs');
    expect(quiet.loaded().filter((m) => http.includes(m))).toEqual([]);
    // undici is bundled: its chunk is the one with its ProxyAgent, and it is not read either.
    const undiciChunks = fs.readdirSync(distDir).filter((f) => /^\d+\.index\.js$/.test(f) && fs.readFileSync(path.join(distDir, f), 'utf8').includes('class ProxyAgent'));
    expect(undiciChunks.length).toBeGreaterThan(0);
    expect(fs.readFileSync(path.join(distDir, 'index.js'), 'utf8').includes('class ProxyAgent')).toBe(false);

    const writing = builtins();
    const run = await runDist({ action: 'migration-score', repo: createFixtureRepo(base, drop), pr: { number: 3 }, inputs: noComment, env: writing.env });
    expect(run.github.checkRuns).toHaveLength(1);
    expect(writing.loaded()).toEqual(expect.arrayContaining(['http', 'https']));
  });
});

describe('the fake itself', () => {
  it("records a request GitHub's description refuses", async () => {
    await withFake({}, async (github) => {
      await fetch(`${github.url}/repos/acme/monorepo/check-runs`, { method: 'POST', headers: { authorization: 'token x' }, body: JSON.stringify({ name: 'x', head_sha: 'a', conclusion: 'bogus' }) });
      await fetch(`${github.url}/repos/acme/monorepo/issues/1/comments?per_page=500`, { headers: { authorization: 'token x' } });
      expect(github.violations.join('\n')).toMatch(/conclusion must be equal to one of the allowed values[\s\S]*per_page=500 is over/);
    });
  });

  it('refuses a comment body over 262,144 bytes as GitHub does, and takes one at the limit', async () => {
    await withFake({}, async (github) => {
      const post = (body: string) => fetch(`${github.url}/repos/acme/monorepo/issues/1/comments`, { method: 'POST', headers: { authorization: 'token x' }, body: JSON.stringify({ body }) });
      expect((await post('🚨'.repeat(COMMENT_MAX_BYTES / 4))).status).toBe(201);
      const refused = await post(`${'🚨'.repeat(COMMENT_MAX_BYTES / 4)}x`);
      expect(refused.status).toBe(422);
      expect(JSON.stringify(await refused.json())).toMatch(/Body is too long \(maximum is 65536 characters\)/);
      expect(github.comments).toHaveLength(1);
    });
  });
});
