import { LOCAL_POLICIES } from '@shared/action/guard';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { EngineContext } from '@shared/action/guard';
import { checkoutBase } from '@shared/baseline/base-tree';
import { NOT_BASELINED } from '@shared/baseline/baseline-file';
import { MapRunMemo, type RunMemo } from '@shared/baseline/run-memo';
import { InputReader, MapInputSource } from '@shared/config/input-reader';
import type { Finding } from '@shared/findings/finding';
import type { GuardName, GuardResult } from '@shared/findings/result';
import { CliGitReader } from '@shared/io/git';
import { NodeRepoFs } from '@shared/io/repo-fs';
import { MemoryLogger } from '@shared/logger';
import { GUARDS } from '../../cli/src/guards';
import { createFixtureRepo, treeFromDir } from '../harness/fixture-repo';
import { EXAMPLES } from './in-process';
import { NEW_PROBLEMS } from './problems';

/**
 * New-code mode's shortcuts at the base (issue 17's benchmark) must not change what the base says: the base run
 * that reuses the head run's per-file work (the memo) and skips checks no head finding is looked up in
 * (`onlyRules`) reports, for every looked-up rule, exactly the findings of a full base run without either.
 */
const examples = treeFromDir(EXAMPLES);

// Edits at the head beside each guard's new problem: files with findings at the base that change at the head, so
// the memo must tell the two contents apart (a stale hit would carry the head's findings to the base).
const appended = (file: string, text: string) => ({ [file]: `${fs.readFileSync(path.join(EXAMPLES, file), 'utf8')}${text}` });
const EDITS: Record<string, Record<string, string>> = {
  'edge-guard': appended('apps/web/src/lib/users.ts', "\nexport { db as database } from '@acme/db';\n"),
  'env-guard': appended('packages/config/src/index.ts', '\nexport const region = process.env.CONFIG_REGION;\n'),
  'prisma-guard': {},
  'migration-score': {},
};

async function run(guard: GuardName, inputs: Record<string, string>, root: string, extra: { memo?: RunMemo; onlyRules?: ReadonlySet<string> }): Promise<GuardResult> {
  const definition = GUARDS[guard] as (typeof GUARDS)['edge-guard'];
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bickford-memo-work-'));
  const ctx: EngineContext = {
    fs: new NodeRepoFs(root),
    git: new CliGitReader(root),
    logger: new MemoryLogger(),
    labels: [],
    env: process.env,
    workDir,
    policies: LOCAL_POLICIES,
    run: {},
    ...extra,
  };
  try {
    return await definition.run(definition.readInputs(new InputReader([new MapInputSource('flag', inputs)])) as never, ctx);
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

/** What a base run answers: each finding's fingerprint, rule, place and message (timings left out). */
const answers = (findings: readonly Finding[], rules?: ReadonlySet<string>) =>
  findings
    .filter((f) => !rules || rules.has(f.ruleId))
    .map((f) => `${f.fingerprint} ${f.ruleId} ${f.location?.file}:${f.location?.line}:${f.location?.column} ${f.severity} ${f.message}`)
    .sort();

describe.each(NEW_PROBLEMS)('the base run of $guard with the head run\'s memo', ({ guard, inputs, problem }) => {
  // prisma-guard runs its drift check here, the check onlyRules lets the base skip.
  const given = guard === 'prisma-guard' ? { ...inputs, drift: 'check' } : { ...inputs };

  it('finds exactly what a full base run finds, for every rule looked up there', async () => {
    const repo = createFixtureRepo(examples, { ...problem, ...EDITS[guard] });
    const tree = checkoutBase(repo.dir, '', repo.base, fs.mkdtempSync(path.join(os.tmpdir(), 'bickford-memo-base-')));
    if (typeof tree === 'string') throw new Error(tree);
    try {
      const memo = new MapRunMemo();
      const head = await run(guard, given, repo.dir, { memo });
      // What adoptFindings looks up at the base: the head's rules, but those never counted as existing.
      const onlyRules = new Set(head.findings.map((f) => f.ruleId).filter((r) => !NOT_BASELINED.has(r)));
      const full = await run(guard, given, tree.root, {});
      const misses = memo.misses;
      const withMemo = await run(guard, given, tree.root, { memo });
      const shortcut = await run(guard, given, tree.root, { memo, onlyRules });

      expect(answers(withMemo.findings)).toEqual(answers(full.findings));
      expect(answers(shortcut.findings, onlyRules)).toEqual(answers(full.findings, onlyRules));
      if (guard === 'edge-guard' || guard === 'env-guard') {
        // The memo was used, and the files edited at the head were analysed again at the base.
        expect(memo.hits).toBeGreaterThan(0);
        expect(memo.misses).toBeGreaterThan(misses);
      }
      // The fixture's debt is there at the base, so the comparison is about something.
      expect(answers(full.findings, onlyRules).length).toBeGreaterThan(0);
    } finally {
      tree.dispose();
    }
  });
});

describe('prisma-guard at the base with onlyRules', () => {
  // The drift check itself runs only from the dist (its schema engine is an ES module jest on Node 20 cannot load):
  // new-code.dist.test.ts has the base run that must check drift. Here, the one that must not.
  it('skips the drift check when no drift finding of the head is looked up, and finds the same for the rest', async () => {
    const repo = createFixtureRepo(examples, {});
    const inputs = { drift: 'check' };
    const full = await run('prisma-guard', inputs, repo.dir, {});
    const projects = (r: GuardResult) => (r.data as { projects: { drift: string }[] }).projects.map((p) => p.drift);
    expect(projects(full)).not.toContain('not needed at the base');
    const rules = new Set(['prisma-schema-unformatted']);
    const skipped = await run('prisma-guard', inputs, repo.dir, { onlyRules: rules });
    expect(projects(skipped)).toEqual(['not needed at the base']);
    expect(skipped.findings.map((f) => f.ruleId).filter((r) => /drift/.test(r))).toEqual([]);
    expect(answers(skipped.findings, rules)).toEqual(answers(full.findings, rules));
    expect(answers(full.findings, rules).length).toBeGreaterThan(0);
  });
});
