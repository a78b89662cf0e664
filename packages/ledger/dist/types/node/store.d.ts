import type { SqlClient } from '../../../../actions/ledger-record/src/db/sql-client';
import { type AppendOutcome, type EntriesPage, type JsonValue, type LedgerHead, type VerifyReport } from './types';
export declare const MAX_PAGE = 1000;
/** What an application may append: its own entry types (not the recorded events') and an object payload. */
export declare function checkAppendable(type: string, payload: unknown): void;
/**
 * The ledger-record engine for many tenants over one pool: the tenant is a parameter of every call (the
 * service takes it from the token, openLedger from its options). Writes go to the primary; reads to the
 * reader (a replica, or the primary), never past the head read from the primary first.
 */
export declare class LedgerStore {
    readonly primary: SqlClient;
    readonly reader: SqlClient;
    constructor(primary: SqlClient, reader?: SqlClient);
    append(tenantId: string, type: string, payload: {
        [key: string]: JsonValue;
    }, idempotencyKey?: string): Promise<AppendOutcome>;
    head(tenantId: string): Promise<LedgerHead | null>;
    /** Entries after `after` (-1: from genesis), at most `limit`, up to the primary's head. */
    entries(tenantId: string, after?: number, limit?: number): Promise<EntriesPage>;
    verify(tenantId: string, expectedHead?: LedgerHead): Promise<VerifyReport>;
}
/** The canonical form a payload is hashed in; throws CanonicalJsonError with the path at fault. */
export declare function checkPayload(payload: JsonValue): void;
