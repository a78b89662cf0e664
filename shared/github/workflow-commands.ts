import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import { EOL } from 'node:os';
import { formatCommand } from '../reporters/escape';

/**
 * The runner's side of an action step: workflow commands on stdout and the GITHUB_OUTPUT file
 * (https://docs.github.com/actions/reference/workflow-commands-for-github-actions), as actions/toolkit's
 * `@actions/core` writes them. Written here rather than imported: @actions/core loads an HTTP client (undici,
 * for OIDC tokens) when it is imported, ~30 ms of every run for five commands and a file.
 */
export function issueCommand(command: string, properties: Record<string, string | number>, message: string): void {
  process.stdout.write(formatCommand(command, properties, message) + EOL);
}

/** A plain log line, written as is (callers stop command processing around hostile text). */
export function writeLine(message: string): void {
  process.stdout.write(message + EOL);
}

/** Masks a secret in every later log line of the job. */
export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret);
}

/**
 * A step output: appended to GITHUB_OUTPUT in the heredoc form, with a random delimiter so that no value
 * can end it early; the deprecated `::set-output` command only where the runner gives no file.
 */
export function setOutput(name: string, value: string, env: NodeJS.ProcessEnv = process.env): void {
  const file = env.GITHUB_OUTPUT;
  if (!file) {
    process.stdout.write(EOL);
    issueCommand('set-output', { name }, value);
    return;
  }
  let delimiter = `ghadelimiter_${randomUUID()}`;
  while (name.includes(delimiter) || value.includes(delimiter)) delimiter = `ghadelimiter_${randomUUID()}`;
  fs.appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`);
}

/** Folds the lines `fn` logs into a collapsible group of the job log. */
export async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  issueCommand('group', {}, name);
  try {
    return await fn();
  } finally {
    issueCommand('endgroup', {}, '');
  }
}
