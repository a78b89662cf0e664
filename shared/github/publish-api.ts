import { commentMarker } from '../reporters/markdown';
import type { CheckRunPlan } from '../reporters/check-run';
import type { GitHubClient } from './api-client';

export interface RepoRef {
  owner: string;
  repo: string;
}

/** One comment per action per PR: found again by its hidden marker and edited in place. */
export async function upsertStickyComment(client: GitHubClient, ref: RepoRef, pr: number, guard: string, body: string): Promise<'created' | 'updated'> {
  const marker = commentMarker(guard);
  const comments = await client.paginate<{ id: number; body?: string; user?: { type?: string } }>(`/repos/${ref.owner}/${ref.repo}/issues/${pr}/comments`);
  // Only a bot's comment is ours to edit: anyone can paste the marker into a comment of their own.
  const existing = comments.find((c) => c.body?.startsWith(marker) && c.user?.type === 'Bot');
  if (existing) {
    await client.request('PATCH', `/repos/${ref.owner}/${ref.repo}/issues/comments/${existing.id}`, { body });
    return 'updated';
  }
  await client.request('POST', `/repos/${ref.owner}/${ref.repo}/issues/${pr}/comments`, { body });
  return 'created';
}

/** Creates the check run with the first 50 annotations, then adds the rest 50 at a time. */
export async function publishCheckRun(client: GitHubClient, ref: RepoRef, headSha: string, plan: CheckRunPlan): Promise<number> {
  const output = (annotations: CheckRunPlan['batches'][number]) => ({ title: plan.title, summary: plan.summary, annotations });
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

/** The PR's files from the API, for when git cannot answer (a shallow clone without the base). */
export async function listPullFiles(client: GitHubClient, ref: RepoRef, pr: number): Promise<{ filename: string; status: string; previous_filename?: string }[]> {
  return client.paginate(`/repos/${ref.owner}/${ref.repo}/pulls/${pr}/files`, 30);
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
