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
  close(): Promise<void>;
}

/** `tenant-isolation: schema`: a schema per tenant, readable and within PostgreSQL's 63-byte identifiers. */
export function tenantSchemaName(tenantId: string): string {
  const slug = tenantId.toLowerCase().replace(/[^a-z0-9]+/g, '_').slice(0, 40);
  return `ledger_${slug}_${createHash('sha256').update(tenantId).digest('hex').slice(0, 8)}`;
}

export async function openLedger(inputs: LedgerInputs, tenantId: string, ctx: EngineContext): Promise<LedgerConnections> {
  const schema = inputs.tenantIsolation === 'schema' ? tenantSchemaName(tenantId) : undefined;
  if (!inputs.databaseUrl) {
    if (ctx.inActions && !inputs.embedded)
      throw new ConfigurationError(
        'ledger-record needs database-url in GitHub Actions: an embedded ledger lives on the runner and is thrown away with it. Set database-url (a PostgreSQL URL, from a secret), or embedded: true for a ledger that lasts one job.',
      );
    const dir = ctx.inActions ? `${ctx.workDir}/${EMBEDDED_LEDGER_DIR}` : ctx.fs.abs(EMBEDDED_LEDGER_DIR);
    const db = await openPglite(dir);
    if (schema) await db.exec(`CREATE SCHEMA IF NOT EXISTS ${pgIdentifier(schema)}; SET search_path TO ${pgIdentifier(schema)}`);
    return { primary: db, reader: db, schema, close: () => db.close() };
  }
  const timeout = inputs.connectTimeoutSeconds;
  const primary = await openPostgres({ url: inputs.databaseUrl, connectTimeoutSeconds: timeout, searchPath: schema }, 'ledger database');
  let reader = primary;
  if (inputs.replicaUrl) {
    try {
      reader = await openPostgres({ url: inputs.replicaUrl, connectTimeoutSeconds: timeout, searchPath: schema }, 'ledger replica');
    } catch (e) {
      await primary.close();
      throw e;
    }
  }
  return {
    primary,
    reader,
    schema,
    close: async () => {
      if (reader !== primary) await reader.close();
      await primary.close();
    },
  };
}
