import { defineGuard, type EngineContext } from '@shared/action/guard';
import { ConfigurationError } from '@shared/errors';
import { migrateLedger } from './db/migrate';
import { openLedger } from './db/open-ledger';
import { sqlState } from './db/sql-client';
import { recordBuild } from './events/record-build';
import { recordDeploy } from './events/record-deploy';
import { recordMigrationScore } from './events/record-migration-score';
import { recordSchema } from './events/record-schema';
import { runVerify } from './events/run-verify';
import type { EventOutcome, LedgerSession } from './events/session';
import { readLedgerInputs, type LedgerEvent, type LedgerInputs } from './inputs';
import { buildLedgerResult } from './ledger-result';
import { CanonicalJsonError } from './ledger/canonical-json';
import { readHead } from './ledger/head';

const HANDLERS: Record<LedgerEvent, (s: LedgerSession) => Promise<EventOutcome>> = {
  build: recordBuild,
  deploy: recordDeploy,
  schema: recordSchema,
  'migration-score': recordMigrationScore,
  verify: runVerify,
};

/** Database errors the user can fix, said in their terms. */
function explain(e: unknown): unknown {
  if (e instanceof CanonicalJsonError) return new ConfigurationError(`The entry cannot be recorded exactly: ${e.message}`);
  const state = sqlState(e);
  if (state === '42P01') return new ConfigurationError('The ledger tables do not exist in this database: run once with migrate: true (the default) as the database owner');
  if (state === '42501') return new ConfigurationError(`The database role may not do this (${(e as Error).message}): grant it a tenant with bickford_ledger_grant_tenant, or use the owner's URL`);
  return e;
}

export async function runLedger(inputs: LedgerInputs, ctx: EngineContext) {
  const tenantId = inputs.tenantId ?? ctx.repository ?? 'local';
  const db = await openLedger(inputs, tenantId, ctx);
  try {
    if (inputs.migrate) await migrateLedger(db.primary, ctx.logger, { schema: db.schema });
    const session: LedgerSession = { primary: db.primary, reader: db.reader, tenantId, inputs, ctx };
    const outcome = await HANDLERS[inputs.event](session);
    const head = await readHead(db.primary, tenantId);
    return buildLedgerResult(inputs.event, tenantId, outcome, head);
  } catch (e) {
    throw explain(e);
  } finally {
    await db.close();
  }
}

export const guard = defineGuard<LedgerInputs>({
  name: 'ledger-record',
  secretInputs: ['database-url', 'replica-url'],
  readInputs: readLedgerInputs,
  run: runLedger,
});
