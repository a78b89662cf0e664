import type { LedgerRow } from '../../db/rows';

/** LedgerEntry's columns as LedgerRow expects them (BIGINT as text on pg and PGlite alike). */
export const ENTRY_COLUMNS =
  '"id"::text AS "id", "tenantId", "seq", "prevHash", "hash", "type", "payload", "canonical", "idempotencyKey", "createdAt"';

/** What callers get back for an entry: enough to print, link and prove. */
export type EntryRef = Pick<LedgerRow, 'id' | 'tenantId' | 'seq' | 'hash' | 'prevHash' | 'type' | 'payload'>;

export interface LedgerHead {
  seq: number;
  hash: string;
}
