import type { Logger } from '../logger';
import type { GitHubClient } from './api-client';
import { getPull } from './publish-api';
import type { RunnerEnv } from './runner-env';

interface PullLike {
  number: number;
  head: { sha: string; ref?: string; repo?: { full_name?: string } | null };
  base: { sha: string; repo?: { full_name?: string } | null };
  labels?: { name?: string }[];
}

function withPull(runner: RunnerEnv, pr: PullLike): RunnerEnv {
  return {
    ...runner,
    prNumber: pr.number,
    headSha: pr.head.sha,
    baseSha: pr.base.sha,
    labels: Array.isArray(pr.labels) ? pr.labels.map((l) => String(l.name ?? '')).filter(Boolean) : runner.labels,
    fromFork: Boolean(pr.head.repo?.full_name && pr.base.repo?.full_name && pr.head.repo.full_name !== pr.base.repo.full_name),
    run: { ...runner.run, sha: pr.head.sha, ref: pr.head.ref ?? runner.run.ref },
  };
}

/**
 * An `issue_comment` on a pull request and a `workflow_dispatch` run on a PR's branch carry no head commit:
 * GITHUB_SHA is the default branch's (or the branch's) tip, not what the PR would merge. The PR is asked for
 * its head and base so the guard checks the PR's commit and the reports land on it. Without a token, or when
 * the API cannot answer, it says so and the run goes on with what the event gave.
 */
export async function resolvePullHead(runner: RunnerEnv, client: GitHubClient | undefined, logger: Logger, env: NodeJS.ProcessEnv = process.env): Promise<RunnerEnv> {
  const wantsLookup =
    (runner.eventName === 'issue_comment' && runner.prNumber !== undefined && !runner.headSha) || (runner.eventName === 'workflow_dispatch' && !runner.headSha);
  if (!wantsLookup || !runner.owner || !runner.repo) return runner;
  if (!client) {
    logger.warning(`A ${runner.eventName} event does not name the pull request's head commit, and no github-token was given to ask the API: checking ${runner.run.sha ?? 'GITHUB_SHA'} instead.`);
    return runner;
  }
  const ref = { owner: runner.owner, repo: runner.repo };
  try {
    if (runner.eventName === 'issue_comment') return withPull(runner, await getPull(client, ref, runner.prNumber!));
    const branch = env.GITHUB_REF_NAME ?? (env.GITHUB_REF ?? '').replace(/^refs\/heads\//, '');
    if (!branch || !(env.GITHUB_REF ?? 'refs/heads/').startsWith('refs/heads/')) return runner;
    const open = await client.request<PullLike[]>('GET', `/repos/${ref.owner}/${ref.repo}/pulls?state=open&head=${encodeURIComponent(`${ref.owner}:${branch}`)}&per_page=100`);
    // The PR's head must be the commit this run checked out; a branch that moved since is not that PR's state.
    const match = open.filter((pr) => pr.head.sha === runner.run.sha);
    return match.length === 1 ? withPull(runner, match[0]) : runner;
  } catch (e) {
    logger.warning(`Could not ask the API for the pull request's head commit (${(e as Error).message}): checking ${runner.run.sha ?? 'GITHUB_SHA'} instead.`);
    return runner;
  }
}
