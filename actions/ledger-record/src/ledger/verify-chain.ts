import { sqlState, type SqlClient, type SqlQueryable } from '../db/sql-client';
import type { LedgerHead } from './entry-columns';
import { canonicalJson } from './canonical-json';
import { GENESIS_PREV_HASH, sha256Hex } from './entry-hash';
import { EVENT_AGREES_SQL, eventMismatchReason } from './event-rows';
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
  /** The entry's event row agrees with the hashed payload (EVENT_AGREES_SQL); null without one, or on the slow path. */
  eventAgrees: boolean | null;
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

/**
 * checkEntry's acceptance, without its allocations and awaits: verify runs it on every entry, and only an entry
 * it does not accept goes through checkEntry, which finds what is wrong (or accepts it after all). Accepts only
 * what checkEntry accepts: the link is checked first, so prevHash is a stored hash (hex) and needs no escaping;
 * createdAtText is to_char's digits and separators; the tenant's and the types' JSON are computed once a walk.
 */
class FastCheck {
  private readonly tenantJson: string;
  private readonly typeJson = new Map<string, string>();
  constructor(private readonly tenantId: string) {
    this.tenantJson = JSON.stringify(tenantId);
  }

  accepts(r: StoredEntry, expectedSeq: number, prev: LedgerHead | undefined): boolean {
    if (r.seq !== expectedSeq || r.payloadMatches !== true || r.tenantId !== this.tenantId) return false;
    if (prev ? r.prevHash !== prev.hash : r.prevHash !== GENESIS_PREV_HASH || r.type !== 'genesis') return false;
    if (sha256Hex(r.canonical) !== r.hash) return false;
    let typeJson = this.typeJson.get(r.type);
    if (typeJson === undefined) {
      typeJson = JSON.stringify(r.type);
      // A handful of types in practice; a chain of distinct ones must not grow this without bound.
      if (this.typeJson.size < 64) this.typeJson.set(r.type, typeJson);
    }
    const c = r.canonical;
    const version = c.endsWith(',"version":1}') ? 1 : 2;
    const prefix = version === 1 ? '{"payload":' : `{"createdAt":"${r.createdAtText}","payload":`;
    const suffix = `,"prevHash":"${r.prevHash}","seq":${r.seq},"tenantId":${this.tenantJson},"type":${typeJson},"version":${version}}`;
    return c.length >= prefix.length + suffix.length && c.startsWith(prefix) && c.endsWith(suffix);
  }
}

/** Rows checked between two turns of the event loop, in which the pg client reads the next page off the socket. */
const YIELD_EVERY = 1024;

const PAGE_COLUMNS = `"seq", "tenantId", "prevHash", "hash", "type", "canonical", to_char("createdAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAtText"`;
const PAGE_WHERE = 'WHERE "tenantId" = $1 AND "seq" >= $2 AND "seq" <= $3 ORDER BY "seq" LIMIT $4';

/**
 * A page of entries, each with two comparisons made by the server: its payload column against the hashed
 * payload (jsonb equality, one parse of the canonical text, without shipping the payload twice), and its
 * event row against its payload column (EVENT_AGREES_SQL, one unique-index probe per entry, with `p` the
 * stored jsonb, so nothing is parsed again). The second is a check against the hashed payload too, since an
 * entry whose payload column differs from it is reported before its event row is looked at. If a tampered
 * canonical text is not JSON, that cast fails and the page is read again without the comparisons, which
 * are then made here (the payload) or left to the entry that is not JSON (the event).
 */
