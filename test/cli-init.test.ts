/**
 * `bickford init` (issue 17): on the bundled example monorepo and on umami's Prisma project (test/fixtures/umami,
 * MIT, see its SOURCE.md), it writes .bickford.yml, the baseline and the workflow; running it twice changes nothing;
 * the workflow's guard steps, run from the dists as the runner would on a pull request, are green on day one and
 * red on the first new problem.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';
import { loadConfig } from '@shared/config/load-config';
import { NodeRepoFs } from '@shared/io/repo-fs';
import { treeFromDir, writeTree, type FileTree, type FixtureRepo } from './harness/fixture-repo';
import { runCli } from './harness/run-cli';
import { REPO_ROOT, runDist } from './harness/run-dist';

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  'working-directory'?: string;
}

const env = { GIT_AUTHOR_NAME: 'f', GIT_AUTHOR_EMAIL: 'f@example.com', GIT_COMMITTER_NAME: 'f', GIT_COMMITTER_EMAIL: 'f@example.com' };
const git = (dir: string, args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env } }).trim();

const made: string[] = [];
afterAll(() => {
  for (const d of made) fs.rmSync(d, { recursive: true, force: true });
});

function repoOf(tree: FileTree): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bickford-init-'));
  made.push(dir);
  git(dir, ['init', '-q', '-b', 'main']);
  writeTree(dir, tree);
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '-m', 'before bickford']);
  return dir;
}

/** Mirrors as the release leaves them (docs/distribution.md): one bare repository per action with a v1 tag. */
function mirrors(names: string[]): { base: string; shas: Record<string, string> } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bickford-mirrors-'));
  made.push(dir);
  const shas: Record<string, string> = {};
  for (const name of names) {
    const work = path.join(dir, `${name}-work`);
    fs.mkdirSync(work);
    git(work, ['init', '-q', '-b', 'main']);
    fs.writeFileSync(path.join(work, 'action.yml'), `name: ${name}\n`);
    git(work, ['add', '-A']);
    git(work, ['commit', '-q', '-m', 'v1.0.0']);
    git(work, ['tag', '-a', 'v1', '-m', 'v1']);
    shas[name] = git(work, ['rev-parse', 'HEAD']);
    git(dir, ['clone', '-q', '--bare', work, `${name}.git`]);
  }
  return { base: path.join(dir, '{name}.git'), shas };
}

const read = (dir: string, rel: string) => fs.readFileSync(path.join(dir, rel), 'utf8');
const guardSteps = (workflow: string): Step[] => (parse(workflow).jobs.guards.steps as Step[]).filter((s) => s.uses?.startsWith('bickford/'));

/** The workflow's guard steps on a pull request from `repo.base` to `repo.head`, from the dists, in order. */
async function runWorkflow(workflow: string, repo: FixtureRepo) {
  const results: { guard: string; exitCode: number | null; errors: string[] }[] = [];
  const runnerTemp = fs.mkdtempSync(path.join(os.tmpdir(), 'bickford-init-temp-'));
  for (const step of guardSteps(workflow)) {
    const action = step.uses!.replace(/^bickford\//, '').replace(/@.*$/, '');
    const inputs = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, String(v)]));
    const run = await runDist({ action, repo, pr: { number: 7 }, inputs: { ...inputs, comment: 'false', 'check-run': 'false' }, env: { RUNNER_TEMP: runnerTemp } });
    const errors = run.commands.filter((c) => c.command === 'error').map((c) => `${c.properties.file ?? ''}:${c.properties.line ?? ''} ${c.message.split('\n')[0]}`);
    results.push({ guard: action, exitCode: run.exitCode, errors });
    // Each run copies the action's dist (prisma-guard's is 43 MB): free it before the next.
    fs.rmSync(run.tempDir, { recursive: true, force: true });
  }
  fs.rmSync(runnerTemp, { recursive: true, force: true });
  return results;
}

