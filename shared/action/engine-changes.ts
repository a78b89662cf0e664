import type { Finding } from '../findings/finding';
import type { GitReader } from '../io/git';
import type { ChangeSet } from './guard';
import type { ChangeResolution } from './resolve-changes';

export interface EngineChanges {
  changes?: ChangeSet;
  changesUnknown?: string;
  /** The reader that knows the base: git's, or the API's view of the base when the clone lacks it. */
  git: GitReader;
  /** The change-set-unknown error, when this guard needed the change set and it is unknown. */
  finding?: Finding;
}

/**
 * What one guard's engine is handed from the run's change-set resolution (shared by the action and the CLI).
 * `needed` is the guard's `changeSet.needed(inputs, tree)`, asked once before the resolution.
 */
export function engineChanges(needed: boolean, resolution: ChangeResolution, git: GitReader): EngineChanges {
  if (resolution.kind === 'known') return { changes: resolution.changes, git: resolution.git };
  if (resolution.kind === 'none') return { git };
  // Nothing in this run compares with the base: it loses nothing, and runs as without a PR.
  if (!needed) return { git };
  return { git, changesUnknown: resolution.tried.join('; '), finding: resolution.finding };
}
