import * as fs from 'node:fs';
import * as path from 'node:path';
import * as core from './workflow-commands';
import type { GuardResult } from '../findings/result';
import type { Logger } from '../logger';
import { planAnnotations } from '../reporters/annotations';
import { planCheckRun } from '../reporters/check-run';
import { reportJson } from '../reporters/json';
import { reportComment, reportSummary } from '../reporters/markdown';
import type { ReportOptions } from '../reporters/report-options';
import { reportSarif } from '../reporters/sarif';
import type { CommonInputs } from '../action/read-common-inputs';
import { ConfigurationError } from '../errors';
import type { GitHubClient } from './api-client';
import { describeApiFailure } from './failure';
import { postCommitStatus, publishCheckRun, upsertStickyComment, type CommitStatus } from './publish-api';
import type { RunnerEnv } from './runner-env';

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

/**
 * A write the token may not be allowed to make: a failure becomes a note naming the real cause, never a failed
 * step. Notes are log lines and summary lines, not warning annotations: the step's ten warning slots are for
 * findings.
 */
export async function attemptWrite(what: string, permission: string, logger: Logger, notes: string[], fromFork: boolean, fn: () => Promise<unknown>): Promise<void> {
  try {
    await fn();
  } catch (e) {
    const note = `${describeApiFailure(e, what, permission, { fromFork })} The verdict still comes from the findings.`;
    logger.info(note);
    notes.push(note);
  }
}

/** Every output of a run: API writes first (their failures become notes), then files, outputs, summary and annotations. */
export async function publishResult(target: PublishTarget): Promise<void> {
  const { result, common, runner, client, logger } = target;
  const notes: string[] = [...(target.options.runNotes ?? [])];
  const options = (): ReportOptions => ({ ...target.options, runNotes: notes });
  const ref = runner.owner && runner.repo ? { owner: runner.owner, repo: runner.repo } : undefined;
  let anchorFailure: string | undefined;
  const key = target.options.stickyKey;

  if (common.mode === 'check' && client && ref) {
    if (common.comment && runner.prNumber) {
      await attemptWrite('update the pull-request comment', 'pull-requests: write', logger, notes, runner.fromFork, async () => {
        const outcome = await upsertStickyComment(client, ref, runner.prNumber!, result.guard, reportComment(result, options()).output, key);
        if (outcome.leftAlone) {
          const note = `A comment with this guard's marker by ${outcome.leftAlone.login} (not this token) was left alone; a new comment was posted.`;
          logger.info(note);
          notes.push(note);
        }
      });
    }
    const headSha = runner.headSha ?? runner.run.sha;
    if (common.checkRun && headSha) {
      await attemptWrite('create the check run', 'checks: write', logger, notes, runner.fromFork, () =>
        publishCheckRun(client, ref, headSha, planCheckRun(result, options(), reportSummary(result, options()).output)),
      );
    }
    const status = (result.data as { commitStatus?: CommitStatus & { required?: boolean } } | undefined)?.commitStatus;
    if (status && headSha) {
      const before = notes.length;
      const { required, ...body } = status;
      await attemptWrite('post the commit status', 'statuses: write', logger, notes, runner.fromFork, () =>
        postCommitStatus(client, ref, headSha, { ...body, target_url: body.target_url ?? runner.runUrl }),
      );
      // A status the step exists to leave (ledger-record's anchored head) is not optional.
      if (required && notes.length > before) anchorFailure = notes[notes.length - 1].replace(/ The verdict still comes from the findings\.$/, '');
    }
  } else if (common.mode === 'check' && !client && (common.comment || common.checkRun) && runner.prNumber) {
    notes.push('No github-token was given: no comment or check run was posted.');
  }
  const reportedStatus = (result.data as { commitStatus?: CommitStatus & { required?: boolean } } | undefined)?.commitStatus;
  if (common.mode === 'report' && reportedStatus?.required) {
    // mode: report makes no API writes: the anchor travels in the report's data, and bickford/publish posts it.
    const note = `mode: report: the ${reportedStatus.context} status (${reportedStatus.description}) was not posted; it is in the report for bickford/publish to post. Until it is, a deploy of this commit is refused for want of an anchored head.`;
    logger.info(note);
    notes.push(note);
  }

  const reportPath = path.resolve(runner.workspace, common.reportPath ?? target.defaultReportPath);
  writeFile(reportPath, reportJson(result, options()).output);
  if (common.sarifFile) writeFile(path.resolve(runner.workspace, common.sarifFile), reportSarif(result, options()).output);

  for (const [name, value] of Object.entries(result.outputs)) core.setOutput(name, value);
  core.setOutput('report-path', reportPath);
  core.setOutput('verdict', target.options.verdict.failed ? 'fail' : 'pass');

  if (runner.summaryPath) fs.appendFileSync(runner.summaryPath, reportSummary(result, options()).output);
  for (const a of planAnnotations(result, options())) {
    const { file, line, endLine, col, endColumn, title } = a.properties;
    core[a.command](a.message, { title, file, startLine: line, endLine, startColumn: col, endColumn });
  }
  if (anchorFailure) throw new ConfigurationError(`The required commit status was not posted, so this step left no trace outside the database: ${anchorFailure}`);
}

function writeFile(file: string, content: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}
