import { MemoryLogger } from '@shared/logger';
import { migrateLedger } from '../../../actions/ledger-record/src/db/migrate';
import { openPostgres } from '../../../actions/ledger-record/src/db/postgres-client';
import { createTestDatabase, type TestDatabase } from '../../../actions/ledger-record/test/pg-test-db';
import { createLedgerHandler, type LedgerHandlerOptions } from '../src/node/handler';
import { serveLedger, type RunningServer } from '../src/node/serve';
import { createToken, type TokenScope } from '../src/node/tokens';

export interface TestService {
  db: TestDatabase;
  server: RunningServer;
  lines: string[];
  token(tenant: string, scopes?: TokenScope[]): Promise<string>;
  close(): Promise<void>;
}

/** A migrated throwaway database and the ledger service on a free port in front of it. */
export async function startService(options: Partial<LedgerHandlerOptions> = {}, existing?: TestDatabase): Promise<TestService> {
  const db = existing ?? (await createTestDatabase());
  const admin = await openPostgres({ url: db.url, connectTimeoutSeconds: 10, maxConnections: 1 }, 'test');
  await migrateLedger(admin, new MemoryLogger());
  const lines: string[] = [];
  const server = await serveLedger(createLedgerHandler({ databaseUrl: db.url, log: (l) => lines.push(l), ...options }), { port: 0 });
  return {
    db,
    server,
    lines,
    token: async (tenant, scopes = ['append', 'read']) => (await createToken(admin, tenant, scopes)).token,
    async close() {
      await server.close();
      await admin.close();
      if (!existing) await db.drop();
    },
  };
}

export async function call(base: string, path: string, init: RequestInit & { token?: string } = {}): Promise<{ status: number; headers: Headers; body: any }> {
  const headers = new Headers(init.headers);
  if (init.token) headers.set('authorization', `Bearer ${init.token}`);
  if (init.body !== undefined && !headers.has('content-type')) headers.set('content-type', 'application/json');
  const r = await fetch(`${base}${path}`, { ...init, headers });
  const text = await r.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: kept as text
  }
  return { status: r.status, headers: r.headers, body };
}
