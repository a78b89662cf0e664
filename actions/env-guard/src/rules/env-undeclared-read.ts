import { createFinding, type Finding } from '@shared/findings/finding';
import type { Location } from '@shared/findings/finding';
import type { EnvRuleMeta } from './rule';

export const meta: EnvRuleMeta = {
  id: 'env-undeclared-read',
  severity: 'error',
  description: 'An environment variable is read in a workspace package but no turbo.json declares it for that package.',
  help: 'turbo leaves an undeclared variable out of the cache key, so a change to it replays a stale cache hit, and strict mode strips it from the task. Declare it in the env of the task that reads it, or in globalEnv when every task needs it.',
};

/** Where a fix would go: a task's env in a turbo.json, or globalEnv in the root one. */
export interface Suggestion {
  task?: string;
  file: string;
  /** Set when the root turbo.json declares the variable but this package's turbo.json replaced that list. */
  replacedBy?: string;
}

export function undeclaredRead(name: string, location: Location, workspace: string, suggestion: Suggestion): Finding {
  const where = suggestion.task
    ? `add it to the \`env\` of the \`${suggestion.task}\` task in ${suggestion.file}, or to \`globalEnv\``
    : `add it to \`globalEnv\` in ${suggestion.file}`;
  const replaced = suggestion.replacedBy
    ? ` (the root turbo.json declares it, but ${suggestion.replacedBy} replaces that task's env: add "$TURBO_EXTENDS$" to the list to inherit it)`
    : '';
  return createFinding({
    ruleId: meta.id,
    severity: meta.severity,
    message: `${name} is read in ${workspace} but no turbo.json declares it; ${where}${replaced}`,
    location,
    help: meta.help,
    fingerprintKey: name,
    properties: { variable: name, workspace, suggestedTask: suggestion.task ?? 'globalEnv', suggestedFile: suggestion.file },
  });
}
