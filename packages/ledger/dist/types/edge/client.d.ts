import { type Json } from './canonical';
/**
 * The ledger service from an edge function, a worker or a browser: Web APIs only (fetch, WebCrypto), no
 * dependencies. `verify()` trusts the server for nothing: it downloads every entry and recomputes each hash
 * and link itself.
 */
/** A runtime gate's refusal, as @bickford/runtime's gates return it (declared here: this entry imports nothing). */
export interface Decision {
    ruleId: string;
    severity: 'error' | 'warning' | 'notice';
    message: string;
    location?: {
        file: string;
        line: number;
        column: number;
        endLine?: number;
        endColumn?: number;
    };
    trace?: {
        location: {
            file: string;
            line: number;
            column: number;
        };
        note: string;
    }[];
    help?: string;
    docsUrl?: string;
    fingerprint: string;
    category?: string;
    properties?: Record<string, unknown>;
}
export interface EdgeLedgerOptions {
    /** The service's base URL, e.g. https://ledger.example.com or https://app.example.com/api/ledger. */
    url: string;
    token: string;
    /** A fetch to use instead of the global one (tests, a proxy-aware fetch). */
    fetch?: typeof fetch;
    /** When set, the service refuses (403) a token of any other tenant. */
    tenantId?: string;
    /** Attempts per request on a network error, 429, 502, 503 or 504 (default 3). */
    attempts?: number;
}
export interface EdgeEntry {
    seq: number;
    tenantId: string;
    type: string;
    prevHash: string;
    hash: string;
    createdAt: string | null;
    version: number;
    payload: Json;
}
export interface EdgeHead {
    seq: number;
    hash: string;
}
export interface EdgeAppendResult {
    entry: Pick<EdgeEntry, 'seq' | 'tenantId' | 'type' | 'prevHash' | 'hash' | 'payload'>;
    appended: boolean;
}
export interface EdgeVerifyReport {
    ok: boolean;
    checked: number;
    head: EdgeHead | null;
    broken?: {
        seq: number;
        reason: string;
    };
}
/** A problem details answer (RFC 9457) from the service, or a transport failure. */
export declare class LedgerRequestError extends Error {
    readonly status: number;
    readonly problem?: {
        type?: string;
        title?: string;
        detail?: string;
        errors?: unknown[];
    } | undefined;
    readonly name = "LedgerRequestError";
    constructor(message: string, status: number, problem?: {
        type?: string;
        title?: string;
        detail?: string;
        errors?: unknown[];
    } | undefined);
}
export declare class EdgeLedgerClient {
    private readonly options;
    private readonly base;
    private readonly fetcher;
    constructor(options: EdgeLedgerOptions);
    private request;
    /**
     * Records what was attempted and what the gate decided (`null`: allowed). A key is made per call, so a
     * retried request returns the entry of the first attempt rather than a second entry.
     */
    appendLedger(intent: string | {
        [key: string]: Json;
    }, decision: Decision | null, options?: {
        idempotencyKey?: string;
    }): Promise<EdgeAppendResult>;
    head(): Promise<EdgeHead | null>;
    /** Downloads the chain page by page and recomputes every hash and link; `expectedHead` also catches a cut or rewritten tail. */
    verify(options?: {
        expectedHead?: EdgeHead;
        pageSize?: number;
    }): Promise<EdgeVerifyReport>;
}
