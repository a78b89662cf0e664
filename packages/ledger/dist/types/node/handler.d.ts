export interface LedgerHandlerOptions {
    /**
     * The ledger's primary. The role needs SELECT on "LedgerToken"; without tenantDatabaseUrls it also writes every
     * tenant's chain (the owner, or a role with BYPASSRLS).
     */
    databaseUrl: string;
    /**
     * Least privilege: each tenant's requests run as that tenant's own login role (mapped with
     * bickford_ledger_grant_tenant), one small pool per tenant, and databaseUrl's role only reads tokens. A token of
     * a tenant not listed here is answered 503. Not with replicaUrl.
     */
    tenantDatabaseUrls?: Readonly<Record<string, string>>;
    /** Connections per tenant pool with tenantDatabaseUrls (default 4). */
    tenantPoolSize?: number;
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
    /**
     * Most appends of one tenant written in one transaction (default 64). Appends that arrive while the
     * tenant's previous transaction is in flight wait and go together in the next; each is answered after its commit.
     */
    maxBatch?: number;
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
