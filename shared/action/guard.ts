import type { GuardName, GuardResult } from '../findings/result';
import type { InputReader } from '../config/input-reader';
import type { Logger } from '../logger';
import type { RepoFs } from '../io/repo-fs';
import type { GitReader, ChangedFile } from '../io/git';
import type { RunMemo } from '../baseline/run-memo';

/** What the PR changed, when the run is about a PR (or the CLI was given --base). */
export interface ChangeSet {
  base: string;
  head: string;
  files: ChangedFile[];
  /** Repository-relative paths added, modified or renamed into (not deleted). */
  touched: Set<string>;
}

/** Everything an engine may use. No @actions/*, no octokit, no fs: the adapters are handed in. */
export interface EngineContext {
  fs: RepoFs;
  git: GitReader;
  logger: Logger;
  /** Undefined outside a PR and without --base, and when the change set is unknown (then `changesUnknown` says why). */
  changes?: ChangeSet;
  /**
   * Set when there was a base to compare with but no source could list the changes: the runner has already added
   * the change-set-unknown error, and the engine must not report "nothing changed" (or compare with anything).
   */
  changesUnknown?: string;
  /** PR labels, for approvals by label (empty outside a PR). */
  labels: string[];
  /** The job's environment, for checks of required variables (values are never printed). */
  env: Readonly<Record<string, string | undefined>>;
  /** Where the run writes its own files (reports, the embedded ledger), absolute. */
  workDir: string;
  /** What differs between a run on the GitHub runner and one on a developer's machine, named by what it changes. */
  policies: RunPolicies;
  /** Repository `owner/name`, when known. */
  repository?: string;
  /** Facts about the run (sha, ref, run id, attempt, workflow, actor) from the runner's environment. */
  run: RunInfo;
  /** Reads from the GitHub API, when the run has a token and a repository (never in the CLI). */
  github?: GitHubReads;
  /**
   * New-code mode only: what the head's run and the base's run share (shared/baseline/run-memo.ts), so a file the
   * same at both is analysed once. Absent in a single run: an engine then computes everything itself.
   */
  memo?: RunMemo;
  /**
   * The run at the base only: the rules whose findings are looked up there (those of the head's findings that could
   * exist at the base). A finding of any other rule is never compared, so an engine may skip a check that reports
   * none of these. Absent: every rule counts.
   */
  onlyRules?: ReadonlySet<string>;
}

/** What an engine may read back from GitHub, through the adapter: ledger-record reads its anchored heads. */
export interface GitHubReads {
  /** The commit's statuses, newest first. */
  listCommitStatuses(sha: string): Promise<{ context: string; state: string; description: string | null; createdAt: string; creator?: string }[]>;
}

export interface RunInfo {
  sha?: string;
  ref?: string;
  runId?: string;
  runAttempt?: string;
  workflow?: string;
  actor?: string;
  eventName?: string;
}

/**
 * One guard, as the action entry and the CLI both see it. `readInputs` reads every input once
 * into a frozen object (shared inputs such as fail-on are read by the shared runner).
 */
export interface GuardDefinition<I> {
  name: GuardName;
  /** Inputs that hold secrets (database URLs): their values are masked in logs. */
  secretInputs?: string[];
  readInputs(reader: InputReader): I;
  /**
   * How the guard uses the PR's change set (fetched or asked of the API when the clone lacks the base). A guard
   * without it compares nothing with a base: it gets the change set only when the clone can answer alone, to put
   * findings in changed files first.
   */
  changeSet?: ChangeSetNeeds<I>;
  /**
   * Where the result's `data` holds guard-root paths, as dotted patterns (`chains.*.hops.*.file`, `*` for every
   * element): they leave the guard repository-relative with the findings, and so do those words in the headline
   * and the sections (shared/changes/repo-paths.ts).
   */
  dataPaths?: readonly string[];
  run(inputs: I, ctx: EngineContext): Promise<GuardResult>;
}

/** What a guard may look at, before it runs, to tell whether it needs the change set: the tree, not the base. */
export type ChangeSetProbe = Pick<EngineContext, 'fs' | 'env'>;

export interface ChangeSetNeeds<I> {
  /**
   * Whether, with these inputs and this tree, the guard has something that needs the change set. Only then is
   * it fetched or asked of the API, and only then does an unknown change set fail the run (`change-set-unknown`,
   * the guard's other findings kept). False means nothing here compares with the base (a `db push` project).
   */
  needed(inputs: I, tree: ChangeSetProbe): boolean;
  /** A base the inputs name in place of the PR's (prisma-guard's `base`). */
  base?(inputs: I): string | undefined;
  /** Files (guard-root-relative) whose base content the guard reads: fetched from the API when the clone lacks the base. */
  needsBaseContent?(path: string): boolean;
}

export function defineGuard<I>(guard: GuardDefinition<I>): GuardDefinition<I> {
  return guard;
}

/**
 * The run's policies. Each is a separate switch, named for what it decides, rather than one "are we in Actions"
 * flag that every engine reads its own way: a test or a library entry can then set exactly the one it means.
 */
export interface RunPolicies {
  /**
   * The machine is thrown away after the job (GitHub's runner): an embedded ledger must be asked for with
   * `embedded: true` and lives in the run's work dir; on a developer's machine it lives in the repository.
   */
  ephemeralMachine: boolean;
  /**
   * Dependencies are expected to be installed when a lockfile exists (a workflow installs them before the guard):
   * edge-guard's unfollowed third-party imports are then an error, not a warning. Its `install-required` input
   * overrides this.
   */
  installExpected: boolean;
  /**
   * Without a change set (no pull request, no --base), a guard that judges changes checks the whole tree (a local
   * run) instead of nothing (a push build in a workflow, where `all: true` asks for the whole tree).
   */
  wholeTreeWithoutBase: boolean;
}

/** GitHub's runner. */
export const ACTIONS_POLICIES: Readonly<RunPolicies> = Object.freeze({ ephemeralMachine: true, installExpected: true, wholeTreeWithoutBase: false });
/** The CLI and the libraries, on a developer's machine. */
export const LOCAL_POLICIES: Readonly<RunPolicies> = Object.freeze({ ephemeralMachine: false, installExpected: false, wholeTreeWithoutBase: true });
