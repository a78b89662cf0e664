import * as fs from 'node:fs';
import * as path from 'node:path';
import type { GuardResult } from '../findings/result';
import type { Logger } from '../logger';
import { reportAnnotations } from '../reporters/annotations';
import { planCheckRun } from '../reporters/check-run';
import { reportJson } from '../reporters/json';
import { reportComment, reportSummary } from '../reporters/markdown';
import type { ReportOptions } from '../reporters/report-options';
import { reportSarif } from '../reporters/sarif';
import type { CommonInputs } from '../action/read-common-inputs';
import { ConfigurationError } from '../errors';
import { GitHubApiError, type GitHubClient } from './api-client';
import { setOutput } from './workflow-commands';
import { postCommitStatus, publishCheckRun, upsertStickyComment, type CommitStatus } from './publish-api';
import type { RunnerEnv } from './runner-env';

const FORK_HELP = 'https://github.com/bickford/actions/blob/main/docs/distribution.md#fork-safe-reporting';

export interface PublishTarget {
  result: GuardResult;
  options: ReportOptions;
  common: CommonInputs;
  runner: RunnerEnv;
  client?: GitHubClient;
  logger: Logger;
  /** Where reports go when report-path is not given. */
  defaultReportPath: string;
}

/** A write the token may not be allowed to make: a failure becomes a note, never a failed step. */
async function attempt(what: string, permission: string, target: PublishTarget, notes: string[], fn: () => Promise<unknown>): Promise<void> {
  try {
    await fn();
  } catch (e) {
    const fork = target.runner.fromFork ? ' This is a pull request from a fork, whose token is read-only.' : '';
    const note =
      e instanceof GitHubApiError && e.isPermission
        ? `Could not ${what}: the token was refused (HTTP ${e.status}). Grant \`${permission}\` in the workflow's permissions.${fork} The verdict still comes from the findings; see ${FORK_HELP} for the report/publish pattern.`
        : `Could not ${what}: ${(e as Error).message}. The verdict still comes from the findings.`;
    target.logger.warning(note);
    notes.push(note);
  }
}

/** Every output of a run: API writes first (their failures become notes), then files, outputs, summary and annotations. */
export async function publishResult(target: PublishTarget): Promise<void> {
  const { result, common, runner, client } = target;
  const notes: string[] = [...(target.options.runNotes ?? [])];
  const options = (): ReportOptions => ({ ...target.options, runNotes: notes });
  const ref = runner.owner && runner.repo ? { owner: runner.owner, repo: runner.repo } : undefined;
  let anchorFailure: string | undefined;

  if (common.mode === 'check' && client && ref) {
    if (common.comment && runner.prNumber) {
      await attempt('update the pull-request comment', 'pull-requests: write', target, notes, () =>
        upsertStickyComment(client, ref, runner.prNumber!, result.guard, reportComment(result, options()).output),
      );
    }
    const headSha = runner.headSha ?? runner.run.sha;
    if (common.checkRun && headSha) {
      await attempt('create the check run', 'checks: write', target, notes, () =>
        publishCheckRun(client, ref, headSha, planCheckRun(result, options(), reportSummary(result, options()).output)),
      );
    }
    const status = (result.data as { commitStatus?: CommitStatus & { required?: boolean } } | undefined)?.commitStatus;
    if (status && headSha) {
      const before = notes.length;
      const { required, ...body } = status;
      await attempt('post the commit status', 'statuses: write', target, notes, () =>
        postCommitStatus(client, ref, headSha, { ...body, target_url: body.target_url ?? runner.runUrl }),
      );
      // A status the step exists to leave (ledger-record's anchored head) is not optional.
      if (required && notes.length > before) anchorFailure = notes[notes.length - 1];
    }
  } else if (common.mode === 'check' && !client && (common.comment || common.checkRun) && runner.prNumber) {
    notes.push('No github-token was given: no comment or check run was posted.');
  }

  const reportPath = path.resolve(runner.workspace, common.reportPath ?? target.defaultReportPath);
  writeFile(reportPath, reportJson(result, options()).output);
  if (common.sarifFile) writeFile(path.resolve(runner.workspace, common.sarifFile), reportSarif(result, options()).output);

  for (const [name, value] of Object.entries(result.outputs)) setOutput(name, value);
  setOutput('report-path', reportPath);
  setOutput('verdict', target.options.verdict.failed ? 'fail' : 'pass');

  if (runner.summaryPath) fs.appendFileSync(runner.summaryPath, reportSummary(result, options()).output);
  process.stdout.write(reportAnnotations(result, options()).output);
  if (anchorFailure) throw new ConfigurationError(`The required commit status was not posted, so this step left no trace outside the database: ${anchorFailure}`);
}

function writeFile(file: string, content: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}
