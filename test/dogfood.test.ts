/**
 * The collection guarding itself: each step of the dogfood job in .github/workflows/ci.yml, run from its
 * built dist on a clone of this repository, as the runner would on a push to main. A red step here would
 * be a red job on GitHub.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT, runDist } from './harness/run-dist';

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  with?: Record<string, string>;
}

const workflow = parse(fs.readFileSync(path.join(REPO_ROOT, '.github/workflows/ci.yml'), 'utf8'));
const steps: Step[] = workflow.jobs.dogfood.steps.filter((s: Step) => s.uses?.startsWith('./actions/'));

function cloneOfThisRepository() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bickford-self-'));
  execFileSync('git', ['clone', '--quiet', REPO_ROOT, dir]);
  const rev = (ref: string) => execFileSync('git', ['rev-parse', ref], { cwd: dir, encoding: 'utf8' }).trim();
  let base: string;
  try {
    base = rev('HEAD~1');
  } catch {
    base = rev('HEAD');
  }
  return { dir, base, head: rev('HEAD') };
}

describe('the dogfood job of ci.yml', () => {
  const repo = cloneOfThisRepository();

  it('runs every guard on this repository', () => {
    expect(steps.map((s) => s.uses).sort()).toEqual(['./actions/edge-guard', './actions/env-guard', './actions/ledger-record', './actions/ledger-record', './actions/migration-score', './actions/prisma-guard']);
  });

  // One job: its steps share RUNNER_TEMP (the embedded ledger lives there) and read earlier steps' outputs,
  // as `${{ steps.<id>.outputs.<name> }}` does on the runner.
  const runnerTemp = fs.mkdtempSync(path.join(os.tmpdir(), 'bickford-self-temp-'));
  const outputs: Record<string, Record<string, string>> = {};
  const fill = (v: string) => v.replace(/\$\{\{\s*steps\.([\w-]+)\.outputs\.([\w-]+)\s*\}\}/g, (whole, id, name) => outputs[id]?.[name] ?? whole);

  it.each(steps.map((s) => [s.name ?? s.uses!, s] as const))('passes: %s', async (_name, step) => {
    // Other expressions (${{ env... }}, ${{ job.status }}) are the runner's to fill in; the step's literal inputs are what it checks.
    const inputs = Object.fromEntries(
      Object.entries(step.with ?? {})
        .map(([k, v]) => [k, fill(String(v))] as const)
        .filter(([, v]) => !v.includes('${{')),
    );
    const run = await runDist({ action: step.uses!.replace('./actions/', ''), repo, inputs: { ...inputs, comment: 'false', 'check-run': 'false' }, env: { RUNNER_TEMP: runnerTemp } });
    if (step.id) outputs[step.id] = run.outputs;
    const errors = run.commands.filter((c) => c.command === 'error').map((c) => `${c.properties.file ?? ''}:${c.properties.line ?? ''} ${c.message.split('\n')[0]}`);
    expect({ exitCode: run.exitCode, errors }).toEqual({ exitCode: 0, errors: step.with?.['fail-on'] === 'never' ? expect.any(Array) : [] });
  });

  it('verifies the chain against the head the build step returned', () => {
    expect(outputs['ledger-build']?.['head-hash']).toMatch(/^[0-9a-f]{64}$/);
  });
});
