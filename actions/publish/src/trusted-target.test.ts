import type { GitHubClient } from '@shared/github/api-client';
import { MemoryLogger } from '@shared/logger';
import { webhookPayload } from '../../../test/harness/webhooks';
import { resolveTarget } from './trusted-target';

const ref = { owner: 'acme', repo: 'monorepo' };
const sha = 'a'.repeat(40);

function stubClient(answer: unknown): { client: GitHubClient; paths: string[] } {
  const paths: string[] = [];
  const client = { request: async (_method: string, path: string) => (paths.push(path), answer) } as unknown as GitHubClient;
  return { client, paths };
}

/** A workflow_run event from GitHub's webhook schema (test/harness/webhooks.ts), with the fields a test is about. */
const run = (extra: Record<string, unknown>) =>
  webhookPayload('workflow-run-completed', {
    workflow_run: { head_sha: sha, event: 'pull_request', html_url: 'https://github.com/acme/monorepo/actions/runs/1', pull_requests: [], ...extra },
  });

describe('resolveTarget', () => {
  it('takes the pull request and commit from workflow_run', async () => {
    const event = run({ pull_requests: [{ number: 12, head: { sha }, base: { repo: { url: 'https://api.github.com/repos/acme/monorepo' } } }] });
    await expect(resolveTarget(event, 'workflow_run', ref, undefined, new MemoryLogger())).resolves.toEqual({
      headSha: sha,
      prNumber: 12,
      runUrl: 'https://github.com/acme/monorepo/actions/runs/1',
    });
  });

  it('ignores a pull request listed against another repository', async () => {
    const event = run({ pull_requests: [{ number: 3, head: { sha }, base: { repo: { url: 'https://api.github.com/repos/other/repo' } } }] });
    expect((await resolveTarget(event, 'workflow_run', ref, undefined, new MemoryLogger())).prNumber).toBeUndefined();
  });

  it('finds a fork pull request by its head branch at the exact commit', async () => {
    const { client, paths } = stubClient([
      { number: 8, head: { sha: 'b'.repeat(40) } },
      { number: 9, head: { sha } },
    ]);
    const event = run({ head_branch: 'fix/x', head_repository: { owner: { login: 'contributor' } } });
    expect((await resolveTarget(event, 'workflow_run', ref, client, new MemoryLogger())).prNumber).toBe(9);
    expect(paths).toEqual(['/repos/acme/monorepo/pulls?state=open&head=contributor%3Afix%2Fx&per_page=100']);
  });

  it('publishes no comment when no open pull request has the commit', async () => {
    const { client } = stubClient([{ number: 8, head: { sha: 'b'.repeat(40) } }]);
    const event = run({ head_branch: 'main', head_repository: { owner: { login: 'contributor' } } });
    expect((await resolveTarget(event, 'workflow_run', ref, client, new MemoryLogger())).prNumber).toBeUndefined();
  });

  it('refuses any event but workflow_run, naming the one it got', async () => {
    const event = webhookPayload('pull-request-opened', { number: 1, pull_request: { number: 1 } });
    await expect(resolveTarget(event, 'pull_request', ref, undefined, new MemoryLogger())).rejects.toThrow(/workflow_run \(got pull_request\)/);
  });

  it('refuses a workflow_run without a head commit', async () => {
    await expect(resolveTarget(run({ head_sha: 'HEAD' }), 'workflow_run', ref, undefined, new MemoryLogger())).rejects.toThrow(/no head_sha/);
  });
});
