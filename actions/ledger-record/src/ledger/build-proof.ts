import type { SqlQueryable } from '../db/sql-client';
import { sha256Hex } from './entry-hash';

export interface BuildProof {
  entryId: string;
  seq: number;
  hash: string;
}

interface ProofRow {
  id: string;
  seq: number;
  hash: string;
  canonical: string;
}

export type ProofCheck = { ok: true; proof: BuildProof } | { ok: false; reason: string };

/**
 * Checks a build entry from its hashed bytes, never from the event table's columns (which an admin
 * could edit): the bytes hash to the hash, the entry is this tenant's successful build of this commit,
 * and the next entry, if any, links to it.
 */
async function checkProofRow(db: SqlQueryable, row: ProofRow, tenantId: string, commit: string): Promise<ProofCheck> {
  const hash = row.hash.trim();
  if (sha256Hex(row.canonical) !== hash) return { ok: false, reason: `ledger entry ${row.seq} (${hash.slice(0, 12)}…) does not verify: its bytes do not hash to its hash` };
  let hashed: { tenantId?: unknown; type?: unknown; payload?: { commit?: unknown; status?: unknown } };
  try {
    hashed = JSON.parse(row.canonical) as typeof hashed;
  } catch {
    return { ok: false, reason: `ledger entry ${row.seq} does not verify: its bytes are not JSON` };
  }
  if (hashed.tenantId !== tenantId || hashed.type !== 'build')
    return { ok: false, reason: `${hash.slice(0, 12)}… is not a build of tenant ${tenantId}` };
  if (hashed.payload?.commit !== commit) return { ok: false, reason: `${hash.slice(0, 12)}… is the build of commit ${String(hashed.payload?.commit).slice(0, 12)}, not of ${commit.slice(0, 12)}` };
  if (hashed.payload?.status !== 'success') return { ok: false, reason: `${hash.slice(0, 12)}… is a build that ended in ${String(hashed.payload?.status)}, not success` };
  const next = await db.query<{ prevHash: string }>('SELECT "prevHash" FROM "LedgerEntry" WHERE "tenantId" = $1 AND "seq" = $2', [tenantId, row.seq + 1]);
  if (next[0] && next[0].prevHash.trim() !== hash) return { ok: false, reason: `ledger entry ${row.seq} does not verify: entry ${row.seq + 1} does not link to it` };
  return { ok: true, proof: { entryId: row.id, seq: row.seq, hash } };
}

const PROOF_COLUMNS = 'e."id"::text AS "id", e."seq", e."hash", e."canonical"';

/** The build named by `buildHash`, or else the newest successful build of the commit, checked as above. */
export async function findBuildProof(db: SqlQueryable, tenantId: string, commit: string, buildHash?: string): Promise<ProofCheck> {
  if (buildHash) {
    const rows = await db.query<ProofRow>(`SELECT ${PROOF_COLUMNS} FROM "LedgerEntry" e WHERE e."hash" = $1 AND e."tenantId" = $2`, [buildHash, tenantId]);
    if (!rows[0]) return { ok: false, reason: `no ledger entry of tenant ${tenantId} has the hash ${buildHash.slice(0, 12)}…` };
    return checkProofRow(db, rows[0], tenantId, commit);
  }
  const rows = await db.query<ProofRow>(
    `SELECT ${PROOF_COLUMNS} FROM "BuildEvent" b JOIN "LedgerEntry" e ON e."id" = b."entryId"
     WHERE b."tenantId" = $1 AND b."commit" = $2 AND b."status" = 'success' ORDER BY e."seq" DESC LIMIT 1`,
    [tenantId, commit],
  );
  if (!rows[0]) return { ok: false, reason: `no successful build of commit ${commit.slice(0, 12)} is recorded for tenant ${tenantId}` };
  return checkProofRow(db, rows[0], tenantId, commit);
}
