import { createHash } from 'node:crypto';
import type { EngineContext } from '@shared/action/guard';
import { ConfigurationError } from '@shared/errors';
import type { LedgerInputs } from '../inputs';
import type { SqlClient } from './sql-client';
import { openPostgres, pgIdentifier } from './postgres-client';
import { openPglite } from './pglite-client';

/** Where the CLI keeps its embedded ledger, relative to the repository root. */
export const EMBEDDED_LEDGER_DIR = '.bickford/ledger';

export interface LedgerConnections {
  primary: SqlClient;
  /** The replica when replica-url is set, else the primary. */
  reader: SqlClient;
  /** Set for tenant-isolation: schema. */
  schema?: string;
  /** A connection as the owner (admin-database-url), for migrations only. */
  admin?: () => Promise<SqlClient>;
  close(): Promise<void>;
}

/**
 * `tenant-isolation: schema`: a schema per tenant, named by a hash of the tenant id only: schema names
 * are visible to every role in pg_namespace, so they must not tell who the tenants are.
 */
export function tenantSchemaName(tenantId: string): string {
  return `ledger_${createHash('sha256').update(`bickford-ledger-schema\0${tenantId}`).digest('hex').slice(0, 32)}`;
}

/** The name earlier versions used (it shows the tenant id); such a schema is renamed on migrate. */
export function legacyTenantSchemaName(tenantId: string): string {
  const slug = tenantId.toLowerCase().replace(/[^a-z0-9]+/g, '_').slice(0, 40);
  return `ledger_${slug}_${createHash('sha256').update(tenantId).digest('hex').slice(0, 8)}`;
}

/**
 * The tenant's schema on this server: the hashed name, or a legacy one, renamed when this run may
 * migrate (the owner's URL), else used as it is with a warning.
 */
async function resolveTenantSchema(inputs: LedgerInputs, tenantId: string, ctx: EngineContext): Promise<string> {
  const schema = tenantSchemaName(tenantId);
  const legacy = legacyTenantSchemaName(tenantId);
  const url = inputs.adminDatabaseUrl ?? inputs.databaseUrl!;
  const probe = await openPostgres({ url, connectTimeoutSeconds: inputs.connectTimeoutSeconds, maxConnections: 1 }, inputs.adminDatabaseUrl ? 'ledger admin database' : 'ledger database');
  try {
    const [found] = await probe.query<{ current: boolean; old: boolean }>('SELECT to_regnamespace($1) IS NOT NULL AS "current", to_regnamespace($2) IS NOT NULL AS "old"', [pgIdentifier(schema), pgIdentifier(legacy)]);
    if (found.current || !found.old) return schema;
    if (inputs.migrate || inputs.event === 'migrate') {
      ctx.logger.info(`ledger: renaming schema ${legacy} to ${schema} (schema names no longer show tenant ids)`);
      await probe.exec(`ALTER SCHEMA ${pgIdentifier(legacy)} RENAME TO ${pgIdentifier(schema)}`);
      return schema;
    }
    ctx.logger.warning(`ledger: using the schema ${legacy}, whose name shows the tenant id; run once with migrate: true as the owner to rename it to ${schema}`);
    return legacy;
  } finally {
    await probe.close();
  }
}

export async function openLedger(inputs: LedgerInputs, tenantId: string, ctx: EngineContext): Promise<LedgerConnections> {
  let schema = inputs.tenantIsolation === 'schema' ? tenantSchemaName(tenantId) : undefined;
  if (!inputs.databaseUrl) {
    if (ctx.policies.ephemeralMachine && !inputs.embedded)
      throw new ConfigurationError(
        'ledger-record needs database-url in GitHub Actions: an embedded ledger lives on the runner and is thrown away with it. Set database-url (a PostgreSQL URL, from a secret), or embedded: true for a ledger that lasts one job.',
      );
    const dir = ctx.policies.ephemeralMachine ? `${ctx.workDir}/${EMBEDDED_LEDGER_DIR}` : ctx.fs.abs(EMBEDDED_LEDGER_DIR);
    const db = await openPglite(dir);
    if (schema) await db.exec(`CREATE SCHEMA IF NOT EXISTS ${pgIdentifier(schema)}; SET search_path TO ${pgIdentifier(schema)}`);
    return { primary: db, reader: db, schema, close: () => db.close() };
  }
  if (schema) schema = await resolveTenantSchema(inputs, tenantId, ctx);
  const timeout = inputs.connectTimeoutSeconds;
  const timeouts = { lockTimeoutSeconds: inputs.lockTimeoutSeconds, statementTimeoutSeconds: inputs.statementTimeoutSeconds };
  const primary = await openPostgres({ url: inputs.databaseUrl, connectTimeoutSeconds: timeout, searchPath: schema, ...timeouts }, 'ledger database');
  let reader = primary;
  if (inputs.replicaUrl) {
    try {
      reader = await openPostgres({ url: inputs.replicaUrl, connectTimeoutSeconds: timeout, searchPath: schema, ...timeouts }, 'ledger replica');
    } catch (e) {
      await primary.close();
      throw e;
    }
  }
  return {
    primary,
    reader,
    schema,
    admin: inputs.adminDatabaseUrl
      ? () => openPostgres({ url: inputs.adminDatabaseUrl!, connectTimeoutSeconds: timeout, searchPath: schema, maxConnections: 1, ...timeouts }, 'ledger admin database')
      : undefined,
    close: async () => {
      if (reader !== primary) await reader.close();
      await primary.close();
    },
  };
}
