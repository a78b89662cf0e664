import { execFileSync, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FakeGitHub } from '../harness/fake-github';
import { webhookPayload } from '../harness/webhooks';

const REPO_ROOT = path.resolve(__dirname, '..', '..');

/**
 * A copy of the parts of this repository a release reads, so the test can build and tamper with dists without
 * touching the real tree (other actions' dists are being built there). Only actions/publish is released: its
 * dist is ours to rebuild.
 */
function copyRepo(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bickford-release-root-'));
  for (const rel of ['scripts/build.mjs', 'scripts/release.mjs', 'package.json', 'tsconfig.json', 'LICENSE', 'shared', 'packages', 'test/harness', 'actions/publish']) {
    fs.cpSync(path.join(REPO_ROOT, rel), path.join(root, rel), { recursive: true, filter: (src) => !src.includes(`${path.sep}node_modules`) });
  }
  fs.symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  return root;
}

function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

function release(root: string, mirrors: string, args: string[]) {
  const run = spawnSync(process.execPath, [path.join(root, 'scripts', 'release.mjs'), ...args, '--root', root, '--mirror-base', path.join(mirrors, '{name}.git')], {
    encoding: 'utf8',
    env: { ...process.env, BICKFORD_RELEASE_TOKEN: '' },
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

function tags(mirror: string): Record<string, string> {
  const out = git(mirror, ['for-each-ref', '--format=%(refname:short) %(objectname) %(*objectname)', 'refs/tags']);
  return Object.fromEntries(out.split('\n').filter(Boolean).map((l) => { const [name, sha, peeled] = l.split(' '); return [name, peeled || sha]; }));
}

/** Runs a checked-out mirror's dist/index.js from its own directory, as the runner runs `uses: bickford/publish@v1`. */
async function runReleasedPublish(checkout: string): Promise<{ code: number | null; comments: string[] }> {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'bickford-release-ws-'));
  fs.mkdirSync(path.join(workspace, 'bickford-reports'));
  fs.copyFileSync(path.join(REPO_ROOT, 'shared', 'reporters', '__fixtures__', 'mixed.json.txt'), path.join(workspace, 'bickford-reports', 'r.json'));
  const head = 'd'.repeat(40);
  const event = webhookPayload('workflow-run-completed', { workflow_run: { head_sha: head, event: 'pull_request', pull_requests: [{ number: 21, head: { sha: head }, base: { repo: { url: 'https://api.github.com/repos/acme/monorepo' } } }] } });
  fs.writeFileSync(path.join(workspace, 'event.json'), JSON.stringify(event));
  const github = new FakeGitHub();
  await github.start();
  const child = spawn(process.execPath, [path.join(checkout, 'dist', 'index.js')], {
    cwd: checkout,
    env: {
      PATH: process.env.PATH ?? '',
      GITHUB_WORKSPACE: workspace,
      GITHUB_EVENT_NAME: 'workflow_run',
      GITHUB_EVENT_PATH: path.join(workspace, 'event.json'),
      GITHUB_REPOSITORY: 'acme/monorepo',
      GITHUB_API_URL: github.url,
      'INPUT_GITHUB-TOKEN': 'test-token',
    },
  });
  child.stdout.resume();
  child.stderr.resume();
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  await github.stop();
  return { code, comments: github.comments.map((c) => `${c.issue} ${c.body.split('\n')[0]}`) };
}

describe('scripts/release.mjs', () => {
  const root = copyRepo();
  const mirrors = fs.mkdtempSync(path.join(os.tmpdir(), 'bickford-mirrors-'));
  const mirror = path.join(mirrors, 'publish.git');

  beforeAll(() => {
    git(mirrors, ['init', '-q', '--bare', '-b', 'main', mirror]);
    // The copy's dist is rebuilt from the copy's sources, so the check below compares like with like.
    execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), 'publish'], { cwd: root, stdio: 'ignore' });
  });

  afterAll(() => {
    for (const dir of [root, mirrors]) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('releases a self-contained tree whose v1 runs from its own directory', async () => {
    const run = release(root, mirrors, ['1.2.0']);
    expect(run.output).toContain('actions/publish/dist is current');
    expect(run.status).toBe(0);
    const checkout = fs.mkdtempSync(path.join(os.tmpdir(), 'bickford-checkout-'));
    git(checkout, ['clone', '-q', '--branch', 'v1', mirror, '.']);
    expect(git(checkout, ['ls-files']).split('\n').filter((f) => !f.startsWith('dist/')).sort()).toEqual(['LICENSE', 'README.md', 'action.yml']);
    expect(fs.existsSync(path.join(checkout, '.github'))).toBe(false);
    const ran = await runReleasedPublish(checkout);
    expect(ran).toEqual({ code: 0, comments: ['21 <!-- bickford:edge-guard -->'] });
  });

  it('moves v1 and v1.2 on the next release and leaves v1.2.0 where it was', () => {
    const before = tags(mirror);
    const run = release(root, mirrors, ['1.2.1', '--skip-build']);
    expect(run.status).toBe(0);
    const after = tags(mirror);
    expect(after['v1.2.0']).toBe(before['v1.2.0']);
    expect(after['v1']).toBe(after['v1.2.1']);
    expect(after['v1.2']).toBe(after['v1.2.1']);
    expect(after['v1']).not.toBe(before['v1']);
    expect(git(mirror, ['rev-parse', 'main'])).toBe(after['v1.2.1']);
    expect(git(mirror, ['rev-parse', 'main^'])).toBe(before['v1.2.0']);
  });

  it('refuses to release a version that exists, moving nothing', () => {
    const before = tags(mirror);
    const run = release(root, mirrors, ['1.2.0', '--skip-build']);
    expect(run.status).toBe(1);
    expect(run.output).toMatch(/v1\.2\.0 already exists in the mirror of publish; release tags are never moved/);
    expect(tags(mirror)).toEqual(before);
  });

  it('does not move v1 for a prerelease', () => {
    const before = tags(mirror);
    expect(release(root, mirrors, ['1.3.0-rc.1', '--skip-build']).status).toBe(0);
    const after = tags(mirror);
    expect([after['v1'], after['v1.2'], Boolean(after['v1.3.0-rc.1'])]).toEqual([before['v1'], before['v1.2'], true]);
  });

  it('stops before pushing anything when a committed dist is stale', () => {
    const before = { tags: tags(mirror), main: git(mirror, ['rev-parse', 'main']) };
    fs.appendFileSync(path.join(root, 'actions', 'publish', 'dist', 'index.js'), '\n// edited by hand\n');
    const run = release(root, mirrors, ['1.4.0']);
    expect(run.status).toBe(1);
    expect(run.output).toMatch(/dist is stale[\s\S]*actions\/publish\/dist: index\.js[\s\S]*nothing was pushed/);
    expect({ tags: tags(mirror), main: git(mirror, ['rev-parse', 'main']) }).toEqual(before);
  });

  it('pushes nothing on a dry run, and says what it would push', () => {
    const before = tags(mirror);
    const run = release(root, mirrors, ['1.5.0', '--skip-build', '--dry-run']);
    expect(run.status).toBe(0);
    expect(run.output).toMatch(/\[dry run\] publish: would push \S+:refs\/heads\/main refs\/tags\/v1\.5\.0:refs\/tags\/v1\.5\.0 \+\S+:refs\/tags\/v1 \+\S+:refs\/tags\/v1\.5/);
    expect(tags(mirror)).toEqual(before);
  });

  it('refuses a version that is not semver', () => {
    const run = release(root, mirrors, ['latest', '--skip-build']);
    expect([run.status, /must look like 1\.2\.0/.test(run.output)]).toEqual([1, true]);
  });
});
