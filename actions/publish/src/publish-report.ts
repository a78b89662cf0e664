import { decideVerdict } from '@shared/action/gate';
import type { GuardResult } from '@shared/findings/result';
import type { GitHubClient } from '@shared/github/api-client';
import { attemptWrite } from '@shared/github/publish';
import { postCommitStatus, publishCheckRun, upsertStickyComment, type RepoRef } from '@shared/github/publish-api';
import type { Logger } from '@shared/logger';
import { planCheckRun } from '@shared/reporters/check-run';
import type { JsonReport } from '@shared/reporters/json';
import { reportComment, reportSummary, titleLine } from '@shared/reporters/markdown';
import type { ReportOptions } from '@shared/reporters/report-options';
import { ANCHOR_CONTEXT, type ReportAnchor } from './publish-anchor';
import type { PublishInputs } from './read-inputs';
import type { PublishTarget } from './trusted-target';

export interface Published {
  title: string;
  notes: string[];
  /** A required anchored head (ledger-record) that could not be posted: the publisher fails. */
  anchorFailure?: string;
}

/**
 * A validated report back into the GuardResult the shared reporters render. The verdict is decided again from
 * the findings (with the report's fail-on), so the check run's conclusion cannot contradict the findings it shows.
 */
export function toResult(report: JsonReport, target: PublishTarget): { result: GuardResult; options: ReportOptions } {
  const result: GuardResult = {
    guard: report.guard,
    findings: report.findings,
    outputs: {},
    headline: report.headline,
    sections: report.sections,
  };
  const options: ReportOptions = {
    verdict: decideVerdict(report.findings, report.verdict.failOn),
    version: report.version,
    fullReportUrl: target.runUrl,
    runNotes: ['Published by bickford/publish from the report the pull-request workflow uploaded; it was validated, not re-run.'],
  };
  return { result, options };
}

/** The comment and the check run for one report; a refused write becomes a note, as in the guards. */
export async function publishReport(report: JsonReport, target: PublishTarget, client: GitHubClient, ref: RepoRef, inputs: PublishInputs, logger: Logger, anchor?: ReportAnchor): Promise<Published> {
  const { result, options } = toResult(report, target);
  const notes: string[] = [];
  const attempt = (what: string, permission: string, fn: () => Promise<unknown>) => attemptWrite(`${what} for ${result.guard}`, permission, logger, notes, false, fn);
  if (inputs.comment && target.prNumber !== undefined) {
    await attempt('update the pull-request comment', 'pull-requests: write', () =>
      upsertStickyComment(client, ref, target.prNumber!, result.guard, reportComment(result, options).output),
    );
  }
  if (inputs.checkRun) {
    await attempt('create the check run', 'checks: write', () =>
      publishCheckRun(client, ref, target.headSha, planCheckRun(result, options, reportSummary(result, options).output)),
    );
  }
  // The anchored head, as the guard posts it in check mode: report mode left it to the publisher.
  const anchorFailure = anchor ? await postReportAnchor(anchor, client, ref, target.headSha, target.runUrl, logger, notes) : undefined;
  return { title: titleLine(result, options), notes, ...(anchorFailure ? { anchorFailure } : {}) };
}

/**
 * Posts the anchor on `headSha`. A failure is a note, as every write; for a required anchor it is also
 * returned, and the publisher fails: a deploy of this commit would otherwise be refused for want of it.
 */
async function postReportAnchor(
  anchor: ReportAnchor,
  client: GitHubClient,
  ref: RepoRef,
  headSha: string,
  runUrl: string | undefined,
  logger: Logger,
  notes: string[],
): Promise<string | undefined> {
  const before = notes.length;
  await attemptWrite(`post the ${ANCHOR_CONTEXT} commit status (the ledger's anchored head)`, 'statuses: write', logger, notes, false, () =>
    postCommitStatus(client, ref, headSha, { ...anchor.status, ...(runUrl ? { target_url: runUrl } : {}) }),
  );
  if (!anchor.required || notes.length === before) return undefined;
  return notes[notes.length - 1].replace(/ The verdict still comes from the findings\.$/, '');
}
