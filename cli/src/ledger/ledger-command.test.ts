import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ConfigurationError } from '@shared/errors';
import { MemoryLogger } from '@shared/logger';
import { createTestDatabase, describeWithPostgres, type TestDatabase } from '../../../actions/ledger-record/test/pg-test-db';
import { createLedgerHandler } from '../../../packages/ledger/src/node/handler';
import { runLedgerCommand } from './ledger-command';

async function cli(argv: string[]): Promise<{ code: number; out: string; log: string[] }> {
  const logger = new MemoryLogger();
  let out = '';
  const code = await runLedgerCommand(argv, logger, (s) => (out += s));
  return { code, out, log: logger.lines };
}

describe('bickford ledger', () => {
  it('names the valid flags when one is misspelt', async () => {
    await expect(cli(['serve', '--prot', '9000'])).rejects.toThrow(/unknown flag --prot for bickford ledger serve; valid flags: --database-url, --replica-url, --port/);
  });

  it('asks for the database URL when there is none', async () => {
    const saved = process.env.LEDGER_DATABASE_URL;
    delete process.env.LEDGER_DATABASE_URL;
    try {
      await expect(cli(['token', 'create', '--tenant', 'a'])).rejects.toBeInstanceOf(ConfigurationError);
    } finally {
      if (saved !== undefined) process.env.LEDGER_DATABASE_URL = saved;
    }
  });

  it('refuses a --tenant-database-urls file that is not an object of tenant ids to URLs, naming the file', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-urls-')), 'tenants.json');
    fs.writeFileSync(file, JSON.stringify({ 'acme/shop': 42 }));
    await expect(cli(['serve', '--database-url', 'postgres://x', '--tenant-database-urls', file])).rejects.toThrow(`--tenant-database-urls ${file} must hold a JSON object of tenant id to PostgreSQL URL`);
    fs.writeFileSync(file, '{ "acme/shop": ');
    await expect(cli(['serve', '--database-url', 'postgres://x', '--tenant-database-urls', file])).rejects.toThrow(new RegExp(`^--tenant-database-urls ${file}: .*JSON`));
  });

  it('refuses a scope it does not know', async () => {
    await expect(cli(['token', 'create', '--tenant', 'a', '--scope', 'write', '--database-url', 'postgres://x'])).rejects.toThrow(/scope must be append, read or append,read, got 'write'/);
  });
});

describeWithPostgres('bickford ledger token', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db?.drop());

  it('creates a token shown once (stored hashed) that the service accepts, and revokes it', async () => {
    const made = await cli(['token', 'create', '--tenant', 'shop', '--scope', 'read', '--database-url', db.url]);
    const token = made.out.trim();
    expect(token).toMatch(/^bkl_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/);
    expect(made.log.join('\n')).not.toContain(token.slice('bkl_0123456789abcdef_'.length)); // the secret may itself hold '_'
    const handler = createLedgerHandler({ databaseUrl: db.url, tokenCacheMs: 0, log: () => undefined });
    try {
      const head = () => handler(new Request('http://ledger.test/v1/head', { headers: { authorization: `Bearer ${token}` } }));
      expect((await head()).status).toBe(200);
      const id = token.split('_')[1];
      expect((await cli(['token', 'revoke', id, '--database-url', db.url])).out).toBe(`revoked ${id}\n`);
      expect((await head()).status).toBe(401);
      await expect(cli(['token', 'revoke', id, '--database-url', db.url])).rejects.toThrow(/no live token/);
    } finally {
      await handler.shutdown();
    }
  });
});
