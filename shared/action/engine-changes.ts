import type { Finding } from '../findings/finding';
import type { GitReader } from '../io/git';
import type { ChangeSet, GuardDefinition } from './guard';
import type { ChangeResolution } from './resolve-changes';

export interface EngineChanges {
  changes?: ChangeSet;
  changesUnknown?: string;
  /** The reader that knows the base: git's, or the API's view of the base when the clone lacks it. */
  git: GitReader;
  /** The change-set-unknown error, when this guard needed the change set and it is unknown. */
  finding?: Finding;
}

/** What one guard's engine is handed from the run's change-set resolution (shared by the action and the CLI). */
export function engineChanges<I>(guard: GuardDefinition<I>, inputs: I, resolution: ChangeResolution, git: GitReader): EngineChanges {
  if (resolution.kind === 'known') return { changes: resolution.changes, git: resolution.git };
  if (resolution.kind === 'none') return { git };
  // A guard that checks the whole tree whatever changed loses nothing: it runs as without a PR.
  if (!guard.changeSet?.needed(inputs)) return { git };
  return { git, changesUnknown: resolution.tried.join('; '), finding: resolution.finding };
}
