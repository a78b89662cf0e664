import { defineGuard, type EngineContext } from '@shared/action/guard';
import { ConfigurationError } from '@shared/errors';
import { migrateLedger } from './db/migrate';
import { openLedger, type LedgerConnections } from './db/open-ledger';
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

const HANDLERS: Record<Exclude<LedgerEvent, 'migrate'>, (s: LedgerSession) => Promise<EventOutcome>> = {
  build: recordBuild,
  deploy: recordDeploy,
  schema: recordSchema,
  'migration-score': recordMigrationScore,
  verify: runVerify,
};

/** Database errors the user can fix, said in their terms. */
function explain(e: unknown, inputs: LedgerInputs, tenantId: string): unknown {
  if (e instanceof CanonicalJsonError) return new ConfigurationError(`The entry cannot be recorded exactly: ${e.message}`);
  const state = sqlState(e);
  const detail = (e as Error).message;
  if (state === '42P01' || state === '42883')
    return new ConfigurationError(`The ledger tables or functions are missing or older than this version (${detail}): run once with migrate: true as the database owner, or pass the owner's URL as admin-database-url`);
  if (state === '42501') return new ConfigurationError(`The database role may not do this (${detail}): grant it a tenant with bickford_ledger_grant_tenant, or use the owner's URL`);
  if (state === '55P03')
    return new ConfigurationError(`Waited lock-timeout (${inputs.lockTimeoutSeconds} s) for the lock on the ledger of ${tenantId}: another session holds it (a long or stuck transaction; see pg_stat_activity). Raise lock-timeout, or end that session.`);
  if (state === '57014')
    return new ConfigurationError(`A ledger statement ran longer than statement-timeout (${inputs.statementTimeoutSeconds} s) and was cancelled; nothing was recorded. Raise statement-timeout, or check the server's load.`);
  if (state === '25006')
    return new ConfigurationError(`database-url points at a read-only server (a standby, or default_transaction_read_only is on): writes must go to the primary. Give the primary as database-url and the standby as replica-url. (${detail})`);
  if (state === '23505')
    return new ConfigurationError(`The ledger refused a duplicate entry (${detail}): a row with this tenant's next seq, link or hash is already there. Run event: verify; if it passes, retry the step.`);
  if (state === 'XX001' || state === 'XX002')
    return new ConfigurationError(`The database reports corrupted ledger data (${detail}): restore the ledger from a backup or REINDEX the table, then run event: verify.`);
  return e;
}

async function applyMigrations(db: LedgerConnections, ctx: EngineContext): Promise<string[]> {
  if (!db.admin) return migrateLedger(db.primary, ctx.logger, { schema: db.schema });
  const admin = await db.admin();
  try {
    return await migrateLedger(admin, ctx.logger, { schema: db.schema });
  } finally {
    await admin.close();
  }
}

export async function runLedger(inputs: LedgerInputs, ctx: EngineContext) {
  const tenantId = inputs.tenantId ?? ctx.repository ?? 'local';
  let db: LedgerConnections | undefined;
  try {
    db = await openLedger(inputs, tenantId, ctx);
    const applied = inputs.migrate || inputs.event === 'migrate' ? await applyMigrations(db, ctx) : [];
    const session: LedgerSession = { primary: db.primary, reader: db.reader, tenantId, inputs, ctx };
    const outcome =
      inputs.event === 'migrate'
        ? { appended: false, findings: [], headline: applied.length ? `Applied ledger migrations ${applied.join(', ')}` : 'Ledger migrations are up to date' }
        : await HANDLERS[inputs.event](session);
    // migrate runs before any tenant is granted: the tenant role may not read yet.
    const head = inputs.event === 'migrate' ? undefined : await readHead(db.primary, tenantId);
    return buildLedgerResult(inputs.event, tenantId, outcome, head);
  } catch (e) {
    throw explain(e, inputs, tenantId);
  } finally {
    await db?.close();
  }
}

export const guard = defineGuard<LedgerInputs>({
  name: 'ledger-record',
  secretInputs: ['database-url', 'replica-url', 'admin-database-url'],
  readInputs: readLedgerInputs,
  run: runLedger,
});
