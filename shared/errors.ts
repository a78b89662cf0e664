/**
 * Two kinds of error, mapped to the exit by one handler (shared/action/handle-error.ts).
 * - ConfigurationError: the user can fix it; the message says what to change, and links the docs.
 * - InternalError: a bug in Bickford; say so and ask for a report.
 * The third outcome, findings over the threshold, is not thrown: it is the verdict, computed from the findings
 * (`decideVerdict` in shared/action/gate.ts) and turned into exit code 1 by the runner.
 */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
  constructor(
    message: string,
    readonly docsUrl?: string,
    /** Where the bad value was written, when it was written in a file. */
    readonly location?: { file: string; line?: number; column?: number },
  ) {
    super(message);
  }
}

export class InternalError extends Error {
  override readonly name = 'InternalError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

export function isConfigurationError(e: unknown): e is ConfigurationError {
  return e instanceof Error && e.name === 'ConfigurationError';
}

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
