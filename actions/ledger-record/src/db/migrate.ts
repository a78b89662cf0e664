import { randomUUID } from 'node:crypto';
import { LEDGER_MIGRATIONS, type LedgerMigration } from '../../db/ledger-migrations';
import type { Logger } from '@shared/logger';
import { sha256Hex } from '../ledger/entry-hash';
import { sqlState, type SqlClient, type SqlQueryable } from './sql-client';
import { pgIdentifier } from './postgres-client';

/** Same key in every process, so that two runs starting together migrate one after the other. */
const MIGRATION_LOCK_KEY = '7306045104816115761';

// Prisma's own bookkeeping table, so that `prisma migrate deploy` and this runner agree on what is applied.
const PRISMA_MIGRATIONS_DDL = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum" VARCHAR(64) NOT NULL,
    "finished_at" TIMESTAMPTZ,
    "migration_name" VARCHAR(255) NOT NULL,
    "logs" TEXT,
    "rolled_back_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

/**
 * Earlier texts of a shipped migration, still accepted as applied: 20260101000100_tenant_isolation was
 * edited only to skip CREATE ROLE when the role exists (so that an owner without CREATEROLE can
 * migrate), which changes nothing in a database where the earlier text ran.
 */
const EARLIER_CHECKSUMS: Record<string, readonly string[]> = {
  '20260101000100_tenant_isolation': ['e136b31285b082d44034a79971e7966535d94913a17c48e07cf3ae07dd94c582'],
};

/** Applied migration names with their checksums, or undefined before the first migration. */
async function appliedNames(db: SqlQueryable): Promise<Map<string, string> | undefined> {
  const [{ present }] = await db.query<{ present: boolean }>(`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS present`);
  if (!present) return undefined;
  const rows = await db.query<{ migration_name: string; checksum: string }>(
    'SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
  );
  return new Map(rows.map((r) => [r.migration_name, r.checksum]));
}

export interface MigrateOptions {
  /** `tenant-isolation: schema`: create this schema and migrate inside it (the client's search_path points there). */
  schema?: string;
  migrations?: readonly LedgerMigration[];
}

/**
 * Applies pending migrations in one transaction under an advisory lock: idempotent, safe when several
 * jobs start at once, and all-or-nothing. Returns the names applied.
 */
export async function migrateLedger(db: SqlClient, logger: Logger, options: MigrateOptions = {}): Promise<string[]> {
  const migrations = options.migrations ?? LEDGER_MIGRATIONS;
  // A quick look without the lock: a tenant role that may not create tables still runs when all is applied.
  const seen = await appliedNames(db).catch((e: unknown) => (sqlState(e) === '42501' ? undefined : Promise.reject(e)));
  if (seen && migrations.every((m) => seen.has(m.name))) {
    for (const m of migrations)
      if (seen.get(m.name) !== sha256Hex(m.sql) && !EARLIER_CHECKSUMS[m.name]?.includes(seen.get(m.name)!)) logger.warning(`ledger: migration ${m.name} was applied from different SQL than this version ships; the database may not match prisma/schema.prisma`);
    return [];
  }
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1::bigint)', [MIGRATION_LOCK_KEY]);
    if (options.schema) await tx.exec(`CREATE SCHEMA IF NOT EXISTS ${pgIdentifier(options.schema)}`);
    await tx.exec(PRISMA_MIGRATIONS_DDL);
    const applied = (await appliedNames(tx)) ?? new Map<string, string>();
    const done: string[] = [];
    for (const m of migrations) {
      if (applied.has(m.name)) continue;
      logger.info(`ledger: applying migration ${m.name}`);
      await tx.exec(m.sql);
      await tx.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ($1, $2, now(), $3, 1)`,
        [randomUUID(), sha256Hex(m.sql), m.name],
      );
      done.push(m.name);
    }
    return done;
  });
}
