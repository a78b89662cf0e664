import * as path from 'node:path';
import type { EngineContext } from '@shared/action/guard';
import type { GitReader } from '@shared/io/git';
import { NodeRepoFs } from '@shared/io/repo-fs';
import { MemoryLogger } from '@shared/logger';
import type { GuardResult } from '@shared/findings/result';
import { runEnvGuard } from '../src/engine/run-env-guard';
import type { EnvGuardInputs } from '../src/inputs';
import { LOCAL_POLICIES } from '@shared/action/guard';

export const FIXTURES = path.resolve(__dirname, '..', '__fixtures__');

const noGit: GitReader = { hasCommit: () => false, changedFiles: () => undefined, show: () => undefined, listFiles: () => [] };

export function contextFor(root: string, env: Record<string, string | undefined> = {}): EngineContext {
  return { fs: new NodeRepoFs(root), git: noGit, logger: new MemoryLogger(), labels: [], env, workDir: root, policies: LOCAL_POLICIES, run: {} };
}

export const DEFAULT_INPUTS: EnvGuardInputs = { required: [], allow: [], frameworkInference: true, reportUnused: true, ignore: [], readers: new Map() };

/** Runs the engine on a fixture monorepo (a directory under __fixtures__, or an absolute path). */
export function runOn(fixture: string, inputs: Partial<EnvGuardInputs> = {}, env: Record<string, string | undefined> = {}): Promise<GuardResult> {
  const root = path.isAbsolute(fixture) ? fixture : path.join(FIXTURES, fixture);
  return runEnvGuard({ ...DEFAULT_INPUTS, ...inputs }, contextFor(root, env));
}

/** `RULE VAR file:line:col` per finding, for assertions that read like the report. */
export function brief(result: GuardResult): string[] {
  return result.findings.map((f) => `${f.ruleId} ${String(f.properties?.variable ?? f.properties?.key ?? '')} ${f.location ? `${f.location.file}:${f.location.line}:${f.location.column}` : '-'}`.replace(/ {2}/, ' '));
}
