import { sqlState, type SqlQueryable } from '../db/sql-client';
import type { LedgerHead } from './entry-columns';
import { canonicalJson } from './canonical-json';
import { GENESIS_PREV_HASH, sha256Hex } from './entry-hash';
import { eventMismatches } from './event-rows';
import { explainMismatch } from './explain-mismatch';

export interface ChainBreak {
  /** The first entry that cannot be trusted. */
  seq: number;
  reason: string;
  /** corruption: the database itself reports damage or its indexes disagree with the table. */
  kind?: 'tamper' | 'corruption';
}

export interface ChainReport {
  tenantId: string;
  /** Entries read and checked. */
  checked: number;
  /** The last entry read. */
  head?: LedgerHead;
  broken?: ChainBreak;
  /** Set when the reader (a replica) had fewer entries than the head pinned on the primary. */
  behind?: { readerSeq: number; pinnedSeq: number };
}

export interface VerifyOptions {
  /** The primary's head when reading from a replica: entries past it are not looked at, and it must match. */
  pinned?: LedgerHead;
  /** A head kept outside the database (a commit status, a deployment): catches truncation and tail rewrites. */
  expected?: LedgerHead;
  pageSize?: number;
}

interface StoredEntry {
  seq: number;
  tenantId: string;
  prevHash: string;
  hash: string;
  type: string;
  canonical: string;
  /** createdAt as version-2 entries hash it (UTC, milliseconds). */
  createdAtText: string;
  /** The jsonb payload column equals the hashed payload (compared by the server); null on the slow path. */
  payloadMatches: boolean | null;
  /** Only on the slow path, when the server could not parse a page's canonical texts. */
  payloadText?: string;
}

/**
 * The hashed bytes must be what the columns say, in RFC 8785 key order around the payload: version 1
 * `{"payload":…,"prevHash":…,"version":1}`, version 2 the same with `"createdAt":…` first.
 */
function columnsAround(r: StoredEntry): { prefix: string; suffix: string } {
  const version = r.canonical.endsWith(',"version":1}') ? 1 : 2;
  const prefix = version === 1 ? '{"payload":' : `{"createdAt":${JSON.stringify(r.createdAtText)},"payload":`;
  return { prefix, suffix: `,"prevHash":${JSON.stringify(r.prevHash)},"seq":${r.seq},"tenantId":${JSON.stringify(r.tenantId)},"type":${JSON.stringify(r.type)},"version":${version}}` };
}

function payloadMatches(r: StoredEntry, prefix: string, suffix: string): boolean {
  if (r.payloadMatches !== null) return r.payloadMatches;
  try {
    const hashed = r.canonical.slice(prefix.length, r.canonical.length - suffix.length);
    return canonicalJson(JSON.parse(r.payloadText!) as Record<string, unknown>) === canonicalJson(JSON.parse(hashed) as Record<string, unknown>);
  } catch {
    return false;
  }
}

async function checkEntry(reader: SqlQueryable, r: StoredEntry, expectedSeq: number, prev: LedgerHead | undefined): Promise<ChainBreak | undefined> {
  if (r.seq < expectedSeq) return { seq: r.seq, kind: 'corruption', reason: `seq ${r.seq} is stored more than once (the unique index on (tenantId, seq) does not hold: index corruption, or two writers on one embedded ledger); REINDEX and restore the lost entries from a backup` };
  if (r.seq !== expectedSeq) {
    // Read without the index: a row the table has but the index lost is corruption, not a deletion.
    const [{ n }] = await reader.query<{ n: number }>(`SELECT count(*)::int AS "n" FROM "LedgerEntry" WHERE "tenantId" || '' = $1 AND "seq" + 0 = $2`, [r.tenantId, expectedSeq]);
    if (n > 0) return { seq: expectedSeq, kind: 'corruption', reason: `entry ${expectedSeq} is in the table but not in its index (index corruption); REINDEX TABLE "LedgerEntry" and verify again` };
    return { seq: expectedSeq, reason: `entry ${expectedSeq} is missing (the next stored entry is ${r.seq})` };
  }
  if (sha256Hex(r.canonical) !== r.hash) return { seq: r.seq, reason: 'its stored hash is not the sha256 of its canonical bytes' };
  const { prefix, suffix } = columnsAround(r);
  if (r.canonical.length < prefix.length + suffix.length || !r.canonical.startsWith(prefix) || !r.canonical.endsWith(suffix) || !payloadMatches(r, prefix, suffix)) {
    const [row] = await reader.query<{ payloadText: string }>('SELECT "payload"::text AS "payloadText" FROM "LedgerEntry" WHERE "tenantId" = $1 AND "seq" = $2', [r.tenantId, r.seq]);
    return { seq: r.seq, reason: explainMismatch({ ...r, payloadText: row?.payloadText ?? 'null' }) };
  }
  if (!prev) {
    if (r.prevHash !== GENESIS_PREV_HASH || r.type !== 'genesis') return { seq: r.seq, reason: 'the chain does not start with a genesis entry' };
  } else if (r.prevHash !== prev.hash) {
    // The later entry's link is inside its own hash, so the earlier one is what changed.
    return { seq: prev.seq, reason: `entry ${prev.seq} hashes to ${prev.hash.slice(0, 12)}… but entry ${r.seq} links to ${r.prevHash.slice(0, 12)}…: entry ${prev.seq} was rewritten` };
  }
  return undefined;
}

