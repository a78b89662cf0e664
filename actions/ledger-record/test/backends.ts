import * as nodeModule from 'node:module';
import { openPglite, setPgliteLoader } from '../src/db/pglite-client';
import { openPostgres } from '../src/db/postgres-client';
import { migrateLedger } from '../src/db/migrate';
import type { SqlClient } from '../src/db/sql-client';
import { MemoryLogger } from '@shared/logger';
import { createTestDatabase, serverUrl } from './pg-test-db';

export interface MigratedLedger {
  db: SqlClient;
  /** For tests that tamper: runs as the owner, outside the append code. */
  url?: string;
  close(): Promise<void>;
}

export interface Backend {
  name: string;
  open(): Promise<MigratedLedger>;
}

type PgliteModule = ReturnType<Parameters<typeof setPgliteLoader>[0]>;

/**
 * PGlite loaded by Node itself, outside Jest's sandbox (see setPgliteLoader). Jest replaces
 * createRequire with its own, but Module._load is still Node's loader.
 */
export function usePgliteOutsideJest(): void {
  const loader = (nodeModule as unknown as { _load(request: string): PgliteModule })._load;
  const path = require.resolve('@electric-sql/pglite');
  setPgliteLoader(() => loader(path));
}

const pglite: Backend = {
  name: 'PGlite',
  async open() {
    usePgliteOutsideJest();
    const db = await openPglite();
    await migrateLedger(db, new MemoryLogger());
    return { db, close: () => db.close() };
  },
};

const postgres: Backend = {
  name: 'PostgreSQL',
  async open() {
    const database = await createTestDatabase();
    const db = await openPostgres({ url: database.url, connectTimeoutSeconds: 10 }, 'ledger database');
    await migrateLedger(db, new MemoryLogger());
    return {
      db,
      url: database.url,
      close: async () => {
        await db.close();
        await database.drop();
      },
    };
  },
};

/**
 * Changes rows as an attacker with superuser rights would: with triggers off (session_replication_role),
 * since the append-only trigger refuses UPDATE, DELETE and TRUNCATE to everyone else.
 */
export async function tamper(db: SqlClient, sql: string, params: unknown[] = []): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.exec('SET LOCAL session_replication_role = replica');
    await tx.query(sql, params);
  });
}

/** The same behaviour is checked on every backend available: PGlite always, PostgreSQL with DATABASE_URL. */
export const BACKENDS: Backend[] = serverUrl ? [pglite, postgres] : [pglite];
