import * as core from './workflow-commands';
import type { Logger } from '../logger';
import { inert } from './inert';

/**
 * The Logger engines use, written through @actions/core. Workflow commands (debug, warning, error) escape
 * their data; plain lines carry file names and messages from the repository, so they go through `inert`.
 */
export class ActionsLogger implements Logger {
  debug(message: string): void {
    core.debug(message);
  }
  info(message: string): void {
    core.info(inert(message));
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
