import { errorMessage } from '../errors';
import { ApiBaseView } from '../changes/base-view';
import { intoGuardRoot } from '../changes/translate';
import { createFinding, type Finding } from '../findings/finding';
import type { ChangeSetApi } from '../github/change-set-api';
import type { ChangedFile, GitHistory, GitReader } from '../io/git';
import type { RepoFs } from '../io/repo-fs';
import type { Logger } from '../logger';
import type { ChangeSet } from './guard';

import { CHANGE_SET_DOCS, CHANGE_SET_UNKNOWN } from '../changes/change-set-unknown';

/** What the run compares with, decided once for every guard. */
export type ChangeResolution =
  /** Nothing to compare with (no PR, a new branch's first push, the CLI without --base): a real "whole tree" run. */
  | { kind: 'none'; reason: string }
  /** `git` answers questions about the base (the clone's, or the API's view of it when the clone lacks it). */
  | { kind: 'known'; changes: ChangeSet; source: 'git' | 'fetch' | 'api'; git: GitReader }
  /** Every source failed: the guards that need the change set must fail with `finding`. */
  | { kind: 'unknown'; tried: string[]; finding: Finding };

export interface ResolveOptions {
  base?: string;
  head?: string;
  git: GitReader & GitHistory;
  /** The guard root, to read the head's files for the API's view of the base. */
  fs: RepoFs;
  logger: Logger;
  /** True: fetch the missing commits from origin (in Actions). A string: why not (the CLI leaves a developer's clone alone). */
  fetch: true | string;
  /** The REST API, or why there is none (`no github-token`). */
  api: ChangeSetApi | string;
  /** False when nothing in the run needs the change set (the guard's `changeSet.needed`): an unknown one is then logged, not an error. */
  required?: boolean;
  /** Files (guard-root-relative) whose base content a guard reads, fetched from the API when the clone lacks the base. */
  needsBaseContent?: (path: string) => boolean;
}

// Each round fetches this deep (then everything): most PRs are found in the first, long-lived branches in a later one.
const DEPTHS = [50, 250, 1000] as const;
const short = (ref: string) => (/^[0-9a-f]{40}$/.test(ref) ? ref.slice(0, 7) : ref);

/**
 * The files a run changed, from the first source that can answer: the clone's objects; the missing commits
 * fetched from origin (deepening until the merge base appears); the REST API. Never an empty set standing for
 * "could not tell": that is `unknown`, with what was tried.
 */