async function readPage(reader: SqlQueryable, params: unknown[], slowPath: boolean): Promise<StoredEntry[]> {
  try {
    return await reader.query<StoredEntry>(
      `SELECT ${PAGE_COLUMNS}, ("payload" = ("canonical"::jsonb -> 'payload')) AS "payloadMatches", ${EVENT_AGREES_SQL} AS "eventAgrees"
       FROM "LedgerEntry" e CROSS JOIN LATERAL (SELECT e."payload" AS p) h ${PAGE_WHERE}`,
      params,
    );
  } catch (e) {
    if (sqlState(e) !== '22P02') throw e;
    if (!slowPath) throw new NotJsonPage();
    return reader.query<StoredEntry>(`SELECT ${PAGE_COLUMNS}, NULL::boolean AS "payloadMatches", "payload"::text AS "payloadText", NULL::boolean AS "eventAgrees" FROM "LedgerEntry" ${PAGE_WHERE}`, params);
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

/** A page whose canonical texts are not all JSON, met inside a transaction (which that error aborted). */
class NotJsonPage extends Error {}

/**
 * Walks a tenant's chain from the stored canonical bytes, a page at a time (memory stays bounded),
 * and reports the first entry that cannot be trusted; then counts the table's rows without the index.
 * On PostgreSQL the walk runs in one READ COMMITTED transaction with JIT off: a page's plan (one
 * unique-index probe per entry and event table) is estimated above jit_above_cost, and compiling it took
 * longer than running it, on every page. A tampered page whose text is not JSON aborts that transaction;
 * the walk then runs again outside one, where it can read such a page a second way.
 */
export async function verifyChain(reader: SqlQueryable, tenantId: string, options: VerifyOptions = {}): Promise<ChainReport> {
  const client = reader as Partial<SqlClient>;
  if (client.kind === 'postgres' && typeof client.transaction === 'function') {
    try {
      return await client.transaction(async (tx) => {
        await tx.query('SET LOCAL jit = off');
        return walkChain(tx, tenantId, options, false);
      });
    } catch (e) {
      if (!(e instanceof NotJsonPage)) throw e;
    }
  }
  return walkChain(reader, tenantId, options, true);
}

async function walkChain(reader: SqlQueryable, tenantId: string, options: VerifyOptions, slowPath: boolean): Promise<ChainReport> {
  const pageSize = options.pageSize ?? 5000;
  const upTo = options.pinned?.seq ?? 2 ** 31 - 1;
  const report: ChainReport = { tenantId, checked: 0 };
  let prev: LedgerHead | undefined;
  let expectedSeq = 0;
  const fast = new FastCheck(tenantId);
  // The next page is asked for before this one is checked, so that the server reads it while the hashes
  // are computed here. It starts after this page's last seq: where that is not the next expected seq, the
  // walk stops on this page anyway. A request left pending when the walk stops is awaited (and its error
  // dropped) so that nothing is left running on the connection.
  let pending: Promise<StoredEntry[]> | undefined;
  let pendingError: unknown;
  const settle = async () => {
    await pending?.catch(() => undefined);
  };
  try {
    for (let rows = await readPage(reader, [tenantId, expectedSeq, upTo, pageSize], slowPath); ; rows = await pending!) {
      pending = rows.length === pageSize ? readPage(reader, [tenantId, rows[rows.length - 1].seq + 1, upTo, pageSize], slowPath) : undefined;
      // Kept for the catch below (a page that is not JSON aborts the transaction this one's checks run in),
      // and so that an early return leaves no unobserved rejection behind.
      pending?.catch((e: unknown) => {
        pendingError = e;
      });
      for (let i = 0; i < rows.length; i++) {
        const r = rows[i];
        // Without these turns the next page, asked for above, sits in the socket until this loop ends: the
        // server, blocked on a full socket, could not compute it while this one is hashed.
        if (i % YIELD_EVERY === YIELD_EVERY - 1) await new Promise<void>((resolve) => setImmediate(resolve));
        if (!fast.accepts(r, expectedSeq, prev)) {
          const broken = await checkEntry(reader, r, expectedSeq, prev);
          if (broken) return { ...report, broken };
        }
        if (r.eventAgrees === false) return { ...report, broken: { seq: r.seq, reason: eventMismatchReason(r.type) } };
        for (const known of [options.expected, options.pinned]) {
          if (known && known.seq === r.seq && known.hash !== r.hash)
            return { ...report, broken: { seq: r.seq, reason: `entry ${r.seq} hashes to ${r.hash.slice(0, 12)}… but the head recorded outside the database says ${known.hash.slice(0, 12)}…: the tail was rewritten` } };
        }
        prev = { seq: r.seq, hash: r.hash };
        report.checked++;
        report.head = prev;
        expectedSeq++;
      }
      if (!pending) break;
    }
    const counted = await countCheck(reader, tenantId, prev?.seq ?? -1, report.checked);
    if (counted) return { ...report, broken: counted };
  } catch (e) {
    await settle();
    if (e instanceof NotJsonPage || pendingError instanceof NotJsonPage) throw new NotJsonPage();
    const broken = corruption(e, expectedSeq);
    if (broken) return { ...report, broken };
    throw e;
  } finally {
    await settle();
  }
  const lastSeq = prev?.seq ?? -1;
  if (options.expected && lastSeq < options.expected.seq)
    return { ...report, broken: { seq: lastSeq + 1, reason: `the chain ends at entry ${lastSeq} but the head recorded outside the database is entry ${options.expected.seq}: the tail was truncated` } };
  if (options.pinned && lastSeq < options.pinned.seq) report.behind = { readerSeq: lastSeq, pinnedSeq: options.pinned.seq };
  return report;
}
