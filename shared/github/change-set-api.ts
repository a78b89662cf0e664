import type { ChangedFile } from '../io/git';
import { GitHubApiError, type GitHubClient } from './api-client';
import type { RepoRef } from './publish-api';

/**
 * The three REST calls the change-set resolver makes, in one place so that the Octokit client can take them over:
 * a PR's files, a comparison of two commits, and a file's content at a ref. Paths are repository-relative.
 */
export interface ChangeSetApi {
  /** Names what it asks, for the log and the error: `GET /repos/o/r/pulls/7/files`. */
  describe(): string;
  listChanges(): Promise<ChangedFile[]>;
  /** A file's content at a ref, or undefined when it does not exist there. */
  contentAt(ref: string, repoPath: string): Promise<string | undefined>;
}

// https://docs.github.com/en/rest/pulls/pulls#list-pull-requests-files: "Responses include a maximum of 3000 files".
const PR_FILES_LIMIT = 3000;
// https://docs.github.com/en/rest/commits/commits#compare-two-commits: the files list "includes up to 300 changed files".
const COMPARE_FILES_LIMIT = 300;

interface ApiFile {
  filename: string;
  status: string;
  previous_filename?: string;
}

function toChangedFile(f: ApiFile): ChangedFile {
  // GitHub's statuses: added, removed, modified, renamed, copied, changed, unchanged.
  const status = f.status === 'removed' ? 'deleted' : f.status === 'added' || f.status === 'copied' ? 'added' : f.status === 'renamed' ? 'renamed' : 'modified';
  return { path: f.filename, status, ...(f.previous_filename && status === 'renamed' ? { previousPath: f.previous_filename } : {}) };
}

export class TruncatedListError extends Error {
  override readonly name = 'TruncatedListError';
}

/** The PR's files when the run is about a PR, else the comparison of base and head (a push). */
export function changeSetApi(client: GitHubClient, ref: RepoRef, target: { pr?: number; base: string; head: string }): ChangeSetApi {
  const repo = `/repos/${ref.owner}/${ref.repo}`;
  const listPath = target.pr !== undefined ? `${repo}/pulls/${target.pr}/files` : `${repo}/compare/${target.base}...${target.head}`;
  return {
    describe: () => `GET ${listPath}`,
    async listChanges() {
      if (target.pr !== undefined) {
        const files = await client.paginate<ApiFile>(listPath, PR_FILES_LIMIT / 100 + 1);
        if (files.length >= PR_FILES_LIMIT) throw new TruncatedListError(`the API lists at most ${PR_FILES_LIMIT} files of a pull request and this one has at least that many`);
        return files.map(toChangedFile);
      }
      const compare = await client.request<{ files?: ApiFile[] }>('GET', `${listPath}?per_page=100`);
      const files = compare.files ?? [];
      if (files.length >= COMPARE_FILES_LIMIT) throw new TruncatedListError(`the API lists at most ${COMPARE_FILES_LIMIT} files of a comparison and this one has at least that many`);
      return files.map(toChangedFile);
    },
    async contentAt(at, repoPath) {
      const encoded = repoPath.split('/').map(encodeURIComponent).join('/');
      try {
        const body = await client.request<{ type?: string; encoding?: string; content?: string }>('GET', `${repo}/contents/${encoded}?ref=${encodeURIComponent(at)}`);
        // Files over 1 MB come back with encoding "none" and no content: unknown, not empty.
        if (body?.type !== 'file' || body.encoding !== 'base64' || typeof body.content !== 'string') throw new Error(`the contents API gave no base64 content for ${repoPath}`);
        return Buffer.from(body.content, 'base64').toString('utf8');
      } catch (e) {
        if (e instanceof GitHubApiError && e.status === 404) return undefined;
        throw e;
      }
    },
  };
}
