/** A JSON value, as actions/ledger-record/db/rows.ts declares it (declared here so the published types stand alone). */
export type JsonValue = string | number | boolean | null | JsonValue[] | {
    [key: string]: JsonValue;
};
/** An entry as the ledger hashed it: every field the hash covers, so a reader can recompute it. */
export interface LedgerEntry {
    seq: number;
    tenantId: string;
    type: string;
    prevHash: string;
    hash: string;
    /** Hash version 2 covers createdAt as this text (UTC, milliseconds); null for version 1 entries. */
    createdAt: string | null;
    version: number;
    payload: JsonValue;
}
export interface LedgerHead {
    seq: number;
    hash: string;
}
export interface AppendOutcome {
    entry: Pick<LedgerEntry, 'seq' | 'tenantId' | 'type' | 'prevHash' | 'hash' | 'payload'>;
    /** False when an idempotency key (or an unchanged schema) returned the entry recorded the first time. */
    appended: boolean;
}
export interface EntriesPage {
    entries: LedgerEntry[];
    /** Pass as `after` for the next page; null at the pinned head. */
    next: number | null;
    /** The primary's head the page was read up to. */
    head: LedgerHead | null;
}
export interface VerifyReport {
    ok: boolean;
    tenantId: string;
    checked: number;
    head: LedgerHead | null;
    broken?: {
        seq: number;
        reason: string;
        kind?: 'tamper' | 'corruption';
    };
    /** The replica had fewer entries than the primary's head when it was read: `ok` covers what it had. */
    behind?: {
        readerSeq: number;
        pinnedSeq: number;
    };
}
export declare const RESERVED_TYPES: readonly string[];
/** Application entry types: lower-case words with hyphens; the recorded events have their own functions. */
export declare const TYPE_PATTERN: RegExp;