export async function resolveChanges(options: ResolveOptions): Promise<ChangeResolution> {
  const { base, head, git, logger } = options;
  if (!base || /^0+$/.test(base)) {
    const reason = !base ? 'no pull request or base commit to compare with' : 'the first push of a new branch has no base commit';
    logger.info(`Change set: none (${reason}); every file is checked as it is.`);
    return { kind: 'none', reason };
  }
  const target = head ?? 'HEAD';
  const tried: string[] = [];
  const prefix = git.prefix ?? '';

  const fromGit = (b: string, h: string, source: 'git' | 'fetch'): ChangeResolution | undefined => {
    if (!git.mergeBase(b, h)) return undefined;
    const files = git.changedFiles(b, h);
    if (!files) return undefined;
    return known(b, h, intoGuardRoot(files, prefix), source, git, logger, files.length);
  };

  if (git.prefix === undefined) tried.push('git: the guard root is not inside a git repository');
  else {
    const local = git.hasCommit(base) && git.hasCommit(target) ? fromGit(git.resolve(base) ?? base, git.resolve(target) ?? target, 'git') : undefined;
    if (local) return local;
    tried.push(`git: the clone lacks ${[base, target].filter((r) => !git.hasCommit(r)).map(short).join(' and ') || `the merge base of ${short(base)} and ${short(target)}`} (a shallow checkout)`);

    if (options.fetch === true) {
      const fetched = fetchAndDiff(git, base, target, logger, tried);
      if (fetched) {
        const r = fromGit(fetched.base, fetched.head, 'fetch');
        if (r) return r;
      }
    } else tried.push(`git fetch: not attempted (${options.fetch})`);
  }

  if (typeof options.api === 'string') tried.push(`the REST API: ${options.api}`);
  else {
    try {
      logger.info(`Change set: asking the API (${options.api.describe()}).`);
      const repoFiles = await options.api.listChanges();
      const files = intoGuardRoot(repoFiles, prefix);
      const contents = new Map<string, string>();
      for (const f of files) {
        const old = f.status === 'renamed' ? f.previousPath : f.status === 'added' ? undefined : f.path;
        if (!old || !options.needsBaseContent?.(old)) continue;
        const text = await options.api.contentAt(base, `${prefix}${old}`);
        if (text === undefined) throw new Error(`the API says ${prefix}${old} does not exist at ${short(base)}, but the PR ${f.status === 'renamed' ? 'renamed' : f.status === 'deleted' ? 'deleted' : 'changed'} it`);
        contents.set(old, text);
      }
      if (contents.size > 0) logger.info(`Change set: read the base content of ${contents.size} file${contents.size === 1 ? '' : 's'} from the API.`);
      const view = new ApiBaseView(git, options.fs, base, files, contents);
      return known(base, target, files, 'api', view, logger, repoFiles.length);
    } catch (e) {
      tried.push(`the REST API (${options.api.describe()}): ${errorMessage(e).slice(0, 300)}`);
    }
  }

  const finding = createFinding({
    ruleId: CHANGE_SET_UNKNOWN,
    severity: 'error',
    message: `The change set is unknown: Bickford could not tell which files changed between ${short(base)} and ${short(target)}, so the checks that compare with the base did not run. Tried: ${tried.join('; ')}.`,
    help: 'Check out with `fetch-depth: 0` (actions/checkout), or keep its persisted credentials so Bickford can fetch the base, or give the step a token with `contents: read` and `pull-requests: read` so the API can list the changes.',
    docsUrl: CHANGE_SET_DOCS,
    fingerprintKey: 'change-set-unknown',
    properties: { base, head: target, tried },
  });
  if (options.required === false) logger.info(`Change set: unknown (${tried.join('; ')}); nothing in this run compares with the base, so it does not need one.`);
  else logger.error(`Change set: unknown. ${tried.join('; ')}.`);
  return { kind: 'unknown', tried, finding };
}

function known(base: string, head: string, files: ChangedFile[], source: 'git' | 'fetch' | 'api', git: GitReader, logger: Logger, repoCount: number): ChangeResolution {
  const from = { git: "the clone's history", fetch: 'commits fetched from origin', api: 'the REST API' }[source];
  const outside = repoCount - files.length;
  logger.info(
    `Change set: ${files.length} file${files.length === 1 ? '' : 's'} changed between ${short(base)} and ${short(head)}, from ${from}` +
      (outside > 0 ? ` (${outside} more outside the working directory)` : '') +
      '.',
  );
  const changes: ChangeSet = { base, head, files, touched: new Set(files.filter((f) => f.status !== 'deleted').map((f) => f.path)) };
  return { kind: 'known', changes, source, git };
}

/** Fetches base and head from origin, deeper each round, until git finds their merge base. Returns their commits. */
function fetchAndDiff(git: GitHistory & GitReader, base: string, head: string, logger: Logger, tried: string[]): { base: string; head: string } | undefined {
  const rounds: (number | 'unshallow')[] = [...DEPTHS, 'unshallow'];
  for (const depth of rounds) {
    const r = git.fetch({ base, head }, depth);
    if (!r.ok) {
      tried.push(`git fetch --no-tags ${depth === 'unshallow' ? '--unshallow' : `--depth=${depth}`} origin ${short(base)} ${short(head)}: ${r.message}`);
      return undefined;
    }
    const b = git.resolve('refs/bickford/base');
    const h = git.resolve('refs/bickford/head');
    if (b && h && git.mergeBase(b, h)) {
      logger.info(`Change set: fetched ${short(base)} and ${short(head)} from origin (${depth === 'unshallow' ? 'the whole history' : `depth ${depth}`}).`);
      return { base: b, head: h };
    }
    logger.info(`Change set: no merge base of ${short(base)} and ${short(head)} within ${depth === 'unshallow' ? 'the whole history' : `${depth} commits`}.`);
  }
  tried.push(`git fetch: ${short(base)} and ${short(head)} share no history on origin`);
  return undefined;
}
