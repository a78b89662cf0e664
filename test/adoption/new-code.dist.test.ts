import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createFixtureRepo, shallowClone, treeFromDir, writeTree, type FixtureRepo } from '../harness/fixture-repo';
import { runCli } from '../harness/run-cli';
import { runDist, type DistRun } from '../harness/run-dist';
import { webhookPayload } from '../harness/webhooks';
import { EXAMPLES } from './in-process';
import { NEW_PROBLEMS } from './problems';

/**
 * Issue 17 through the bundles, as a user meets it: the action's dist on the runner's default one-commit checkout
 * (the change-set resolver fetches the base, the guard runs again there), and `bickford baseline` from the CLI
 * bundle followed by the action.
 */
type Finding = { ruleId: string; suppressed?: { kind: string; reason: string } };
const examples = treeFromDir(EXAMPLES);
const configFor = (guard: string, inputs: Record<string, string> = {}) => ({
  '.bickford.yml': `${guard}:\n${Object.entries(inputs).map(([k, v]) => `  ${k}: ${JSON.stringify(v)}\n`).join('')}`,
});

function report(run: DistRun, action: string): Finding[] {
  const file = path.join(run.tempDir, 'runner-temp', `bickford-${action}.json`);
  if (!fs.existsSync(file)) throw new Error(`no JSON report; stdout:\n${run.stdout}\nstderr:\n${run.stderr}`);
  return JSON.parse(fs.readFileSync(file, 'utf8')).findings;
}
/** The step summary as read, without Markdown's escapes. */
const summaryOf = (run: DistRun) => run.summary.replace(/\\(.)/g, '$1');
const activeRules = (findings: Finding[]) => findings.filter((f) => !f.suppressed).map((f) => f.ruleId).sort();

function commitAll(dir: string, message: string): string {
  const env = { ...process.env, GIT_AUTHOR_NAME: 'f', GIT_AUTHOR_EMAIL: 'f@example.com', GIT_COMMITTER_NAME: 'f', GIT_COMMITTER_EMAIL: 'f@example.com' };
  execFileSync('git', ['add', '-A'], { cwd: dir, env });
  execFileSync('git', ['commit', '-q', '--allow-empty', '-m', message], { cwd: dir, env });
  return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim();
}

function touchOf(touch: Record<string, string | Buffer | null>): Record<string, string> {
  return Object.fromEntries(Object.entries(touch).map(([file, c]) => [file, c === null ? `${fs.readFileSync(path.join(EXAMPLES, file), 'utf8')}\n// touched\n` : String(c)]));
}

const API_ROUTES = /\/(pulls\/\d+\/files|compare\/|contents\/)/;
// A run that is not a pull request (a manual dispatch), its payload from GitHub's webhook description.
const NO_PR = { name: 'workflow_dispatch', payload: webhookPayload('workflow-dispatch') };

describe.each(NEW_PROBLEMS)('$guard from its dist', ({ guard, inputs, problem, rules, touch }) => {
  let full: FixtureRepo;
  beforeAll(() => {
    full = createFixtureRepo({ ...examples, ...configFor(guard, inputs) }, { ...problem, ...touchOf(touch) });
  });

  it('on a pull request from a one-commit checkout: the base is fetched, the guard runs there, and only the new problem fails', async () => {
    const shallow = shallowClone(full);
    const r = await runDist({ action: guard, repo: shallow, pr: { number: 7 }, githubOptions: { repoDir: full.dir }, inputs: { comment: 'false' } });
    const findings = report(r, guard);
    expect(r.exitCode).toBe(1);
    expect(activeRules(findings)).toEqual(rules);
    const existing = findings.filter((f) => f.suppressed?.kind === 'existing');
    expect(existing.length).toBeGreaterThan(0);
    expect(existing.every((f) => f.suppressed!.reason === `also found at the base ${full.base.slice(0, 7)}`)).toBe(true);
    expect(summaryOf(r)).toContain(`the guard also ran at the base ${full.base.slice(0, 7)}; ${existing.length} finding(s)`);
  });

  it('after `bickford baseline` (the CLI bundle): green with the debt listed as suppressed, red on one new problem', async () => {
    const repo = createFixtureRepo({ ...examples, ...configFor(guard, inputs) }, {});
    const cli = await runCli(['baseline', guard, '.'], repo.dir);
    expect(cli.stderr + cli.stdout).toMatch(/Wrote \.bickford\/baseline\.json/);
    expect(cli.code).toBe(0);
    const withBaseline = { ...repo, head: commitAll(repo.dir, 'baseline') };
    const green = await runDist({ action: guard, repo: withBaseline, event: NO_PR, inputs: { comment: 'false' } });
    expect(green.exitCode).toBe(0);
    const accepted = report(green, guard).filter((f) => f.suppressed?.kind === 'baseline');
    expect(accepted.length).toBeGreaterThan(0);
    expect(summaryOf(green)).toMatch(/accepted by \.bickford\/baseline\.json/);

    writeTree(repo.dir, problem);
    const red = await runDist({ action: guard, repo: { ...repo, head: commitAll(repo.dir, 'problem') }, event: NO_PR, inputs: { comment: 'false' } });
    expect(red.exitCode).toBe(1);
    expect(activeRules(report(red, guard))).toEqual(rules);
    expect(report(red, guard).filter((f) => f.suppressed?.kind === 'baseline').length).toBe(accepted.length);
  });
});

describe('when the base cannot be had', () => {
  const { guard, inputs, problem, rules } = NEW_PROBLEMS.find((p) => p.guard === 'env-guard')!;

  it('says so, and every finding counts as new (origin unreachable, the API failing)', async () => {
    const full = createFixtureRepo({ ...examples, ...configFor(guard, inputs) }, problem);
    const r = await runDist({
      action: guard,
      repo: shallowClone(full, 'unreachable'),
      pr: { number: 7 },
      githubOptions: { repoDir: full.dir, failing: { pattern: API_ROUTES, times: 'always' } },
      inputs: { comment: 'false' },
    });
    expect(r.exitCode).toBe(1);
    const findings = report(r, guard);
    expect(findings.filter((f) => f.suppressed)).toEqual([]);
    expect(activeRules(findings).length).toBeGreaterThan(rules.length);
    expect(summaryOf(r)).toMatch(/the base could not be checked \(.+\), and there is no \.bickford\/baseline\.json: every finding counts as new/);
  });

  it('uses the baseline file instead when there is one (origin unreachable, only the API)', async () => {
    const base = createFixtureRepo({ ...examples, ...configFor(guard, inputs) }, {});
    expect((await runCli(['baseline', guard, '.'], base.dir)).code).toBe(0);
    const baseSha = commitAll(base.dir, 'baseline');
    writeTree(base.dir, problem);
    const full = { dir: base.dir, base: baseSha, head: commitAll(base.dir, 'problem') };
    const r = await runDist({ action: guard, repo: shallowClone(full, 'unreachable'), pr: { number: 7 }, githubOptions: { repoDir: full.dir }, inputs: { comment: 'false' } });
    expect(r.exitCode).toBe(1);
    expect(activeRules(report(r, guard))).toEqual(rules);
    // Either the base run was needed and could not be had, or (env-guard: the API's change set says the problem's
    // file is new) it was not needed; the debt is accepted by the baseline file in both.
    expect(summaryOf(r)).toMatch(/the base could not be checked \(.+\); \.bickford\/baseline\.json was used instead|accepted by \.bickford\/baseline\.json[\s\S]*none can exist there/);
  });
});
