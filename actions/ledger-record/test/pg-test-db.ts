import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * Each test file makes its own database (so files run in parallel) on the server DATABASE_URL points at.
 * Without DATABASE_URL: CI fails loudly (a skipped ledger test would hide a broken ledger); locally the
 * suite is skipped with a note.
 */
export const serverUrl = process.env.DATABASE_URL;

export function describeWithPostgres(name: string, fn: () => void): void {
  if (serverUrl) return describe(name, fn);
  if (process.env.CI === 'true') {
    describe(name, () => {
      it('has a PostgreSQL server to run against', () => {
        throw new Error('DATABASE_URL is not set: these ledger tests need a real PostgreSQL (.ci/run starts one and exports DATABASE_URL)');
      });
    });
    return;
  }
  describe.skip(`${name} (skipped: set DATABASE_URL to a PostgreSQL superuser URL to run)`, fn);
}

export function urlForDatabase(name: string, base = serverUrl!): string {
  const u = new URL(base);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function adminQuery<R = Record<string, unknown>>(sql: string, params: unknown[] = [], url = serverUrl!): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as R[];
  } finally {
    await client.end();
  }
}

/** adminQuery with triggers off, as a superuser attacker would change rows past the append-only trigger. */
export async function adminTamper(sql: string, params: unknown[] = [], url = serverUrl!): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('SET session_replication_role = replica');
    await client.query(sql, params);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `ledger_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  return {
    name,
    url: urlForDatabase(name),
    drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).then(() => undefined),
  };
}
