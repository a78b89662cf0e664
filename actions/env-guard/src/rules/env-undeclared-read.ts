import type { Finding } from '@shared/findings/finding';
import { defineRule } from '@shared/rules/define-rule';
import type { Location } from '@shared/findings/finding';
import type { Stakes } from '../engine/pass-through';

export const envUndeclaredRead = defineRule({
  id: 'env-undeclared-read',
  guard: 'env-guard',
  severity: 'error',
  description: 'An environment variable is read in a workspace package but no turbo.json declares it for that package.',
  help: 'turbo leaves an undeclared variable out of the cache key, so a change to it replays a stale cache hit, and strict mode strips it from the task. Declare it in the env of the task that reads it, or in globalEnv when every task needs it.',
});

/** Where a fix would go: a task's env in a turbo.json, or globalEnv in the root one. */
export interface Suggestion {
  task?: string;
  file: string;
  /** Set when the root turbo.json declares the variable but this package's turbo.json replaced that list. */
  replacedBy?: string;
  /** The generic task `task` (a `pkg#task`) replaces for this package. */
  replaces?: string;
  /** Set when that generic task declares the variable: turbo does not merge it into `pkg#task`. */
  declaredByReplaced?: boolean;
  /** Where the file sits when it is not in a workspace package (the root package, or no package at all). */
  scope?: string;
}

const DECLARE = 'Declare it in the env of the task that reads it, or in globalEnv when every task needs it.';

/** The help that is true for this repository: what turbo does with this variable in its mode. */
export function helpFor(name: string, stakes: Stakes): string {
  switch (stakes) {
    case 'loose':
      return `Under \`envMode: loose\` turbo passes every variable to the task, so ${name} arrives; but an undeclared variable is left out of the cache key, so a change to it replays a stale cache hit. ${DECLARE}`;
    case 'passed-through':
      return `turbo passes ${name} to every task even in strict mode (it is on turbo's built-in pass-through list), but leaves it out of the cache key: when the task's output depends on it, a change replays a stale cache hit. ${DECLARE} If the output does not depend on it, list it in \`allow\`.`;
    case 'turbo1':
      return `turbo 1 (\`pipeline\`) passes undeclared variables to tasks unless run with \`--env-mode=strict\`, but leaves them out of the hash, so a change to ${name} replays a stale cache hit. ${DECLARE}`;
    default:
      return envUndeclaredRead.help;
  }
}

export function undeclaredRead(name: string, location: Location, workspace: string, suggestion: Suggestion, stakes: Stakes = 'strict'): Finding {
  const where = suggestion.task
    ? `add it to the \`env\` of the \`${suggestion.task}\` task in ${suggestion.file}, or to \`globalEnv\``
    : `add it to \`globalEnv\` in ${suggestion.file}`;
  const inherit = stakes === 'turbo1' ? "copy the root task's entries into it (turbo 1 has no $TURBO_EXTENDS$)" : 'add "$TURBO_EXTENDS$" to the list to inherit it';
  const replaced = suggestion.replacedBy ? ` (the root turbo.json declares it, but ${suggestion.replacedBy} replaces that task's env: ${inherit})` : '';
  const where2 = suggestion.declaredByReplaced
    ? `the generic \`${suggestion.replaces}\` task declares it, but \`${suggestion.task}\` in ${suggestion.file} replaces that task for this package (turbo does not merge the two): add it to the \`env\` of \`${suggestion.task}\``
    : undefined;
  const scope = suggestion.scope ?? workspace;
  return envUndeclaredRead.report({
    // The value arrives either way; only the cache key is at stake, and PATH or GITHUB_SHA rarely shape an output.
    severity: stakes === 'passed-through' ? 'warning' : envUndeclaredRead.severity,
    message: where2 ? `${name} is read in ${scope} but is not declared for the task that runs there; ${where2}` : `${name} is read in ${scope} but no turbo.json declares it; ${where}${replaced}`,
    location,
    help: helpFor(name, stakes),
    fingerprintKey: name,
    properties: { variable: name, workspace, suggestedTask: suggestion.task ?? 'globalEnv', suggestedFile: suggestion.file },
  });
}
