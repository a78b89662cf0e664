import { canonicalJson } from '../src/ledger/canonical-json';
import { sha256Hex } from '../src/ledger/entry-hash';
import { adminQuery, adminTamper } from './pg-test-db';

/**
 * What an operator with write access to the database can do: turn the failed build at `seq` into a
 * success and re-hash it and every later entry, so that the chain verifies on its own.
 */
export async function rewriteAsSuccess(url: string, tenant: string, seq: number): Promise<void> {
  const rows = await adminQuery<{ seq: number; canonical: string }>(`SELECT "seq", "canonical" FROM "LedgerEntry" WHERE "tenantId" = $1 AND "seq" >= $2 ORDER BY "seq"`, [tenant, seq], url);
  let prevHash: string | undefined;
  for (const r of rows) {
    const entry = JSON.parse(r.canonical) as { prevHash: string; payload: Record<string, unknown> };
    if (r.seq === seq) entry.payload.status = 'success';
    if (prevHash) entry.prevHash = prevHash;
    const canonical = canonicalJson(entry as never);
    prevHash = sha256Hex(canonical);
    await adminTamper(`UPDATE "LedgerEntry" SET "canonical" = $3::text, "hash" = $4, "prevHash" = $5, "payload" = ($3::text::jsonb) -> 'payload' WHERE "tenantId" = $1 AND "seq" = $2`, [tenant, r.seq, canonical, prevHash, entry.prevHash], url);
  }
  await adminTamper(`UPDATE "BuildEvent" SET "status" = 'success' WHERE "tenantId" = $1`, [tenant], url);
}
