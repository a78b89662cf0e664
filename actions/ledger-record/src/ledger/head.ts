import type { SqlQueryable } from '../db/sql-client';
import type { LedgerHead } from './entry-columns';
import { createHash } from 'node:crypto';

/** The newest entry of a tenant's chain, or undefined before its genesis. */
export async function readHead(db: SqlQueryable, tenantId: string): Promise<LedgerHead | undefined> {
  const rows = await db.query<LedgerHead>(
    'SELECT "seq", "hash" FROM "LedgerEntry" WHERE "tenantId" = $1 ORDER BY "seq" DESC LIMIT 1',
    [tenantId],
  );
  return rows[0] ? { seq: rows[0].seq, hash: rows[0].hash.trim() } : undefined;
}

/** The advisory lock key of a tenant's chain: 64 bits of its id's sha256, as a signed bigint in text. */
export function tenantLockKey(tenantId: string): string {
  return createHash('sha256').update(`bickford-ledger\0${tenantId}`).digest().readBigInt64BE(0).toString();
}

/** `<seq>:<hash>`, the form of the commit status and of the expected-head input. */
export function formatHead(head: LedgerHead): string {
  return `${head.seq}:${head.hash}`;
}