const PAGE_COLUMNS = `"seq", "tenantId", "prevHash", "hash", "type", "canonical", to_char("createdAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAtText"`;
const PAGE_WHERE = 'WHERE "tenantId" = $1 AND "seq" >= $2 AND "seq" <= $3 ORDER BY "seq" LIMIT $4';

/**
 * A page of entries. The server compares the payload column with the hashed payload (jsonb equality,
 * without shipping the payload twice); if a tampered canonical text is not JSON, that cast fails
 * and the page is read again for the comparison to be made here.
 */
async function readPage(reader: SqlQueryable, params: unknown[]): Promise<StoredEntry[]> {
  try {
    return await reader.query<StoredEntry>(`SELECT ${PAGE_COLUMNS}, ("payload" = ("canonical"::jsonb -> 'payload')) AS "payloadMatches" FROM "LedgerEntry" ${PAGE_WHERE}`, params);
  } catch (e) {
    if (sqlState(e) !== '22P02') throw e;
    return reader.query<StoredEntry>(`SELECT ${PAGE_COLUMNS}, NULL::boolean AS "payloadMatches", "payload"::text AS "payloadText" FROM "LedgerEntry" ${PAGE_WHERE}`, params);
  }
}

/** Errors by which PostgreSQL reports damaged data or indexes (data_corrupted, index_corrupted). */
function corruption(e: unknown, seq: number): ChainBreak | undefined {
  const state = sqlState(e);
  if (state !== 'XX001' && state !== 'XX002') return undefined;
  return { seq, kind: 'corruption', reason: `the database reports corruption while reading it (${(e as Error).message}): restore from a backup or REINDEX, then verify again` };
}

/**
 * The rows the table holds for this tenant up to `upTo`, counted without the (tenantId, seq) indexes
 * the walk used: a difference means rows outside the chain (duplicate seq values) or an index that
 * disagrees with the table. The expressions keep the planner off every index.
 */
async function countCheck(reader: SqlQueryable, tenantId: string, upTo: number, checked: number): Promise<ChainBreak | undefined> {
  const [{ rows }] = await reader.query<{ rows: number }>(`SELECT count(*)::int AS "rows" FROM "LedgerEntry" WHERE "tenantId" || '' = $1 AND "seq" + 0 <= $2`, [tenantId, upTo]);
  if (rows === checked) return undefined;
  const [{ dup }] = await reader.query<{ dup: number | null }>(
    `SELECT min("seq") AS "dup" FROM (SELECT "seq" FROM "LedgerEntry" WHERE "tenantId" || '' = $1 AND "seq" + 0 <= $2 GROUP BY "seq" HAVING count(*) > 1) d`,
    [tenantId, upTo],
  );
  const where = dup !== null ? `seq ${dup} is stored more than once` : 'an index disagrees with the table';
  return {
    seq: dup ?? 0,
    kind: 'corruption',
    reason: `the table holds ${rows} rows of this tenant but the chain walked through the index has ${checked}: ${where} (index corruption, or rows written around the ledger); REINDEX TABLE "LedgerEntry" and verify again`,
  };
}

/**
 * Walks a tenant's chain from the stored canonical bytes, a page at a time (memory stays bounded),
 * and reports the first entry that cannot be trusted; then counts the table's rows without the index.
 */
export async function verifyChain(reader: SqlQueryable, tenantId: string, options: VerifyOptions = {}): Promise<ChainReport> {
  const pageSize = options.pageSize ?? 5000;
  const upTo = options.pinned?.seq ?? 2 ** 31 - 1;
  const report: ChainReport = { tenantId, checked: 0 };
  let prev: LedgerHead | undefined;
  let expectedSeq = 0;
  try {
    for (;;) {
      const rows = await readPage(reader, [tenantId, expectedSeq, upTo, pageSize]);
      const events = rows.length ? await eventMismatches(reader, tenantId, rows[0].seq, rows[rows.length - 1].seq) : new Map<number, string>();
      for (const r of rows) {
        const broken = await checkEntry(reader, r, expectedSeq, prev);
        if (broken) return { ...report, broken };
        const event = events.get(r.seq);
        if (event) return { ...report, broken: { seq: r.seq, reason: event } };
        for (const known of [options.expected, options.pinned]) {
          if (known && known.seq === r.seq && known.hash !== r.hash)
            return { ...report, broken: { seq: r.seq, reason: `entry ${r.seq} hashes to ${r.hash.slice(0, 12)}… but the head recorded outside the database says ${known.hash.slice(0, 12)}…: the tail was rewritten` } };
        }
        prev = { seq: r.seq, hash: r.hash };
        report.checked++;
        report.head = prev;
        expectedSeq++;
      }
      if (rows.length < pageSize) break;
    }
    const counted = await countCheck(reader, tenantId, prev?.seq ?? -1, report.checked);
    if (counted) return { ...report, broken: counted };
  } catch (e) {
    const broken = corruption(e, expectedSeq);
    if (broken) return { ...report, broken };
    throw e;
  }
  const lastSeq = prev?.seq ?? -1;
  if (options.expected && lastSeq < options.expected.seq)
    return { ...report, broken: { seq: lastSeq + 1, reason: `the chain ends at entry ${lastSeq} but the head recorded outside the database is entry ${options.expected.seq}: the tail was truncated` } };
  if (options.pinned && lastSeq < options.pinned.seq) report.behind = { readerSeq: lastSeq, pinnedSeq: options.pinned.seq };
  return report;
}
