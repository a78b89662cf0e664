export interface LedgerHandlerOptions {
    /** The ledger's primary. The role needs the ledger's tables and SELECT on "LedgerToken". */
    databaseUrl: string;
    replicaUrl?: string;
    /** Largest request body accepted, in bytes (default 64 KiB). */
    maxBodyBytes?: number;
    /** Per token: requests per second and burst (default 200/s, burst 400; perSecond 0 turns it off). */
    rateLimit?: {
        perSecond: number;
        burst?: number;
    };
    /** Pool size of the primary (default 16). */
    maxConnections?: number;
    /** How long a token check is cached, in ms (default 2000): a revocation takes effect within it. */
    tokenCacheMs?: number;
    /** One line per request; the default writes to stderr. Never given a token's secret. */
    log?: (line: string) => void;
    statementTimeoutSeconds?: number;
}
export interface LedgerHandler {
    (request: Request): Promise<Response>;
    /** Refuses new requests (503), waits for those in flight, then closes the pools. */
    shutdown(): Promise<void>;
    /** Requests being answered now. */
    readonly inFlight: number;
}
/**
 * The ledger service as a fetch handler: `bickford ledger serve` runs it in Node's HTTP server, and a
 * Next.js route handler (Node runtime) can export it. The database is opened on the first request.
 */
export declare function createLedgerHandler(options: LedgerHandlerOptions): LedgerHandler;