/** A pull request on top of the initialised repository: `changes` committed as its head. */
function pullRequest(dir: string, changes: FileTree): FixtureRepo {
  const base = git(dir, ['rev-parse', 'HEAD']);
  writeTree(dir, changes);
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '--allow-empty', '-m', 'a pull request']);
  return { dir, base, head: git(dir, ['rev-parse', 'HEAD']) };
}

const GUARDS = ['prisma-guard', 'migration-score', 'edge-guard', 'env-guard'];

describe('bickford init on the example monorepo', () => {
  const dir = repoOf(treeFromDir(path.join(REPO_ROOT, 'examples')));
  const mirror = mirrors(GUARDS);
  let first: Awaited<ReturnType<typeof runCli>>;

  beforeAll(async () => {
    first = await runCli(['init', '.'], dir, { BICKFORD_MIRROR_BASE: mirror.base });
  }, 900_000);

  it('finds the schema, migrations, turbo.json, edge entries and npm, and says what it wrote and what to review', () => {
    expect(first.stderr).not.toMatch(/^error:/m);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Prisma schema packages/db/prisma/schema.prisma: 3 migration(s) in packages/db/prisma/migrations, client committed');
    expect(first.stdout).toContain('Turborepo: turbo.json');
    expect(first.stdout).toMatch(/Edge entries: \d+ \(.*apps\/web\/src\/middleware\.ts/);
    expect(first.stdout).toContain('Package manager: npm (no lockfile)');
    expect(first.stdout).toContain('Wrote .bickford.yml.');
    expect(first.stdout).toContain('Wrote .github/workflows/bickford.yml (prisma-guard, migration-score, edge-guard, env-guard).');
    expect(first.stdout).toMatch(/Review:\n {2}- \.bickford\/baseline\.json accepts the \d+ finding\(s\) that exist today/);
  });

  it('writes a .bickford.yml the guards accept, naming the schema it found', () => {
    const config = loadConfig(new NodeRepoFs(dir), undefined);
    expect(config.errors).toEqual([]);
    expect(config.sections['prisma-guard']).toEqual({ schemas: ['packages/db/prisma/schema.prisma'] });
  });

  it('writes a workflow with the guards pinned by the SHA of their v1 tag, least permissions, full history and the install', () => {
    const wf = parse(read(dir, '.github/workflows/bickford.yml'));
    expect(wf.permissions).toEqual({});
    expect(wf.jobs.guards.permissions).toEqual({ contents: 'read', 'pull-requests': 'write', checks: 'write' });
    const steps = wf.jobs.guards.steps as Step[];
    expect(steps[0].with).toMatchObject({ 'fetch-depth': 0, 'persist-credentials': false });
    expect(steps.map((s) => s.run).filter(Boolean)).toEqual(['npm install']);
    expect(guardSteps(read(dir, '.github/workflows/bickford.yml')).map((s) => s.uses)).toEqual(GUARDS.map((g) => `bickford/${g}@${mirror.shas[g]}`));
    expect(read(dir, '.github/workflows/bickford.yml')).toContain(`uses: bickford/edge-guard@${mirror.shas['edge-guard']} # v1`);
  });

  it('changes nothing when run twice', async () => {
    const files = ['.bickford.yml', '.bickford/baseline.json', '.github/workflows/bickford.yml'];
    const before = files.map((f) => read(dir, f));
    const again = await runCli(['init', '.'], dir, { BICKFORD_MIRROR_BASE: mirror.base });
    expect(again.code).toBe(0);
    expect(files.map((f) => read(dir, f))).toEqual(before);
    expect(again.stdout).toContain('.bickford.yml is up to date.');
    expect(again.stdout).toContain('.github/workflows/bickford.yml is up to date');
  }, 900_000);

  it("runs the workflow's guard steps from the dists: green on day one, red on the first new problem", async () => {
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '-m', 'bickford init']);
    const workflow = read(dir, '.github/workflows/bickford.yml');
    const green = await runWorkflow(workflow, pullRequest(dir, { 'apps/web/README.md': 'A change that adds no problem.\n' }));
    expect(green).toEqual(GUARDS.map((guard) => ({ guard, exitCode: 0, errors: [] })));
    const drop = 'packages/db/prisma/migrations/20250401000000_drop_posts_title/migration.sql';
    const red = await runWorkflow(workflow, pullRequest(dir, { [drop]: 'ALTER TABLE "Post" DROP COLUMN "title";\n' }));
    expect(red.find((r) => r.guard === 'migration-score')).toEqual({ guard: 'migration-score', exitCode: 1, errors: expect.arrayContaining([expect.stringMatching(new RegExp(`^${drop}:1 .*`))]) });
  }, 900_000);
});

