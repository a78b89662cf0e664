import { FakeGitHub } from '../../test/harness/fake-github';
import { GitHubApiError, GitHubClient } from './api-client';

describe('GitHubClient.request', () => {
  it('tries again after a 502 and returns the answer that follows', async () => {
    const github = new FakeGitHub({ pullFiles: [{ filename: 'a.sql', status: 'added' }], failing: { pattern: /files$/, times: 2 } });
    await github.start();
    try {
      const client = new GitHubClient(github.url, 't', 5_000, [1, 1]);
      expect(await client.request('GET', '/repos/o/r/pulls/1/files')).toEqual([{ filename: 'a.sql', status: 'added' }]);
      expect(github.calls).toHaveLength(3);
    } finally {
      await github.stop();
    }
  });

  it('gives up after three tries, and never retries a 4xx', async () => {
    const github = new FakeGitHub({ failing: { pattern: /files$/, times: 'always' } });
    await github.start();
    try {
      const client = new GitHubClient(github.url, 't', 5_000, [1, 1]);
      await expect(client.request('GET', '/repos/o/r/pulls/1/files')).rejects.toMatchObject({ status: 502 });
      expect(github.calls).toHaveLength(3);
      await expect(client.request('GET', '/repos/o/r/nothing-here')).rejects.toBeInstanceOf(GitHubApiError);
      expect(github.calls).toHaveLength(4);
    } finally {
      await github.stop();
    }
  });
});
