import { ConfigurationError } from '@shared/errors';
import type { EngineContext } from '@shared/action/guard';
import type { Finding } from '@shared/findings/finding';
import type { Section } from '@shared/findings/result';
import type { SqlClient, SqlQueryable } from '../db/sql-client';
import type { LedgerInputs } from '../inputs';
import type { EntryRef } from '../ledger/entry-columns';
import type { ChainReport } from '../ledger/verify-chain';

/** What every event handler gets: the primary for writes, the reader (a replica, or the primary) for look-ups. */
export interface LedgerSession {
  primary: SqlClient;
  reader: SqlQueryable;
  tenantId: string;
  inputs: LedgerInputs;
  ctx: EngineContext;
}

export interface EventOutcome {
  /** The entry appended, or found again (idempotent retry, unchanged schema). */
  entry?: EntryRef;
  appended: boolean;
  findings: Finding[];
  headline: string;
  sections?: Section[];
  chain?: ChainReport;
}

/**
 * (repository, run id, attempt, job, matrix values, commit, type): two builds in one run attempt (two
 * jobs, or two legs of a matrix) are two entries, while the same step retried gets its first entry
 * back. Undefined outside a workflow run.
 */
export function idempotencyKey(session: LedgerSession, type: string, extra?: string): string | undefined {
  const { runId, runAttempt } = session.ctx.run;
  if (!runId) return undefined;
  const job = session.ctx.env.GITHUB_JOB ?? '';
  const commit = session.inputs.commit ?? session.ctx.run.sha ?? '';
  return [session.ctx.repository ?? '', runId, runAttempt ?? '1', job, session.inputs.matrix, commit, type, ...(extra ? [extra] : [])].join('\u001f');
}

export function requireCommit(session: LedgerSession, event: string): string {
  const commit = session.inputs.commit ?? session.ctx.run.sha;
  if (!commit) throw new ConfigurationError(`event: ${event} needs a commit: set the commit input (the runner's GITHUB_SHA is used when present)`);
  return commit;
}

/** Facts about the run that every entry records. */
export function runFacts(session: LedgerSession): Record<string, string | number | null> {
  const { run } = session.ctx;
  return {
    repository: session.ctx.repository ?? null,
    runId: run.runId ?? null,
    runAttempt: run.runAttempt ? Number(run.runAttempt) : null,
    workflow: run.workflow ?? null,
    actor: run.actor ?? null,
  };
}
