import type { SqlQueryable } from '../db/sql-client';

/**
 * Each event table's columns compared with the hashed payload (`p`, the canonical text's payload) of
 * its entry `e`: the event rows are a read index of the chain, so a reader that trusts a column
 * (the deploy look-up reads BuildEvent) trusts only what was hashed. A deploy's buildEntryId must
 * point at this tenant's entry with the hashed buildHash. createdAt must be the entry's own.
 */
const CHECKS: Record<string, { table: string; same: string }> = {
  build: {
    table: 'BuildEvent',
    same: `x."commit" = p->>'commit' AND x."status" = p->>'status' AND x."branch" IS NOT DISTINCT FROM p->>'branch'
      AND x."workflow" IS NOT DISTINCT FROM p->>'workflow' AND x."runId" IS NOT DISTINCT FROM p->>'runId'
      AND x."runAttempt" IS NOT DISTINCT FROM (p->>'runAttempt')::int AND x."actor" IS NOT DISTINCT FROM p->>'actor'
      AND x."artifacts" = coalesce(p->'artifacts', '[]'::jsonb)`,
  },
  deploy: {
    table: 'DeployEvent',
    same: `x."environment" = p->>'environment' AND x."commit" = p->>'commit' AND x."buildHash" = p->>'buildHash'
      AND EXISTS (SELECT 1 FROM "LedgerEntry" b WHERE b."id" = x."buildEntryId" AND b."tenantId" = e."tenantId" AND b."hash" = x."buildHash")`,
  },
  schema: {
    table: 'SchemaVersion',
    same: `x."schemaHash" = p->>'schemaHash' AND x."previousHash" IS NOT DISTINCT FROM p->>'previousHash' AND x."commit" IS NOT DISTINCT FROM p->>'commit'`,
  },
  'migration-score': {
    table: 'MigrationScore',
    same: `x."commit" IS NOT DISTINCT FROM p->>'commit' AND x."score" = (p->>'score')::float8
      AND x."regressive" = (p->>'regressive')::boolean AND x."migrations" = p->'migrations'`,
  },
};

/**
 * For an entry `e` (its "id", "type", "tenantId" and "createdAt") and its payload `p`, whether its event
 * row agrees with it: true, false, or null when it has none (bool_and over no rows) or its type has no
 * event table. Each event row is found by its table's unique entryId index (a join let the planner scan a
 * whole event table per page). `p` must be a column (the stored payload, or a parse computed once per
 * entry), not an expression: it is referenced many times, and an inlined `canonical::jsonb` would parse
 * the text at every reference.
 */
export const EVENT_AGREES_SQL = `CASE e."type"
${Object.entries(CHECKS)
  .map(([type, c]) => `    WHEN '${type}' THEN (SELECT bool_and(x."tenantId" = e."tenantId" AND x."createdAt" = e."createdAt" AND ${c.same}) FROM "${c.table}" x WHERE x."entryId" = e."id")`)
  .join('\n')}
  END`;

// One pass over the page's entries, one parse of each canonical text (OFFSET 0 keeps the planner from
// inlining it into every reference).
const QUERY = `SELECT e."seq", e."type", ${EVENT_AGREES_SQL} AS "same"
  FROM "LedgerEntry" e CROSS JOIN LATERAL (SELECT e."canonical"::jsonb -> 'payload' AS p OFFSET 0) h
  WHERE e."tenantId" = $1 AND e."seq" BETWEEN $2 AND $3 AND e."type" IN (${Object.keys(CHECKS).map((t) => `'${t}'`).join(', ')})`;

const TABLES: Record<string, string> = Object.fromEntries(Object.entries(CHECKS).map(([type, c]) => [type, c.table]));

/**
 * seq → why, for the entries from `fromSeq` to `toSeq` whose event row disagrees with the hashed
 * payload. An entry may have no event row (the append helpers' callers add one for each event); the
 * event tables' unique entryId keeps it to one. Run on pages whose canonical texts are JSON.
 */
export async function eventMismatches(reader: SqlQueryable, tenantId: string, fromSeq: number, toSeq: number): Promise<Map<number, string>> {
  const out = new Map<number, string>();
  let rows: { seq: number; type: string; same: boolean | null }[];
  try {
    rows = await reader.query(QUERY, [tenantId, fromSeq, toSeq]);
  } catch (e) {
    // 22P02: a canonical text on this page is not JSON; the entry check reports that entry.
    if ((e as { code?: string }).code === '22P02') return out;
    throw e;
  }
  // same is null for an entry without an event row (bool_and over no rows).
  for (const r of rows) if (r.same === false) out.set(r.seq, eventMismatchReason(r.type));
  return out;
}

/** Why an entry whose event row disagrees (EVENT_AGREES_SQL false) cannot be trusted. */
export function eventMismatchReason(type: string): string {
  return `its ${TABLES[type]} row differs from the hashed entry (a column of the event table was edited)`;
}