describe('bickford init on a fetched public monorepo (umami)', () => {
  const umami = treeFromDir(path.join(REPO_ROOT, 'test/fixtures/umami'), 'db');
  const tree: FileTree = {
    ...umami,
    'package.json': JSON.stringify({ name: 'umami-cut', private: true, workspaces: ['db'] }, null, 2),
    'package-lock.json': JSON.stringify({ name: 'umami-cut', lockfileVersion: 3, requires: true, packages: {} }, null, 2),
  };
  const dir = repoOf(tree);
  let first: Awaited<ReturnType<typeof runCli>>;

  beforeAll(async () => {
    // The mirrors do not answer: init falls back to the v1 tag and says how to pin.
    first = await runCli(['init', '.'], dir, { BICKFORD_MIRROR_BASE: path.join(dir, 'no-such-mirror', '{name}.git') });
  }, 900_000);

  it('finds the schema and its migrations, sees the client is not committed, and generates it in the workflow', () => {
    expect(first.stderr).not.toMatch(/^error:/m);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Prisma schema db\/prisma\/schema\.prisma: \d+ migration\(s\) in db\/prisma\/migrations, client generated in CI/);
    expect(first.stdout).toContain('No turbo.json: env-guard has nothing to check.');
    expect(first.stdout).toContain('The guards use the @v1 tag: the release mirrors did not answer');
    const steps = parse(read(dir, '.github/workflows/bickford.yml')).jobs.guards.steps as Step[];
    expect(steps.filter((s) => s.run).map((s) => [s.run, s['working-directory']])).toEqual([
      ['npm ci', undefined],
      ['npx prisma generate', 'db'],
    ]);
    expect(read(dir, '.github/workflows/bickford.yml')).toMatch(/uses: bickford\/migration-score@v1 # pin by SHA: git ls-remote/);
  });

  it('changes nothing when run twice', async () => {
    const files = ['.bickford.yml', '.github/workflows/bickford.yml'];
    const before = files.map((f) => read(dir, f));
    const baseline = fs.existsSync(path.join(dir, '.bickford/baseline.json')) ? read(dir, '.bickford/baseline.json') : undefined;
    const again = await runCli(['init', '.'], dir, { BICKFORD_MIRROR_BASE: path.join(dir, 'no-such-mirror', '{name}.git') });
    expect(again.code).toBe(0);
    expect(files.map((f) => read(dir, f))).toEqual(before);
    expect(fs.existsSync(path.join(dir, '.bickford/baseline.json')) ? read(dir, '.bickford/baseline.json') : undefined).toEqual(baseline);
  }, 900_000);

  it("runs the workflow's guard steps from the dists: green on day one, red on the first new problem", async () => {
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '-m', 'bickford init']);
    const workflow = read(dir, '.github/workflows/bickford.yml');
    const green = await runWorkflow(workflow, pullRequest(dir, { 'README.md': 'umami, cut to its database.\n' }));
    expect(green.map((r) => [r.guard, r.exitCode, r.errors])).toEqual(GUARDS.map((g) => [g, 0, []]));
    const drop = 'db/prisma/migrations/99_drop_website_domain/migration.sql';
    const red = await runWorkflow(workflow, pullRequest(dir, { [drop]: 'ALTER TABLE "website" DROP COLUMN "domain";\n' }));
    expect(red.find((r) => r.guard === 'migration-score')).toMatchObject({ exitCode: 1, errors: expect.arrayContaining([expect.stringMatching(new RegExp(`^${drop}:1 `))]) });
  }, 900_000);
});
