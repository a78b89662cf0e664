import { ConfigurationError } from '@shared/errors';
import type { GitHubClient } from '@shared/github/api-client';
import type { RepoRef } from '@shared/github/publish-api';
import type { Logger } from '@shared/logger';

export const PUBLISH_DOCS = 'https://github.com/bickford/actions/blob/main/docs/distribution.md#fork-safe-reporting';

/** Where the findings go: taken from the workflow_run event GitHub wrote, never from the report. */
export interface PublishTarget {
  headSha: string;
  prNumber?: number;
  /** The pull-request run's page, where its job summary (the full report) is. */
  runUrl?: string;
}

interface WorkflowRunPr {
  number?: unknown;
  head?: { sha?: unknown };
  base?: { repo?: { url?: unknown; name?: unknown } };
}

const SHA = /^[0-9a-f]{40}$/;

/**
 * The PR number and head SHA of the run that produced the reports. GitHub fills `workflow_run.pull_requests`
 * only for branches of this repository; for a fork it is empty, so the open PR whose head is the fork's branch
 * at that exact SHA is looked up instead (a branch name alone could point at another PR).
 */
export async function resolveTarget(event: Record<string, any>, eventName: string | undefined, ref: RepoRef, client: GitHubClient | undefined, logger: Logger): Promise<PublishTarget> {
  const run = event.workflow_run;
  if (eventName !== 'workflow_run' || !run || typeof run !== 'object') {
    throw new ConfigurationError(
      `bickford/publish runs in a workflow triggered by workflow_run (got ${eventName ?? 'no event'}): it takes the pull request and commit from that event, never from the reports`,
      PUBLISH_DOCS,
    );
  }
  const headSha = String(run.head_sha ?? '');
  if (!SHA.test(headSha)) throw new ConfigurationError('the workflow_run event has no head_sha: cannot tell which commit the reports are about', PUBLISH_DOCS);
  const runUrl = typeof run.html_url === 'string' && /^https:\/\/[^\s()<>]+$/.test(run.html_url) ? run.html_url : undefined;

  const ownRepo = (pr: WorkflowRunPr) => {
    const url = pr.base?.repo?.url;
    return typeof url !== 'string' || url.endsWith(`/repos/${ref.owner}/${ref.repo}`);
  };
  const listed = (Array.isArray(run.pull_requests) ? (run.pull_requests as WorkflowRunPr[]) : []).find(
    (pr) => Number.isInteger(pr.number) && ownRepo(pr) && (pr.head?.sha === undefined || pr.head.sha === headSha),
  );
  if (listed) return { headSha, prNumber: listed.number as number, runUrl };

  const owner = run.head_repository?.owner?.login;
  const branch = run.head_branch;
  if (client && typeof owner === 'string' && typeof branch === 'string' && run.event === 'pull_request') {
    try {
      const head = encodeURIComponent(`${owner}:${branch}`);
      const open = await client.request<{ number: number; head: { sha: string } }[]>('GET', `/repos/${ref.owner}/${ref.repo}/pulls?state=open&head=${head}&per_page=100`);
      const match = open.find((pr) => pr.head?.sha === headSha);
      if (match && Number.isInteger(match.number)) return { headSha, prNumber: match.number, runUrl };
    } catch (e) {
      logger.warning(`Could not look up the pull request of ${headSha.slice(0, 7)}: ${(e as Error).message}`);
    }
  }
  logger.info(`No open pull request has head ${headSha.slice(0, 7)}: the check runs are published, no comment.`);
  return { headSha, runUrl };
}
