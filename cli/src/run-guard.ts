import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { GuardDefinition } from '@shared/action/guard';
import { decideVerdict } from '@shared/action/gate';
import { readCommonInputs } from '@shared/action/read-common-inputs';
import { engineChanges } from '@shared/action/engine-changes';
import { resolveChanges } from '@shared/action/resolve-changes';
import { adoptFindings, newCodeMemo, releaseBaseTree, startBaseTree } from '@shared/baseline/new-code';
import { repoTouched, withRepoPaths } from '@shared/changes/repo-paths';
import { InputReader, MapInputSource } from '@shared/config/input-reader';
import { CONFIG_DOCS, configSource, loadConfig } from '@shared/config/load-config';
import { ConfigurationError } from '@shared/errors';
import { CliGitReader } from '@shared/io/git';
import { NodeRepoFs } from '@shared/io/repo-fs';
import type { Logger } from '@shared/logger';
import type { GuardResult } from '@shared/findings/result';
import { REPORTERS } from '@shared/reporters/index';
import type { ReportOptions } from '@shared/reporters/report-options';
import { BICKFORD_VERSION } from '@shared/version';
import type { CliArgs } from './parse-args';

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
  const flags = new MapInputSource('flag', args.inputs);
  const config = loadConfig(repoFs, new InputReader([flags]).string('config'));
  if (config.errors.length > 0) {
    const all = config.errors.map((e) => `${e.file}${e.line ? `:${e.line}:${e.column}` : ''}: ${e.message}`).join('\n  ');
    throw new ConfigurationError(`invalid config:\n  ${all}`, CONFIG_DOCS, config.errors[0]);
  }
  const reader = new InputReader([flags, configSource(config, guard.name)]);
  const common = readCommonInputs(reader);
  const inputs = Object.freeze(guard.readInputs(reader));
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
    inActions: false,
    memo: newCodeMemo(guard.name, args.base !== undefined),
    repository: undefined,
    run: { sha: undefined, ref: undefined },
  };
  const newCode = args.base !== undefined;
  const pendingBase = startBaseTree({ guard: guard.name, newCode, resolution, fs: repoFs, git: ctx.git, tempDir: os.tmpdir() });
  const atHead = await guard.run(inputs, ctx).catch(async (e: unknown) => {
    await releaseBaseTree(pendingBase);
    throw e;
  });
  const raw = await adoptFindings({ guard, inputs, ctx, result: atHead, resolution, newCode, failOnExisting: common.failOnExisting, tempDir: os.tmpdir(), pendingBase });
  const result = withRepoPaths(engine.finding ? { ...raw, findings: [engine.finding, ...raw.findings] } : raw, git.prefix, guard.dataPaths);
  const verdict = decideVerdict(result.findings, common.failOn, result.mustFail);
  const options: ReportOptions = { verdict, changed: repoTouched(engine.changes?.touched, git.prefix), color: args.color, version: BICKFORD_VERSION };
  if (common.sarifFile) fs.writeFileSync(path.resolve(common.sarifFile), REPORTERS.sarif(result, { verdict, version: BICKFORD_VERSION }).output);
  // The JSON report beside the text, for the next step (ledger-record reads migration-score's).
  if (common.reportPath) {
    fs.mkdirSync(path.dirname(path.resolve(common.reportPath)), { recursive: true });
    fs.writeFileSync(path.resolve(common.reportPath), REPORTERS.json(result, { verdict, version: BICKFORD_VERSION }).output);
  }
  return { guard: guard.name, result, options, wholeRepo: !engine.changes, code: verdict.failed ? 1 : 0 };
}
