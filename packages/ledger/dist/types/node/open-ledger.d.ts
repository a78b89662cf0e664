import type { AppendOutcome, EntriesPage, JsonValue, LedgerHead, VerifyReport } from './types';
/** Where the ledger's own messages go (migrations applied); the engines' Logger, declared here for the published types. */
export interface LedgerLogger {
    debug(message: string): void;
    info(message: string): void;
    warning(message: string): void;
    error(message: string): void;
    group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}
export interface OpenLedgerOptions {
    /** PostgreSQL URL (or libpq key=value string) of the primary. */
    databaseUrl: string;
    /** A read replica: entries, verify and the deploy's build look-up read there, up to the primary's head. */
    replicaUrl?: string;
    /** The chain written and read; `default` when absent. */
    tenantId?: string;
    /** Apply the ledger's pending migrations first (needs the owner's URL). */
    migrate?: boolean;
    connectTimeoutSeconds?: number;
    lockTimeoutSeconds?: number;
    statementTimeoutSeconds?: number;
    /** Pool size of the primary (default 4). */
    maxConnections?: number;
    logger?: LedgerLogger;
}
/** Facts about the run that recorded an event; all optional outside CI. */
export interface RunFacts {
    repository?: string;
    runId?: string;
    runAttempt?: number;
    workflow?: string;
    actor?: string;
}
export interface BuildRecord extends RunFacts {
    commit: string;
    branch?: string;
    status?: 'success' | 'failure' | 'cancelled' | 'skipped';
    /** `sha256:<hex>` digests of what the build produced. */
    artifacts?: string[];
}
export interface DeployRecord extends RunFacts {
    commit: string;
    environment: string;
    /** The build entry's hash, when several builds of the commit exist. */
    buildHash?: string;
    /**
     * The head kept outside the database (a commit status, a deployment) that the chain must reach. Without it
     * the primary's current head is used, which proves the chain is intact but not that its tail was not rewritten.
     */
    expectedHead?: LedgerHead;
}
export interface RecordOutcome extends AppendOutcome {
    /** What ledger-record would print for this event. */
    headline: string;
}
export interface Ledger {
    readonly tenantId: string;
    append(type: string, payload: {
        [key: string]: JsonValue;
    }, options?: {
        idempotencyKey?: string;
    }): Promise<AppendOutcome>;
    head(): Promise<LedgerHead | null>;
    entries(options?: {
        after?: number;
        limit?: number;
    }): Promise<EntriesPage>;
    verify(options?: {
        expectedHead?: LedgerHead;
    }): Promise<VerifyReport>;
    recordBuild(build: BuildRecord): Promise<RecordOutcome>;
    /** Refused (an error naming why) unless a verified successful build of the commit is in the chain. */
    recordDeploy(deploy: DeployRecord): Promise<RecordOutcome>;
    /**
     * Links a schema version to the previous one; an unchanged schema appends nothing. The hash is
     * prisma-guard's `schema-hash` of that schema (Prisma `prismaMajor`'s merge, 7 by default).
     */
    recordSchemaChange(schemaContent: string, migrationName?: string, options?: {
        commit?: string;
        prismaMajor?: 6 | 7;
    }): Promise<RecordOutcome>;
    close(): Promise<void>;
}
/** Opens a tenant's ledger for application code: the ledger-record engine, not a copy of it. */
export declare function openLedger(options: OpenLedgerOptions): Promise<Ledger>;
