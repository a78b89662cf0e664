import type { ChangeResolution } from './resolve-changes';
import { InputReader, type InputSource } from '../config/input-reader';
import { CONFIG_DOCS, configSource, loadConfig, type LoadedConfig } from '../config/load-config';
import { ConfigurationError } from '../errors';
import type { RepoFs } from '../io/repo-fs';
import { adoptFindings, releaseBaseTree, startBaseTree } from '../baseline/new-code';
import { withRepoPaths } from '../changes/repo-paths';
import type { GuardResult } from '../findings/result';
import type { Verdict } from '../reporters/report-options';
import { decideVerdict } from './gate';
import type { EngineContext, GuardDefinition } from './guard';
import { readCommonInputs, type CommonInputs } from './read-common-inputs';
import type { EngineChanges } from './engine-changes';

/**
 * The two halves of a run that the action (shared/action/run-action.ts) and the CLI (cli/src/run-guard.ts) share;
 * what lies between them (where the base comes from, whether to fetch it, the GitHub client) is each one's own.
 */

export interface PreparedInputs<I> {
  config: LoadedConfig;
  reader: InputReader;
  common: Readonly<CommonInputs>;
  inputs: Readonly<I>;
}

/**
 * Config file → input reader → the common inputs and the guard's own. `first` is where explicit values come
 * from (INPUT_* in the action, flags in the CLI): they win over `.bickford.yml`. A config file with errors is a
 * configuration error at the first one, with every error in the message.
 */
export function prepareInputs<I>(guard: GuardDefinition<I>, fs: RepoFs, first: InputSource, options: { separator: string; prefix?: string }): PreparedInputs<I> {
  const config = loadConfig(fs, new InputReader([first]).string('config'));
  if (config.errors.length > 0) {
    const all = config.errors.map((e) => `${e.file}${e.line ? `:${e.line}:${e.column}` : ''}: ${e.message}`).join(options.separator);
    throw new ConfigurationError(`invalid config:${options.prefix ?? ' '}${all}`, CONFIG_DOCS, config.errors[0]);
  }
  const reader = new InputReader([first, configSource(config, guard.name)]);
  const common = readCommonInputs(reader);
  const inputs = Object.freeze(guard.readInputs(reader));
  return { config, reader, common, inputs };
}

export interface JudgedRun {
  result: GuardResult;
  verdict: Verdict;
}

/**
 * The engine's run → existing findings told from new ones (base run or baseline file) → the change-set finding
 * first → repository-relative paths → the verdict.
 */
export async function runAndJudge<I>(run: {
  guard: GuardDefinition<I>;
  inputs: Readonly<I>;
  common: Readonly<CommonInputs>;
  ctx: EngineContext;
  resolution: ChangeResolution;
  engine: EngineChanges;
  git: { readonly prefix: string | undefined };
  newCode: boolean;
  tempDir: string;
}): Promise<JudgedRun> {
  const { guard, inputs, common, ctx, resolution, engine, git } = run;
  // The base's worktree is checked out in the background while the guard runs at the head (new-code mode only).
  const pendingBase = startBaseTree({ guard: guard.name, newCode: run.newCode, resolution, fs: ctx.fs, git: ctx.git, tempDir: run.tempDir });
  const atHead = await guard.run(inputs, ctx).catch(async (e: unknown) => {
    await releaseBaseTree(pendingBase);
    throw e;
  });
  const raw = await adoptFindings({ guard, inputs, ctx, result: atHead, resolution, newCode: run.newCode, failOnExisting: common.failOnExisting, tempDir: run.tempDir, pendingBase });
  const result = withRepoPaths(engine.finding ? { ...raw, findings: [engine.finding, ...raw.findings] } : raw, git.prefix, guard.dataPaths);
  return { result, verdict: decideVerdict(result.findings, common.failOn, result.mustFail) };
}
