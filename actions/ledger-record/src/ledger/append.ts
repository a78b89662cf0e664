import type { JsonValue } from '../../db/rows';
import type { SqlClient, SqlQueryable } from '../db/sql-client';
import { canonicalJson } from './canonical-json';
import { ENTRY_COLUMNS, type EntryRef } from './entry-columns';
import type { EntryType } from './entry-hash';

/** The row that goes with an entry in one of the event tables; entryId and tenantId are filled in. */
export interface EventRow {
  table: 'BuildEvent' | 'DeployEvent' | 'SchemaVersion' | 'MigrationScore';
  values: Record<string, unknown>;
}

type Content = { payload: { [key: string]: JsonValue }; event?: EventRow };

export interface AppendRequest extends Content {
  tenantId: string;
  type: Exclude<EntryType, 'genesis'>;
  /** repository, run id, attempt and type: a retry returns the entry recorded the first time. */
  idempotencyKey?: string;
  /**
   * Runs under the tenant's lock before anything is written, for decisions that depend on the chain:
   * `existing` appends nothing and returns that entry; otherwise it may complete the payload and event.
   */
  prepare?: (tx: SqlQueryable) => Promise<Prepared>;
}

export type Prepared = { existing: EntryRef } | Content;

export interface AppendResult {
  entry: EntryRef;
  /** False when nothing was written (an idempotent retry, or prepare said so). */
  appended: boolean;
}

interface AppendedRow {
  id: string;
  seq: number;
  hash: string;
  prevHash: string;
  appended: boolean;
}

/**
 * One statement: bickford_ledger_append_v3 (actions/ledger-record/db/migrations/20261202000000_append_through_function,
 * its critical section shortened in 20261202210000_append_lock_path)
 * checks that the session may write for this tenant, locks the tenant's head row, reads the head, hashes
 * (createdAt included), inserts the entry and its event row with the entry's createdAt, all with the
 * owner's rights: the tenant role itself may not INSERT into any ledger table. A statement is all or nothing.
 */
function appendCall(req: AppendRequest, content: Content): { sql: string; params: unknown[] } {
  const params: unknown[] = [
    req.tenantId,
    canonicalJson(req.tenantId, 'tenant-id'),
    req.type,
    canonicalJson(req.type, 'type'),
    canonicalJson(content.payload, 'payload'),
    req.idempotencyKey ?? null,
    content.event?.table ?? null,
    // Column name to value; the function casts each value's text to its column's type (JSON text for jsonb).
    content.event ? JSON.stringify(content.event.values) : null,
  ];
  const sql = 'SELECT e."id"::text AS "id", e."seq", e."hash", e."prevHash", e."appended" FROM bickford_ledger_append_v3($1, $2, $3, $4, $5, $6, $7, $8::jsonb) e';
  return { sql, params };
}

async function appendResult(db: SqlQueryable, req: AppendRequest, content: Content, row: AppendedRow): Promise<AppendResult> {
  const entry: EntryRef = { id: row.id, tenantId: req.tenantId, seq: row.seq, hash: row.hash.trim(), prevHash: row.prevHash.trim(), type: req.type, payload: content.payload };
  if (row.appended) return { entry, appended: true };
  // An idempotent retry: report what was recorded the first time, not what this call asked for.
  const [first] = await db.query<EntryRef>(`SELECT ${ENTRY_COLUMNS} FROM "LedgerEntry" WHERE "id" = $1::bigint`, [row.id]);
  return { entry: { ...first, hash: first.hash.trim(), prevHash: first.prevHash.trim() }, appended: false };
}

async function appendStatement(db: SqlQueryable, req: AppendRequest, content: Content): Promise<AppendResult> {
  const { sql, params } = appendCall(req, content);
  const [row] = await db.query<AppendedRow>(sql, params);
  return appendResult(db, req, content, row);
}

/**
 * Appends one entry to a tenant's chain, always inside an explicit READ COMMITTED transaction (the
 * client's transaction(), whatever the server's default_transaction_isolation): the head is read
 * after the tenant's head row is locked, so it sees the previous writer's commit, where a REPEATABLE
 * READ snapshot would predate the lock and fail or fork. The head row can be locked only by roles
 * that row-level security lets see it, unlike an advisory lock with a predictable key. The unique
 * indexes on (tenantId, seq), (tenantId, prevHash) and (tenantId, hash) stop a fork even if this were wrong.
 */
export async function appendEntry(db: SqlClient, req: AppendRequest): Promise<AppendResult> {
  const prepare = req.prepare;
  if (!prepare && db.transactionQuery) {
    // The common case in one round trip: BEGIN, the append and COMMIT together (see transactionQuery).
    const { sql, params } = appendCall(req, req);
    const [row] = await db.transactionQuery<AppendedRow>(sql, params);
    return appendResult(db, req, req, row);
  }
  return db.transaction(async (tx) => {
    if (!prepare) return appendStatement(tx, req, req);
    // Taken here too (it is re-entrant) so that prepare's reads and the append see one chain.
    await tx.query('SELECT bickford_ledger_lock_tenant($1)', [req.tenantId]);
    const prepared = await prepare(tx);
    if ('existing' in prepared) return { entry: prepared.existing, appended: false };
    return appendStatement(tx, req, prepared);
  });
}
