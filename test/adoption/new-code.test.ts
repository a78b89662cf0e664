import * as fs from 'node:fs';
import * as path from 'node:path';
import { readBaselineFile } from '@shared/baseline/baseline-file';
import { NodeRepoFs } from '@shared/io/repo-fs';
import { MemoryLogger } from '@shared/logger';
import { writeBaseline } from '../../cli/src/baseline';
import { createFixtureRepo, treeFromDir, writeTree } from '../harness/fixture-repo';
import { EXAMPLES, active, runInProcess, where } from './in-process';
import { NEW_PROBLEMS } from './problems';

/**
 * Issue 17's promise, per guard, in the CLI's code path: a repository with debt is green once its debt is recorded
 * (the baseline file) or judged against its base (new-code mode), and red on the first new problem, which is the
 * only finding that counts.
 */
const examples = treeFromDir(EXAMPLES);

/** The guard's inputs in .bickford.yml, where `bickford baseline` and every run read them alike. */
const configFor = (guard: string, inputs: Record<string, string> = {}) => ({
  '.bickford.yml': `${guard}:\n${Object.entries(inputs).map(([k, v]) => `  ${k}: ${JSON.stringify(v)}\n`).join('')}`,
});

describe.each(NEW_PROBLEMS)('$guard', ({ guard, inputs, problem, rules, touch }) => {
  it('is green after `bickford baseline`, with the existing findings listed as suppressed, and red on one new problem', async () => {
    const repo = createFixtureRepo({ ...examples, ...configFor(guard, inputs) }, {});
    const before = await runInProcess(guard, repo.dir);
    expect(before.code).toBe(1);
    const debt = active(before.report.findings);
    expect(debt.length).toBeGreaterThan(0);

    const written = await writeBaseline({ root: repo.dir, guards: [guard], logger: new MemoryLogger() });
    expect(written.perGuard[guard]).toBe(new Set(debt.map((f) => f.fingerprint)).size);
    const green = await runInProcess(guard, repo.dir);
    expect(green.code).toBe(0);
    // Never dropped: every finding of the first run is still in the report, accepted by the baseline.
    expect(green.report.findings.filter((f) => f.suppressed?.kind === 'baseline').map(where).sort()).toEqual(debt.map(where).sort());
    expect(active(green.report.findings).filter((f) => f.severity !== 'notice')).toEqual([]);

    writeTree(repo.dir, problem);
    const red = await runInProcess(guard, repo.dir);
    expect(red.code).toBe(1);
    expect(active(red.report.findings).map((f) => f.ruleId).sort()).toEqual(rules);
  });

  it('counts only the new problem against --base: what the base has is listed as existing and does not fail', async () => {
    const repo = createFixtureRepo({ ...examples, ...configFor(guard, inputs) }, { ...problem, ...touchOf(touch) });
    const run = await runInProcess(guard, repo.dir, { base: repo.base });
    expect(run.code).toBe(1);
    expect(active(run.report.findings).map((f) => f.ruleId).sort()).toEqual(rules);
    const existing = run.report.findings.filter((f) => f.suppressed?.kind === 'existing');
    expect(existing.length).toBeGreaterThan(0);
    const section = run.report.sections.find((s) => s.title === 'New code and baseline');
    expect(section && 'lines' in section ? section.lines.join('\n') : '').toMatch(new RegExp(`ran at the base ${repo.base.slice(0, 7)}; ${existing.length} finding`));
    // The base tree was a worktree beside the clone, and is gone.
    const worktrees = path.join(repo.dir, '.git', 'worktrees');
    expect(fs.existsSync(worktrees) ? fs.readdirSync(worktrees) : []).toEqual([]);

    // Without the new problem, the same PR is green.
    const clean = createFixtureRepo({ ...examples, ...configFor(guard, inputs) }, touchOf(touch));
    expect((await runInProcess(guard, clean.dir, { base: clean.base })).code).toBe(0);
    // The base tree checked out during the head's run is removed when the base run does not need it, too.
    const cleanTrees = path.join(clean.dir, '.git', 'worktrees');
    expect(fs.existsSync(cleanTrees) ? fs.readdirSync(cleanTrees) : []).toEqual([]);

    // fail-on-existing makes the base's findings count again.
    const strict = await runInProcess(guard, repo.dir, { base: repo.base, inputs: { 'fail-on-existing': 'true' } });
    expect(active(strict.report.findings).length).toBe(existing.length + rules.length);
  });
});

