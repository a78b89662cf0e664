import pg from 'pg';
import type { SqlClient, SqlQueryable } from './sql-client';
import { describeConnectError } from './connection-errors';
import { isConnInfo, parseConnInfo } from './conninfo';

/** pg's settings for a URL or a libpq key=value string (which pg itself would misread). */
function connectionConfig(url: string, label: string): pg.PoolConfig {
  if (!isConnInfo(url)) return { connectionString: url };
  const c = parseConnInfo(url, label);
  const ssl = c.sslmode && ['require', 'verify-ca', 'verify-full'].includes(c.sslmode) ? { rejectUnauthorized: c.sslmode !== 'require' } : undefined;
  return { host: c.host, port: c.port, database: c.database, user: c.user, password: c.password, ssl, application_name: c.applicationName };
}

export interface PostgresOptions {
  url: string;
  /** Seconds to wait for a connection before giving up with a clear error. */
  connectTimeoutSeconds: number;
  /** Set for `tenant-isolation: schema`: every connection works in this schema. */
  searchPath?: string;
  maxConnections?: number;
  /** lock_timeout and statement_timeout of the ledger's own transactions, in seconds (0: none). */
  lockTimeoutSeconds?: number;
  statementTimeoutSeconds?: number;
}

function wrap(client: pg.PoolClient | pg.Pool): SqlQueryable {
  return {
    async query<R>(text: string, params?: readonly unknown[]): Promise<R[]> {
      const r = await client.query(text, params as unknown[] | undefined);
      return r.rows as R[];
    },
    async exec(script: string): Promise<void> {
      // Without parameters pg uses the simple query protocol, which runs several statements.
      await client.query(script);
    },
  };
}

export async function openPostgres(options: PostgresOptions, label: string): Promise<SqlClient> {
  const pool = new pg.Pool({
    ...connectionConfig(options.url, label),
    connectionTimeoutMillis: options.connectTimeoutSeconds * 1000,
    max: options.maxConnections ?? 2,
    options: options.searchPath ? `-c search_path=${pgIdentifier(options.searchPath)}` : undefined,
  });
  // An idle client that loses its server must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  const started = Date.now();
  try {
    const probe = await pool.connect();
    probe.release();
  } catch (e) {
    await pool.end().catch(() => undefined);
    throw describeConnectError(e, options.url, label, options.connectTimeoutSeconds, Date.now() - started);
  }
  const base = wrap(pool);
  // One round trip: the isolation level is explicit because a server default of REPEATABLE READ
  // would take the snapshot before the tenant's lock; the timeouts keep a held lock from stalling a step.
  const begin = [
    'BEGIN ISOLATION LEVEL READ COMMITTED',
    `SET LOCAL lock_timeout = ${Math.round((options.lockTimeoutSeconds ?? 0) * 1000)}`,
    `SET LOCAL statement_timeout = ${Math.round((options.statementTimeoutSeconds ?? 0) * 1000)}`,
  ].join('; ');
  return {
    kind: 'postgres',
    query: base.query,
    exec: base.exec,
    async transaction<T>(fn: (tx: SqlQueryable) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        await client.query(begin);
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    },
    async transactionQuery<R>(text: string, params: readonly unknown[]): Promise<R[]> {
      // BEGIN, the statement and COMMIT in one simple-protocol message: one round trip, and the locks the
      // statement takes (the tenant's head row) are held for the statement and its commit only, not for a
      // round trip to the client and back while other writers queue behind them. The simple protocol takes
      // no parameters, so they are inlined as literals (pg's escapeLiteral, which quotes backslashes too).
      // After an error the rest of the message is skipped and the transaction is aborted: roll it back.
      const client = await pool.connect();
      try {
        const results = (await client.query(`${begin}; ${inlineParams(text, params)}; COMMIT`)) as unknown as pg.QueryResult[];
        return results[3].rows as R[];
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    },
    async close(): Promise<void> {
      await pool.end();
    },
  };
}

/** `$n` placeholders replaced by SQL literals, for a statement sent in the simple query protocol. */
export function inlineParams(text: string, params: readonly unknown[]): string {
  return text.replace(/\$(\d+)/g, (_m, n: string) => {
    const i = Number(n) - 1;
    if (i < 0 || i >= params.length) throw new Error(`inlineParams: no parameter $${n}`);
    const v = params[i];
    if (v === null || v === undefined) return 'NULL';
    if (typeof v === 'string') return pg.escapeLiteral(v);
    if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
    if (typeof v === 'number' && Number.isFinite(v)) return String(v);
    throw new Error(`inlineParams: $${n} is a ${typeof v}, not a string, finite number, boolean or null`);
  });
}

/** A double-quoted SQL identifier. */
export function pgIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
