/**
 * The tiny query interface the ledger runs on, implemented by PostgreSQL (pg) and embedded PGlite,
 * so that the same SQL serves both. Parameters are $1, $2, ...; BIGINT columns must be cast to text
 * in the SELECT (pg returns strings, PGlite numbers).
 */
export interface SqlQueryable {
  query<R>(text: string, params?: readonly unknown[]): Promise<R[]>;
  /** Several statements without parameters (migrations). */
  exec(script: string): Promise<void>;
}

export interface SqlClient extends SqlQueryable {
  readonly kind: 'postgres' | 'pglite';
  /** Runs fn in one READ COMMITTED transaction on one connection; rolls back if fn throws. */
  transaction<T>(fn: (tx: SqlQueryable) => Promise<T>): Promise<T>;
  /**
   * One statement in its own transaction, as transaction() runs it, in as few round trips as the client
   * can (one on PostgreSQL). Parameters are strings, numbers, booleans or null. Optional: callers fall
   * back to transaction().
   */
  transactionQuery?<R>(text: string, params: readonly unknown[]): Promise<R[]>;
  close(): Promise<void>;
}

/** PostgreSQL's SQLSTATE of an error, when it has one. */
export function sqlState(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
