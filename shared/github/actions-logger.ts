import * as core from '@actions/core';
import { randomUUID } from 'node:crypto';
import type { Logger } from '../logger';

/** The Logger engines use, written as the runner expects: ::debug::, ::warning::, ::group::. */
export class ActionsLogger implements Logger {
  debug(message: string): void {
    core.debug(message);
  }
  /**
   * Plain log lines carry file names and messages from the repository under review. core.info writes them
   * raw, and the runner would obey a line that starts with `::`, so such text is logged with command
   * processing stopped (the runner's `::stop-commands::` protocol) and then resumed.
   */
  info(message: string): void {
    if (!/(^|[\r\n])\s*::/.test(message)) {
      core.info(message);
      return;
    }
    const token = randomUUID();
    core.info(`::stop-commands::${token}`);
    core.info(message);
    core.info(`::${token}::`);
  }
  warning(message: string): void {
    core.warning(message);
  }
  error(message: string): void {
    core.error(message);
  }
  group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    return core.group(name, fn);
  }
}
