import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { GuardDefinition } from '@shared/action/guard';
import { prepareInputs, runAndJudge } from '@shared/action/prepare-run';
import { engineChanges } from '@shared/action/engine-changes';
import { resolveChanges } from '@shared/action/resolve-changes';
import { repoTouched } from '@shared/changes/repo-paths';
import { MapInputSource } from '@shared/config/input-reader';
import { newCodeMemo } from '@shared/baseline/new-code';
import { ConfigurationError } from '@shared/errors';
import { CliGitReader } from '@shared/io/git';
import { NodeRepoFs } from '@shared/io/repo-fs';
import type { Logger } from '@shared/logger';
import type { GuardResult } from '@shared/findings/result';
import { REPORTERS } from '@shared/reporters/index';
import type { ReportOptions } from '@shared/reporters/report-options';
import { BICKFORD_VERSION } from '@shared/version';
import type { CliArgs } from './parse-args';
import { LOCAL_POLICIES } from '@shared/action/guard';

/** One guard's finished run: what the reporters need, and the exit code it earns. */
export interface GuardRun {
  guard: string;
  result: GuardResult;
  options: ReportOptions;
  /** No change set: every file was checked as it is, so text output is a summary (cli/src/summary-text.ts). */
  wholeRepo: boolean;
  code: number;
}

/** Runs a guard and writes its report in `args.format` (to `args.output`, else through `write`). Returns the exit code. */
export async function runGuard<I>(guard: GuardDefinition<I>, args: CliArgs, logger: Logger, write: (s: string) => void): Promise<number> {
  const run = await executeGuard(guard, args, logger);
  const report = REPORTERS[args.format](run.result, run.options).output;
  if (args.output) fs.writeFileSync(path.resolve(args.output), report);
  else write(report);
  return run.code;
}

/** The same engine the action runs, with flags in place of INPUT_*. The report is rendered by the caller (output.ts). */
export async function executeGuard<I>(guard: GuardDefinition<I>, args: CliArgs, logger: Logger): Promise<GuardRun> {
  const root = path.resolve(args.dir);
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) throw new ConfigurationError(`${args.dir} is not a directory`);
  const repoFs = new NodeRepoFs(root);
  const { common, inputs } = prepareInputs(guard, repoFs, new MapInputSource('flag', args.inputs), { separator: '\n  ', prefix: '\n  ' });
  const git = new CliGitReader(root);
  const base = args.base ?? guard.changeSet?.base?.(inputs);
  if (base && !git.hasCommit(base)) {
    throw new ConfigurationError(`${args.base ? '--base' : 'base'} ${base} is not a commit in ${args.dir}${git.isShallow() ? ' (a shallow clone: fetch it, e.g. `git fetch --deepen=100 origin`, or clone with full history)' : ''}`);
  }
  const required = guard.changeSet?.needed(inputs, { fs: repoFs, env: process.env }) ?? false;
  const resolution = await resolveChanges({ base, head: 'HEAD', git, fs: repoFs, logger, fetch: 'the CLI does not fetch into your clone', required, api: 'the CLI does not call the API' });
  const engine = engineChanges(required, resolution, git);
  const ctx = {
    fs: repoFs,
    git: engine.git,
    logger,
    changes: engine.changes,
    changesUnknown: engine.changesUnknown,
    labels: args.labels,
    env: process.env,
    workDir: path.join(root, '.bickford'),
    policies: LOCAL_POLICIES,
    memo: newCodeMemo(guard.name, args.base !== undefined),
    repository: undefined,
    run: { sha: undefined, ref: undefined },
  };
  const { result, verdict } = await runAndJudge({ guard, inputs, common, ctx, resolution, engine, git, newCode: args.base !== undefined, tempDir: os.tmpdir() });
  const options: ReportOptions = { verdict, changed: repoTouched(engine.changes?.touched, git.prefix), color: args.color, version: BICKFORD_VERSION };
  if (common.sarifFile) fs.writeFileSync(path.resolve(common.sarifFile), REPORTERS.sarif(result, { verdict, version: BICKFORD_VERSION }).output);
  // The JSON report beside the text, for the next step (ledger-record reads migration-score's).
  if (common.reportPath) {
    fs.mkdirSync(path.dirname(path.resolve(common.reportPath)), { recursive: true });
    fs.writeFileSync(path.resolve(common.reportPath), REPORTERS.json(result, { verdict, version: BICKFORD_VERSION }).output);
  }
  return { guard: guard.name, result, options, wholeRepo: !engine.changes, code: verdict.failed ? 1 : 0 };
}
