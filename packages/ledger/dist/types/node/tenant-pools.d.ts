import { GroupCommitter } from './group-commit';
import { LedgerStore } from './store';
/** What one tenant's requests run on: its reads and its batched appends. */
export interface TenantBackend {
    store: LedgerStore;
    appender: GroupCommitter;
}
export interface TenantPoolOptions {
    poolSize: number;
    maxBatch: number;
    connectTimeoutSeconds: number;
    lockTimeoutSeconds: number;
    statementTimeoutSeconds: number;
}
/**
 * One small pool per tenant, each connecting as that tenant's own login role (mapped with
 * bickford_ledger_grant_tenant). The database then enforces what the service promises: the role may append only
 * to its own tenant's chain (the append function checks the session's role), read only its own rows (row-level
 * security), and never UPDATE, DELETE or TRUNCATE (it holds no such privilege, and the append-only triggers
 * refuse them anyway). A service that picked the wrong pool would be refused, not write another tenant's chain.
 * Pools open on a tenant's first request.
 */
export declare class TenantPools {
    private readonly urls;
    private readonly options;
    private readonly open;
    constructor(urls: Readonly<Record<string, string>>, options: TenantPoolOptions);
    /** The tenant's backend; a ConfigurationError (the operator's to fix) when no role is configured for it. */
    backend(tenantId: string): Promise<TenantBackend>;
    close(): Promise<void>;
}
