/**
 * Event payloads are GitHub's: built from @octokit/openapi-webhooks and refused when they do not match it.
 */
import { createFixtureRepo } from '../harness/fixture-repo';
import { runDist } from '../harness/run-dist';
import { webhookName, webhookPayload, webhookProblems } from '../harness/webhooks';

const HEAD = 'c'.repeat(40);

describe('webhookPayload', () => {
  it('builds a workflow_run whose listed pull requests have every field the schema requires', () => {
    const payload = webhookPayload('workflow-run-completed', { workflow_run: { head_sha: HEAD, pull_requests: [{ number: 12, head: { sha: HEAD } }] } });
    const [pr] = payload.workflow_run.pull_requests;
    expect(pr).toMatchObject({ number: 12, id: expect.any(Number), url: expect.any(String), head: { sha: HEAD, ref: expect.any(String), repo: { id: expect.any(Number) } }, base: { repo: { url: expect.any(String) } } });
    expect(payload.action).toBe('completed');
    expect(webhookProblems('workflow-run-completed', payload)).toEqual([]);
  });

  it('fills an optional object a test names only in part', () => {
    const payload = webhookPayload('workflow-run-completed', { workflow_run: { head_repository: { owner: { login: 'contributor' } } } });
    expect(payload.workflow_run.head_repository).toMatchObject({ owner: { login: 'contributor', id: expect.any(Number) }, full_name: expect.any(String) });
  });

  it('refuses a field of the wrong type, naming it', () => {
    expect(() => webhookPayload('workflow-run-completed', { workflow_run: { pull_requests: [{ number: 'twelve' }] } })).toThrow(/workflow-run-completed payload does not match.*\/workflow_run\/pull_requests\/0\/number must be (integer|number)/);
  });

  it('names the webhook of an event and its action as the runner names them', () => {
    expect(webhookName('workflow_run', { action: 'completed' })).toBe('workflow-run-completed');
    expect(webhookName('pull_request', { action: 'opened' })).toBe('pull-request-opened');
    expect(webhookName('push', {})).toBe('push');
    expect(webhookName('workflow_dispatch', {})).toBe('workflow-dispatch');
    expect(webhookName('no_such_event', {})).toBeUndefined();
  });
});

describe('runDist', () => {
  it('refuses a hand-written event payload the schema refuses, before running anything', async () => {
    const repo = createFixtureRepo({ 'a.txt': 'a\n' }, {});
    await expect(runDist({ action: 'publish', repo, event: { name: 'workflow_run', payload: { action: 'completed', workflow_run: { head_sha: HEAD, pull_requests: [] } } } })).rejects.toThrow(
      /the workflow_run event payload does not match GitHub's webhook schema \(workflow-run-completed\)/,
    );
  });
});
