import { commentMarker } from '../reporters/markdown';
import type { CheckRunPlan } from '../reporters/check-run';
import { GitHubApiError, type GitHubClient } from './api-client';

export interface RepoRef {
  owner: string;
  repo: string;
}

interface IssueComment {
  id: number;
  body?: string;
  user?: { login?: string; type?: string } | null;
  performed_via_github_app?: { slug?: string } | null;
}

/** The job token's comments are the Actions app's; a personal access token's are its owner's (type User). */
const ACTIONS_BOT = 'github-actions[bot]';

/**
 * Whose comments the token writes: GET /user answers for a personal access token (its owner, type User); an
 * installation token (the job's GITHUB_TOKEN) is refused there and writes as github-actions[bot].
 */
async function tokenLogin(client: GitHubClient): Promise<string> {
  try {
    const me = await client.request<{ login?: string }>('GET', '/user');
    return me.login ?? ACTIONS_BOT;
  } catch (e) {
    if (e instanceof GitHubApiError && (e.status === 401 || e.status === 403 || e.status === 404)) return ACTIONS_BOT;
    throw e;
  }
}

export interface StickyOutcome {
  action: 'created' | 'updated';
  /** A comment carrying the marker that belongs to someone else (another app, a person) and was left alone. */
  leftAlone?: { id: number; login: string };
}

/**
 * One comment per guard and key per PR: found again by its hidden marker and edited in place, but only when
 * the token wrote it; anyone can paste the marker into a comment of their own, and another app's is not ours.
 */
export async function upsertStickyComment(client: GitHubClient, ref: RepoRef, pr: number, guard: string, body: string, key?: string): Promise<StickyOutcome> {
  const marker = commentMarker(guard, key);
  const comments = await client.paginate<IssueComment>(`/repos/${ref.owner}/${ref.repo}/issues/${pr}/comments`);
  const marked = comments.filter((c) => c.body?.split('\n', 1)[0] === marker);
  let leftAlone: StickyOutcome['leftAlone'];
  if (marked.length > 0) {
    const me = await tokenLogin(client);
    const mine = marked.find((c) => c.user?.login === me);
    if (mine) {
      await client.request('PATCH', `/repos/${ref.owner}/${ref.repo}/issues/comments/${mine.id}`, { body });
      return { action: 'updated' };
    }
    const other = marked.find((c) => c.user?.type === 'Bot') ?? marked[0];
    leftAlone = { id: other.id, login: other.user?.login ?? 'unknown' };
  }
  await client.request('POST', `/repos/${ref.owner}/${ref.repo}/issues/${pr}/comments`, { body });
  return { action: 'created', ...(leftAlone ? { leftAlone } : {}) };
}

/** Creates the check run with the first 50 annotations, then adds the rest 50 at a time. */
export async function publishCheckRun(client: GitHubClient, ref: RepoRef, headSha: string, plan: CheckRunPlan): Promise<number> {
  const output = (annotations: CheckRunPlan['batches'][number]) => ({ title: plan.title, summary: plan.summary, ...(plan.text ? { text: plan.text } : {}), annotations });
  const created = await client.request<{ id: number }>('POST', `/repos/${ref.owner}/${ref.repo}/check-runs`, {
    name: plan.name,
    head_sha: headSha,
    status: 'completed',
    conclusion: plan.conclusion,
    output: output(plan.batches[0] ?? []),
  });
  for (const batch of plan.batches.slice(1)) {
    await client.request('PATCH', `/repos/${ref.owner}/${ref.repo}/check-runs/${created.id}`, { output: output(batch) });
  }
  return created.id;
}

export interface CommitStatus {
  state: 'success' | 'failure' | 'error' | 'pending';
  description: string;
  context: string;
  target_url?: string;
}

export async function postCommitStatus(client: GitHubClient, ref: RepoRef, sha: string, status: CommitStatus): Promise<void> {
  await client.request('POST', `/repos/${ref.owner}/${ref.repo}/statuses/${sha}`, { ...status, description: status.description.slice(0, 140) });
}

/** A commit status as read back: the fields a reader of an anchor needs. */
export interface CommitStatusRead {
  context: string;
  state: string;
  description: string | null;
  createdAt: string;
  creator?: string;
}

/** The statuses of a commit, newest first as the API lists them (GET /repos/{owner}/{repo}/commits/{ref}/statuses). */
export async function listCommitStatuses(client: GitHubClient, ref: RepoRef, sha: string): Promise<CommitStatusRead[]> {
  const rows = await client.paginate<{ context: string; state: string; description: string | null; created_at: string; creator?: { login?: string } | null }>(
    `/repos/${ref.owner}/${ref.repo}/commits/${sha}/statuses`,
    10,
  );
  return rows.map((r) => ({ context: r.context, state: r.state, description: r.description, createdAt: r.created_at, creator: r.creator?.login }));
}

/** The pull request itself: for issue_comment and workflow_dispatch events, whose payload has no head. */
export async function getPull(client: GitHubClient, ref: RepoRef, pr: number): Promise<{ number: number; head: { sha: string; ref: string; repo?: { full_name?: string } | null }; base: { sha: string; ref: string; repo?: { full_name?: string } | null } }> {
  return client.request('GET', `/repos/${ref.owner}/${ref.repo}/pulls/${pr}`);
}
