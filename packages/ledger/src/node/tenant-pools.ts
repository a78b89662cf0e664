import { ConfigurationError } from '@shared/errors';
import { openPostgres } from '../../../../actions/ledger-record/src/db/postgres-client';
import type { SqlClient } from '../../../../actions/ledger-record/src/db/sql-client';
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
export class TenantPools {
  private readonly open = new Map<string, Promise<{ client: SqlClient; backend: TenantBackend }>>();

  constructor(
    private readonly urls: Readonly<Record<string, string>>,
    private readonly options: TenantPoolOptions,
  ) {
    for (const [tenant, url] of Object.entries(urls)) if (typeof url !== 'string' || url === '') throw new ConfigurationError(`tenantDatabaseUrls["${tenant}"] must be a PostgreSQL URL of that tenant's role`);
  }

  /** The tenant's backend; a ConfigurationError (the operator's to fix) when no role is configured for it. */
  async backend(tenantId: string): Promise<TenantBackend> {
    const url = Object.hasOwn(this.urls, tenantId) ? this.urls[tenantId] : undefined;
    if (!url) throw new ConfigurationError(`this ledger service has no database role for tenant ${JSON.stringify(tenantId)}: add it to tenantDatabaseUrls`);
    let opening = this.open.get(tenantId);
    if (!opening) {
      const { poolSize, maxBatch, ...timeouts } = this.options;
      opening = openPostgres({ url, maxConnections: poolSize, ...timeouts }, `ledger database of tenant ${tenantId}`).then((client) => ({ client, backend: { store: new LedgerStore(client), appender: new GroupCommitter(client, maxBatch) } }));
      this.open.set(tenantId, opening);
      opening.catch(() => this.open.delete(tenantId)); // the next request tries again
    }
    return (await opening).backend;
  }

  async close(): Promise<void> {
    const all = [...this.open.values()];
    this.open.clear();
    await Promise.all(all.map(async (p) => (await p.catch(() => undefined))?.client.close()));
  }
}
