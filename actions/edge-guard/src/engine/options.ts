import type { InputOrigin } from '@shared/config/input-reader';
import type { Finding } from '@shared/findings/finding';

/** What a run of edge-guard is told, from action inputs, `.bickford.yml` or CLI flags. */
export interface EdgeGuardOptions {
  /** Extra entry globs: Cloudflare workers and other edge code Next does not mark. */
  entries: string[];
  /** Where `entries` was set (the input, a flag, or its key in .bickford.yml): a pattern matching no file is reported there. */
  entriesFrom?: InputOrigin;
  /** Specifiers, package names or path globs that edge code may import: not reported, not followed. */
  allow: string[];
  /** Specifiers, package names or path globs that edge code must not import. */
  deny: string[];
  /** Repository-relative path of the baseline file (accepted violations), if any. */
  baselineFile?: string;
  /**
   * Marks accepted findings before the verdict is counted, in place of reading `baselineFile` here: the action's
   * deprecated `baseline-file` input goes through the shared baseline (src/legacy-baseline.ts).
   */
  acceptBaseline?: (findings: Finding[]) => void;
  /** Names of the module-level calls that make a Node-only module fail fast. */
  guardFunctions: string[];
  /** Report Node-only workspace modules that both runtimes reach (or of packages with edge exports) that do not call a guard function at module level. */
  requireRuntimeGuard: boolean;
  /** File name of the per-workspace tsconfig. */
  tsconfig: string;
  /** Follow installed packages in node_modules down to their runtime JavaScript. */
  followNodeModules: boolean;
  /**
   * Third-party packages that edge code imports but that are not installed fail the check (an error) rather
   * than a warning. Undefined: true in Actions when the repository has a lockfile, else false.
   */
  installRequired?: boolean;
  /** Put every reached module in data.modules (benchmarks compare reached sets; reports stay small). */
  listModules?: boolean;
}

export const DEFAULT_OPTIONS: EdgeGuardOptions = Object.freeze({
  entries: [],
  allow: [],
  deny: [],
  guardFunctions: ['assertNodeRuntime'],
  requireRuntimeGuard: true,
  tsconfig: 'tsconfig.json',
  followNodeModules: true,
});
