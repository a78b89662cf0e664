import { ConfigurationError } from '@shared/errors';
import type { JsonValue } from '../../db/rows';
import { appendEntry } from '../ledger/append';
import { sha256Hex } from '../ledger/entry-hash';
import { idempotencyKey, runFacts, type EventOutcome, type LedgerSession } from './session';

interface ScoreReport {
  score: number;
  regressive: boolean;
  migrations: JsonValue[];
}

type Loose = Record<string, unknown> | undefined;

/** migration-score's JSON report: its outputs (risk-score, regressive) and per-migration data, or the same at the top level. */
export function readScoreReport(text: string, path: string): ScoreReport {
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch (e) {
    throw new ConfigurationError(`report ${path} is not JSON (${(e as Error).message}); pass the file migration-score wrote with report-path`);
  }
  const outputs = json.outputs as Loose;
  const data = json.data as Loose;
  const rawScore = json.score ?? outputs?.['risk-score'] ?? outputs?.score ?? data?.score;
  const score = typeof rawScore === 'string' ? Number(rawScore) : rawScore;
  if (typeof score !== 'number' || !Number.isFinite(score))
    throw new ConfigurationError(`report ${path} has no score (looked for score and outputs.risk-score); is it migration-score's JSON report?`);
  const rawRegressive = json.regressive ?? outputs?.regressive ?? data?.regressive;
  const regressive = rawRegressive === true || rawRegressive === 'true';
  const migrations = (json.migrations ?? data?.migrations ?? []) as JsonValue[];
  return { score, regressive, migrations: Array.isArray(migrations) ? migrations : [] };
}

export async function recordMigrationScore(session: LedgerSession): Promise<EventOutcome> {
  const path = session.inputs.report;
  if (!path) throw new ConfigurationError("event: migration-score needs the report input: the path of migration-score's JSON report");
  if (!session.ctx.fs.isFile(path)) throw new ConfigurationError(`report ${path} does not exist; run migration-score first with report-path set to it`);
  const text = session.ctx.fs.readText(path);
  const report = readScoreReport(text, path);
  const commit = session.inputs.commit ?? session.ctx.run.sha ?? null;
  const { entry, appended } = await appendEntry(session.primary, {
    tenantId: session.tenantId,
    type: 'migration-score',
    payload: { ...runFacts(session), commit, score: report.score, regressive: report.regressive, migrations: report.migrations, reportSha256: sha256Hex(text) },
    idempotencyKey: idempotencyKey(session, 'migration-score'),
    event: { table: 'MigrationScore', values: { commit, score: report.score, regressive: report.regressive, migrations: JSON.stringify(report.migrations) } },
  });
  return {
    entry,
    appended,
    findings: [],
    headline: `${appended ? 'Recorded' : 'Already recorded'} migration score ${report.score}${report.regressive ? ' (regressive)' : ''} as ledger entry ${entry.seq}`,
  };
}
