import type { Suggestion } from '../rules/env-undeclared-read';
import type { WorkspaceEnv } from './declared-env';

const TEST_FILE = /(\.(test|spec)\.[cm]?[jt]sx?$)|(^|\/)__tests__\//;

/**
 * Which task would take a variable read in `file`: a test file's reads belong to `test`, anything else to
 * `build` (the task whose cache a missing variable poisons), else the first task the package has a script for.
 * No task at all: globalEnv in the root turbo.json.
 */
export function suggestTask(env: WorkspaceEnv, file: string, rootTurboJson: string): Suggestion {
  const runs = env.tasks.filter((t) => env.workspace.scripts.size === 0 || env.workspace.scripts.has(t.name));
  const pool = runs.length > 0 ? runs : env.tasks;
  const byName = (n: string) => pool.find((t) => t.name === n);
  const task = (TEST_FILE.test(file) ? byName('test') : undefined) ?? byName('build') ?? pool[0];
  if (!task) return { file: rootTurboJson };
  return { task: task.key, file: env.ownTurboJson ?? task.file, ...(task.replaces ? { replaces: task.replaces.key } : {}) };
}
