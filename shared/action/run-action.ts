import * as path from 'node:path';
import * as core from '../github/workflow-commands';
import { EnvInputSource, InputReader } from '../config/input-reader';
import { GitHubClient } from '../github/api-client';
import { ActionsLogger } from '../github/actions-logger';
import { changeSetApi } from '../github/change-set-api';
import { listCommitStatuses } from '../github/publish-api';
import { publishResult } from '../github/publish';
import { resolvePullHead } from '../github/pull-head';
import { readRunnerEnv } from '../github/runner-env';
import { repoTouched } from '../changes/repo-paths';
import { toRepoPath } from '../changes/translate';
import { CliGitReader } from '../io/git';
import { NodeRepoFs } from '../io/repo-fs';
import { BICKFORD_VERSION } from '../version';
import type { GuardDefinition } from './guard';
import { EXIT, handleError } from './handle-error';
import { engineChanges } from './engine-changes';
import { resolveChanges } from './resolve-changes';
import { prepareInputs, runAndJudge } from './prepare-run';
import { ACTIONS_POLICIES } from './guard';
import { newCodeMemo } from '../baseline/new-code';

/**
 * The whole life of an action step: inputs, engine, reports, verdict. Every action's main.ts is this call.
 * The exit code is set, never process.exit(), so pending writes finish.
 */
export async function runAction<I>(guard: GuardDefinition<I>, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const logger = new ActionsLogger();
  try {
    let runner = readRunnerEnv(env);
    const envSource = new EnvInputSource(env);
    const token = envSource.get('github-token');
    if (token) core.setSecret(token);
    const boot = new InputReader([envSource]);
    const workingDirectory = boot.string('working-directory') ?? '.';
    const root = path.resolve(runner.workspace, workingDirectory);
    // Two jobs (a matrix over folders) of one guard keep one comment and check run each.
    const stickyKey = boot.string('id') ?? (path.relative(runner.workspace, root).split(path.sep).join('/') || undefined);
    const fs = new NodeRepoFs(root);
    const { config, reader, common, inputs } = prepareInputs(guard, fs, envSource, { separator: '; ' });
    for (const name of guard.secretInputs ?? []) {
      const secret = reader.string(name);
      if (secret) core.setSecret(secret);
    }
    const git = new CliGitReader(root);
    const client = token ? new GitHubClient(runner.apiUrl, token, { logger, timeoutMs: runner.apiTimeoutMs }) : undefined;
    runner = await resolvePullHead(runner, client, logger, env);
    const override = guard.changeSet?.base?.(inputs);
    const base = override ?? runner.baseSha ?? (runner.eventName === 'push' ? runner.event.before : undefined);
    const head = runner.headSha ?? runner.run.sha;
    // Only a guard with something that needs the change set fetches or asks the API, and fails when it stays unknown.
    // The others get it from the clone alone, to put findings in changed files first.
    const required = guard.changeSet?.needed(inputs, { fs, env }) ?? false;
    const notNeeded = guard.changeSet ? 'nothing in this run compares with the base' : 'this guard compares nothing with the base';
    const api =
      !required ? notNeeded
      : !client ? 'no github-token'
      : !runner.owner || !runner.repo ? 'GITHUB_REPOSITORY is not set'
      : !base ? 'nothing to compare'
      : changeSetApi(client, { owner: runner.owner, repo: runner.repo }, { pr: override ? undefined : runner.prNumber, base, head: head ?? 'HEAD' });
    // On a pull request the base is also fetched for new-code mode, which runs the guard again at the base to tell
    // existing findings from new ones, even when the guard itself compares nothing with it.
    const newCode = Boolean(runner.baseSha) && guard.name !== 'ledger-record';
    const resolution = await resolveChanges({ base, head, git, fs, logger, fetch: required || newCode || notNeeded, required, api, needsBaseContent: guard.changeSet?.needsBaseContent });
    const engine = engineChanges(required, resolution, git);

    const ctx = {
      fs,
      git: engine.git,
      logger,
      changes: engine.changes,
      changesUnknown: engine.changesUnknown,
      labels: runner.labels,
      env,
      workDir: runner.tempDir,
      policies: ACTIONS_POLICIES,
      memo: newCodeMemo(guard.name, newCode),
      repository: runner.repository,
      run: runner.run,
      ...(client && runner.owner && runner.repo
        ? { github: { listCommitStatuses: (sha: string) => listCommitStatuses(client, { owner: runner.owner!, repo: runner.repo! }, sha) } }
        : {}),
    };
    const { result, verdict } = await runAndJudge({ guard, inputs, common, ctx, resolution, engine, git, newCode, tempDir: runner.tempDir });
    const repositoryFile = config.file ?? (fs.isFile('package.json') ? 'package.json' : undefined);
    await publishResult({
      result,
      common,
      runner,
      client,
      logger,
      defaultReportPath: path.join(runner.tempDir, `bickford-${guard.name}.json`),
      options: {
        verdict,
        changed: repoTouched(engine.changes?.touched, git.prefix),
        fullReportUrl: runner.runUrl,
        version: BICKFORD_VERSION,
        stickyKey,
        // Where a repository-level SARIF result points, repository-relative like every other path that leaves the guard.
        repositoryFile: repositoryFile && toRepoPath(repositoryFile, git.prefix),
      },
    });
    logger.info(`${result.headline}. ${verdict.reason}.`);
    if (verdict.failed) {
      core.error(verdict.reason, { title: `${guard.name} failed` });
      process.exitCode = EXIT.findings;
    }
  } catch (e) {
    process.exitCode = handleError(e, logger, (message, location) => {
      core.error(message, location ? { file: location.file, startLine: location.line, startColumn: location.column } : {});
    });
  }
}
