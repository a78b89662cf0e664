import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';

/**
 * One step output, in the runner's heredoc form (GITHUB_OUTPUT). The shared runner sets outputs through
 * @actions/core, which an action's own code must not import; this is the same protocol.
 */
export function writeOutput(file: string | undefined, name: string, value: string): void {
  if (!file) return;
  const delimiter = `ghadelimiter_${randomUUID()}`;
  fs.appendFileSync(file, `${name}<<${delimiter}\n${value}\n${delimiter}\n`);
}
