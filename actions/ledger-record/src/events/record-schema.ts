import type { JsonValue } from '../../db/rows';
import { appendEntry } from '../ledger/append';
import { ENTRY_COLUMNS, type EntryRef } from '../ledger/entry-columns';
import { computeSchemaHash } from './schema-hash';
import { idempotencyKey, runFacts, type EventOutcome, type LedgerSession } from './session';

/** Records a schema version linked to the previous one; an unchanged schema appends nothing. */
export async function recordSchema(session: LedgerSession): Promise<EventOutcome> {
  const schemaHash = session.inputs.schemaHash ?? computeSchemaHash(session.ctx.fs, session.inputs.schemaPath);
  const commit = session.inputs.commit ?? session.ctx.run.sha ?? null;
  let previousHash: string | null = null;
  const { entry, appended } = await appendEntry(session.primary, {
    tenantId: session.tenantId,
    type: 'schema',
    payload: {},
    idempotencyKey: idempotencyKey(session, 'schema'),
    // Under the tenant's lock, so two runs cannot both decide the schema changed.
    prepare: async (tx) => {
      const last = await tx.query<EntryRef>(
        `SELECT ${ENTRY_COLUMNS} FROM "LedgerEntry" WHERE "tenantId" = $1 AND "type" = 'schema' ORDER BY "seq" DESC LIMIT 1`,
        [session.tenantId],
      );
      const lastPayload = last[0]?.payload as { schemaHash?: JsonValue } | undefined;
      if (last[0] && lastPayload?.schemaHash === schemaHash) return { existing: last[0] };
      previousHash = typeof lastPayload?.schemaHash === 'string' ? lastPayload.schemaHash : null;
      return {
        payload: { ...runFacts(session), schemaHash, previousHash, commit },
        event: { table: 'SchemaVersion', values: { schemaHash, previousHash, commit } },
      };
    },
  });
  const headline = appended
    ? `Recorded schema ${schemaHash.slice(0, 12)}… as ledger entry ${entry.seq}${previousHash ? ` (after ${String(previousHash).slice(0, 12)}…)` : ' (first version)'}`
    : `Schema ${schemaHash.slice(0, 12)}… unchanged since ledger entry ${entry.seq}: nothing appended`;
  return { entry, appended, findings: [], headline };
}
