import { sqlState, type SqlQueryable } from '../db/sql-client';
import type { LedgerHead } from './entry-columns';
import { canonicalJson } from './canonical-json';
import { ENTRY_VERSION, GENESIS_PREV_HASH, sha256Hex } from './entry-hash';
import { explainMismatch } from './explain-mismatch';

export interface ChainBreak {
  /** The first entry that cannot be trusted. */
  seq: number;
  reason: string;
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
  /** The jsonb payload column equals the hashed payload (compared by the server); null on the slow path. */
  payloadMatches: boolean | null;
  /** Only on the slow path, when the server could not parse a page's canonical texts. */
  payloadText?: string;
}

/** The hashed bytes must be `{"payload":…` followed by exactly what the columns say, in RFC 8785 key order. */
function columnsSuffix(r: StoredEntry): string {
  return `,"prevHash":${JSON.stringify(r.prevHash)},"seq":${r.seq},"tenantId":${JSON.stringify(r.tenantId)},"type":${JSON.stringify(r.type)},"version":${ENTRY_VERSION}}`;
}

function payloadMatches(r: StoredEntry, suffix: string): boolean {
  if (r.payloadMatches !== null) return r.payloadMatches;
  try {
    const hashed = r.canonical.slice('{"payload":'.length, r.canonical.length - suffix.length);
    return canonicalJson(JSON.parse(r.payloadText!) as Record<string, unknown>) === canonicalJson(JSON.parse(hashed) as Record<string, unknown>);
  } catch {
    return false;
  }
}

async function checkEntry(reader: SqlQueryable, r: StoredEntry, expectedSeq: number, prev: LedgerHead | undefined): Promise<ChainBreak | undefined> {
  if (r.seq !== expectedSeq) return { seq: expectedSeq, reason: `entry ${expectedSeq} is missing (the next stored entry is ${r.seq})` };
  if (sha256Hex(r.canonical) !== r.hash) return { seq: r.seq, reason: 'its stored hash is not the sha256 of its canonical bytes' };
  const suffix = columnsSuffix(r);
  if (!r.canonical.startsWith('{"payload":') || !r.canonical.endsWith(suffix) || !payloadMatches(r, suffix)) {
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

const PAGE_COLUMNS = '"seq", "tenantId", "prevHash", "hash", "type", "canonical"';
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

/**
 * Walks a tenant's chain from the stored canonical bytes, a page at a time (memory stays bounded),
 * and reports the first entry that cannot be trusted.
 */
export async function verifyChain(reader: SqlQueryable, tenantId: string, options: VerifyOptions = {}): Promise<ChainReport> {
  const pageSize = options.pageSize ?? 5000;
  const upTo = options.pinned?.seq ?? 2 ** 31 - 1;
  const report: ChainReport = { tenantId, checked: 0 };
  let prev: LedgerHead | undefined;
  let expectedSeq = 0;
  for (;;) {
    const rows = await readPage(reader, [tenantId, expectedSeq, upTo, pageSize]);
    for (const r of rows) {
      const broken = await checkEntry(reader, r, expectedSeq, prev);
      if (broken) return { ...report, broken };
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
  const lastSeq = prev?.seq ?? -1;
  if (options.expected && lastSeq < options.expected.seq)
    return { ...report, broken: { seq: lastSeq + 1, reason: `the chain ends at entry ${lastSeq} but the head recorded outside the database is entry ${options.expected.seq}: the tail was truncated` } };
  if (options.pinned && lastSeq < options.pinned.seq) report.behind = { readerSeq: lastSeq, pinnedSeq: options.pinned.seq };
  return report;
}
