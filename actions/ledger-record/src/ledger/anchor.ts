import type { GitHubReads } from '@shared/action/guard';
import { errorMessage } from '@shared/errors';
import type { LedgerHead } from './entry-columns';

/** The commit status context every build and deploy step posts its head to: the copy outside the database. */
export const ANCHOR_CONTEXT = 'bickford/ledger';

export type AnchorRead = { ok: true; head: LedgerHead; source: string } | { ok: false; reason: string };

const HEAD_TEXT = /(?:^|\s)(\d+):(?:sha256:)?([0-9a-f]{64})$/;

/**
 * The newest head anchored on `sha` (the statuses of the build's commit, which the build step wrote),
 * read where the database's operator cannot write. Each way it can fail is said as such: no API, the
 * API unreadable, no anchor, an anchor that does not parse.
 */
export async function readAnchoredHead(github: GitHubReads | undefined, sha: string): Promise<AnchorRead> {
  if (!github) return { ok: false, reason: 'the anchored head cannot be read: there is no GitHub API access (no github-token); pass expected-head, or give the step a token with statuses: read' };
  let statuses: Awaited<ReturnType<GitHubReads['listCommitStatuses']>>;
  try {
    statuses = await github.listCommitStatuses(sha);
  } catch (e) {
    return { ok: false, reason: `the anchored head of commit ${sha.slice(0, 12)} could not be read from the GitHub API (${errorMessage(e).slice(0, 200)}); the token needs statuses: read` };
  }
  const anchors = statuses.filter((s) => s.context === ANCHOR_CONTEXT);
  if (anchors.length === 0)
    return { ok: false, reason: `commit ${sha.slice(0, 12)} has no ${ANCHOR_CONTEXT} status: its build step left no anchored head (it needs statuses: write, and mode: check or the publisher)` };
  const newest = anchors[0];
  const m = HEAD_TEXT.exec((newest.description ?? '').trim());
  if (!m) return { ok: false, reason: `the newest ${ANCHOR_CONTEXT} status of commit ${sha.slice(0, 12)} does not hold a head (<seq>:<hash>): '${(newest.description ?? '').slice(0, 80)}'` };
  return { ok: true, head: { seq: Number(m[1]), hash: m[2] }, source: `the ${ANCHOR_CONTEXT} status of commit ${sha.slice(0, 12)} (${newest.createdAt}${newest.creator ? `, by ${newest.creator}` : ''})` };
}