/** A touch either edits a file (appending a comment) or, with null, appends to an existing one. */
function touchOf(touch: Record<string, string | Buffer | null>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [file, content] of Object.entries(touch)) {
    out[file] = content === null ? `${fs.readFileSync(path.join(EXAMPLES, file), 'utf8')}\n// touched by the pull request\n` : String(content);
  }
  return out;
}

describe('bickford baseline', () => {
  it('keeps the reasons written in the file, changes nothing when run twice, and reports entries that match nothing', async () => {
    const repo = createFixtureRepo(examples, {});
    const logger = new MemoryLogger();
    await writeBaseline({ root: repo.dir, logger });
    const file = path.join(repo.dir, '.bickford', 'baseline.json');
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(new Set(parsed.entries.map((e: { guard: string }) => e.guard))).toEqual(new Set(['prisma-guard', 'migration-score', 'edge-guard', 'env-guard']));
    parsed.entries[0].reason = 'known since v1; ticket 42';
    fs.writeFileSync(file, `${JSON.stringify(parsed, null, 2)}\n`);
    const withReason = fs.readFileSync(file, 'utf8');
    await writeBaseline({ root: repo.dir, logger });
    expect(fs.readFileSync(file, 'utf8')).toBe(withReason);

    // The reason is what the report shows for the accepted finding.
    const first = parsed.entries[0];
    const run = await runInProcess(first.guard, repo.dir);
    expect(run.report.findings.find((f) => f.fingerprint === first.fingerprint)?.suppressed?.reason).toMatch(/^known since v1; ticket 42/);

    // Fix env-guard's debt: its entry no longer matches, and a notice says so at the entry's line.
    const env = readBaselineFile(new NodeRepoFs(repo.dir))!.entries.filter((e) => e.guard === 'env-guard' && e.file === 'packages/config/src/index.ts');
    expect(env.length).toBeGreaterThan(0);
    writeTree(repo.dir, { 'turbo.json': fs.readFileSync(path.join(repo.dir, 'turbo.json'), 'utf8').replace('"globalEnv": ["NODE_ENV", "LOG_LEVEL"]', '"globalEnv": ["NODE_ENV", "LOG_LEVEL", "FEATURE_FLAGS"]') });
    const fixed = await runInProcess('env-guard', repo.dir);
    const stale = fixed.report.findings.filter((f) => f.ruleId === 'baseline-entry-stale');
    expect(stale.map((f) => f.location)).toEqual(env.map((e) => ({ file: '.bickford/baseline.json', line: e.line, column: 1 })));
    expect(stale.every((f) => f.severity === 'notice')).toBe(true);
    expect(fixed.code).toBe(0);
    // Rewriting shrinks the file.
    const after = await writeBaseline({ root: repo.dir, guards: ['env-guard'], logger });
    expect(after.entries).toBe(parsed.entries.length - env.length);
  });

  it('refuses a baseline file that is not one, at its line', async () => {
    const repo = createFixtureRepo(examples, { '.bickford/baseline.json': '{"version": 1, "entries": [\n  {"guard": "env-guard", "rule": "x"}\n]}\n' });
    await expect(runInProcess('env-guard', repo.dir)).rejects.toMatchObject({ name: 'ConfigurationError', message: expect.stringMatching(/entry 1 has no "fingerprint"/) });
  });
});

describe('the run at the base', () => {
  it('is skipped when every finding that counts is about a file the change adds (none can exist at the base)', async () => {
    const { problem } = NEW_PROBLEMS.find((p) => p.guard === 'migration-score')!;
    // Without `all`, migration-score scores only the migrations the change adds: nothing to look for at the base.
    const repo = createFixtureRepo(examples, problem);
    const run = await runInProcess('migration-score', repo.dir, { base: repo.base });
    expect(run.code).toBe(1);
    const counting = active(run.report.findings);
    expect(counting.map((f) => f.ruleId)).toContain('ban-drop-column');
    expect(new Set(counting.map((f) => f.location?.file))).toEqual(new Set(Object.keys(problem)));
    const section = run.report.sections.find((s) => s.title === 'New code and baseline');
    expect(section && 'lines' in section ? section.lines : []).toEqual([`New code: every finding that counts is about a file added since the base ${repo.base.slice(0, 7)}, so none can exist there; the base was not checked.`]);
  });
});
