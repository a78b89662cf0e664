import { errorMessage, isConfigurationError } from '../errors';
import type { Logger } from '../logger';

/** Exit codes shared by the action and the CLI. */
export const EXIT = { ok: 0, findings: 1, configuration: 2, internal: 3 } as const;

const ISSUES_URL = 'https://github.com/bickford/actions/issues/new';

/** The one place errors become an exit code and a message a person can act on. */
export function handleError(e: unknown, logger: Logger, annotate?: (message: string, location?: { file: string; line?: number; column?: number }) => void): number {
  if (isConfigurationError(e)) {
    const message = `${e.message}${e.docsUrl ? ` (see ${e.docsUrl})` : ''}`;
    if (annotate) annotate(message, e.location);
    else logger.error(e.location ? `${e.location.file}${e.location.line ? `:${e.location.line}` : ''}: ${message}` : message);
    return EXIT.configuration;
  }
  const message = `Bickford hit an internal error, which is a bug: ${errorMessage(e)}. Please report it at ${ISSUES_URL} with this log.`;
  if (annotate) annotate(message);
  else logger.error(message);
  if (e instanceof Error && e.stack) logger.debug(e.stack);
  return EXIT.internal;
}
