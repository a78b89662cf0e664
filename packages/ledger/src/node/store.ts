import { ConfigurationError } from '@shared/errors';
import type { JsonValue as RowJson, LedgerRow } from '../../../../actions/ledger-record/db/rows';
import type { SqlClient } from '../../../../actions/ledger-record/src/db/sql-client';
import { appendEntry, type AppendRequest } from '../../../../actions/ledger-record/src/ledger/append';
import { canonicalJson } from '../../../../actions/ledger-record/src/ledger/canonical-json';
import { readHead } from '../../../../actions/ledger-record/src/ledger/head';
import { verifyChain } from '../../../../actions/ledger-record/src/ledger/verify-chain';
import { RESERVED_TYPES, TYPE_PATTERN, type AppendOutcome, type EntriesPage, type JsonValue, type LedgerEntry, type LedgerHead, type VerifyReport } from './types';

export const MAX_PAGE = 1000;

// The published types are declared in ./types so they stand alone; these lines fail to compile if they drift
// from the workspace's row types (actions/ledger-record/db/rows.ts, checked against its schema.prisma by db/migrations.test.ts).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _rowsAgree: [Same<JsonValue, RowJson>, Same<Pick<LedgerEntry, 'seq' | 'tenantId' | 'type' | 'prevHash' | 'hash'>, Pick<LedgerRow, 'seq' | 'tenantId' | 'type' | 'prevHash' | 'hash'>>] = [true, true];
void _rowsAgree;

interface PageRow {
  seq: number;
  tenantId: string;
  type: string;
  prevHash: string;
  hash: string;
  canonical: string;
  createdAtText: string;
}

/** What an application may append: its own entry types (not the recorded events') and an object payload. */
export function checkAppendable(type: string, payload: unknown): void {
  if (!TYPE_PATTERN.test(type)) throw new ConfigurationError(`type must be lower-case letters, digits and hyphens (at most 63), got ${JSON.stringify(type)}`);
  if (RESERVED_TYPES.includes(type)) throw new ConfigurationError(`type ${type} is recorded by its own function (recordBuild, recordDeploy, recordSchemaChange), which also writes its event row`);
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) throw new ConfigurationError('payload must be a JSON object');
}

/**
 * The ledger-record engine for many tenants over one pool: the tenant is a parameter of every call (the
 * service takes it from the token, openLedger from its options). Writes go to the primary; reads to the
 * reader (a replica, or the primary), never past the head read from the primary first.
 */
export class LedgerStore {
  constructor(
    readonly primary: SqlClient,
    readonly reader: SqlClient = primary,
  ) {}

  async append(tenantId: string, type: string, payload: { [key: string]: JsonValue }, idempotencyKey?: string): Promise<AppendOutcome> {
    checkAppendable(type, payload);
    // Any application type: the column is TEXT and the engine hashes whatever type it is given; the union
    // names the types ledger-record itself writes.
    const req: AppendRequest = { tenantId, type: type as AppendRequest['type'], payload, idempotencyKey };
    const { entry, appended } = await appendEntry(this.primary, req);
    return { entry: { seq: entry.seq, tenantId, type: entry.type, prevHash: entry.prevHash, hash: entry.hash, payload: entry.payload }, appended };
  }

  async head(tenantId: string): Promise<LedgerHead | null> {
    return (await readHead(this.primary, tenantId)) ?? null;
  }

  /** Entries after `after` (-1: from genesis), at most `limit`, up to the primary's head. */
  async entries(tenantId: string, after = -1, limit = 100): Promise<EntriesPage> {
    const size = Math.min(Math.max(1, Math.trunc(limit)), MAX_PAGE);
    const head = await this.head(tenantId);
    if (!head || after >= head.seq) return { entries: [], next: null, head };
    const rows = await this.reader.query<PageRow>(
      `SELECT "seq", "tenantId", "type", "prevHash", "hash", "canonical", to_char("createdAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAtText"
       FROM "LedgerEntry" WHERE "tenantId" = $1 AND "seq" > $2 AND "seq" <= $3 ORDER BY "seq" LIMIT $4`,
      [tenantId, after, head.seq, size],
    );
    const entries = rows.map(toEntry);
    const last = entries[entries.length - 1]?.seq;
    return { entries, next: last !== undefined && last < head.seq ? last : null, head };
  }

  async verify(tenantId: string, expectedHead?: LedgerHead): Promise<VerifyReport> {
    const pinned = this.reader !== this.primary ? await this.head(tenantId) : undefined;
    const report = await verifyChain(this.reader, tenantId, { pinned: pinned ?? undefined, expected: expectedHead });
    if (report.behind && report.head && !report.broken) {
      // A replica behind the pinned head was checked only up to its own end: that end must be the primary's entry too.
      const [onPrimary] = await this.primary.query<{ hash: string }>('SELECT "hash" FROM "LedgerEntry" WHERE "tenantId" = $1 AND "seq" = $2', [tenantId, report.head.seq]);
      if (onPrimary?.hash.trim() !== report.head.hash)
        report.broken = { seq: report.head.seq, reason: `the replica's entry ${report.head.seq} hashes to ${report.head.hash.slice(0, 12)}… but the primary's is ${onPrimary?.hash.trim().slice(0, 12) ?? 'missing'}…: the replica holds another chain` };
    }
    // Behind is not broken: what the replica has verified; `behind` says how much is unchecked.
    return { ok: !report.broken && report.checked > 0, tenantId, checked: report.checked, head: report.head ?? null, ...(report.broken ? { broken: report.broken } : {}), ...(report.behind ? { behind: report.behind } : {}) };
  }
}

/**
 * The fields as hashed, read back from the stored canonical text (what the hash covers), not from the jsonb
 * column, which PostgreSQL normalises: a reader recomputing the hash gets exactly these bytes.
 */
function toEntry(r: PageRow): LedgerEntry {
  let hashed: { version?: number; createdAt?: string; payload?: JsonValue } = {};
  try {
    hashed = JSON.parse(r.canonical) as typeof hashed;
  } catch {
    // A canonical text that is not JSON was tampered with: the reader's own check reports it.
  }
  const version = typeof hashed.version === 'number' ? hashed.version : 2;
  return { seq: r.seq, tenantId: r.tenantId, type: r.type, prevHash: r.prevHash.trim(), hash: r.hash.trim(), createdAt: version >= 2 ? (hashed.createdAt ?? r.createdAtText) : null, version, payload: hashed.payload ?? null };
}

/** The canonical form a payload is hashed in; throws CanonicalJsonError with the path at fault. */
export function checkPayload(payload: JsonValue): void {
  canonicalJson(payload, 'payload');
}
