import { randomUUID } from 'node:crypto';
import type { Logger } from '../logger';
import { group, issueCommand, writeLine } from './workflow-commands';

/** The Logger engines use, written as the runner expects: ::debug::, ::warning::, ::group::. */
export class ActionsLogger implements Logger {
  debug(message: string): void {
    issueCommand('debug', {}, message);
  }
  /**
   * Plain log lines carry file names and messages from the repository under review. writeLine writes them
   * raw, and the runner would obey a line that starts with `::`, so such text is logged with command
   * processing stopped (the runner's `::stop-commands::` protocol) and then resumed.
   */
  info(message: string): void {
    if (!/(^|[\r\n])\s*::/.test(message)) {
      writeLine(message);
      return;
    }
    const token = randomUUID();
    writeLine(`::stop-commands::${token}`);
    writeLine(message);
    writeLine(`::${token}::`);
  }
  warning(message: string): void {
    issueCommand('warning', {}, message);
  }
  error(message: string): void {
    issueCommand('error', {}, message);
  }
  group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    return group(name, fn);
  }
}
