import { rmSync } from 'node:fs';
import { MemoryLogger } from '@shared/logger';
import { LEDGER_MIGRATIONS } from '../db/ledger-migrations';
import { migrateLedger } from '../src/db/migrate';
import { openPostgres } from '../src/db/postgres-client';
import { createTestDatabase, describeWithPostgres, type TestDatabase } from './pg-test-db';
import { runLedgerGuard, tempRepo } from './engine-context';

describeWithPostgres('migrateLedger', () => {
  let database: TestDatabase;
  const root = tempRepo();
  beforeEach(async () => {
    database = await createTestDatabase();
  });
  afterEach(() => database.drop());
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const open = () => openPostgres({ url: database.url, connectTimeoutSeconds: 10, maxConnections: 1 }, 'ledger database');

  it('applies every migration once when several runs start together, and nothing the second time', async () => {
    const clients = await Promise.all([open(), open(), open()]);
    try {
      const applied = await Promise.all(clients.map((c) => migrateLedger(c, new MemoryLogger())));
      expect(applied.flat().sort()).toEqual(LEDGER_MIGRATIONS.map((m) => m.name).sort());
      expect(await migrateLedger(clients[0], new MemoryLogger())).toEqual([]);
      const rows = await clients[0].query<{ n: number }>('SELECT count(*)::int AS n FROM "_prisma_migrations"');
      expect(rows[0].n).toBe(LEDGER_MIGRATIONS.length);
    } finally {
      await Promise.all(clients.map((c) => c.close()));
    }
  });

  it('warns when an applied migration was changed since', async () => {
    const db = await open();
    try {
      await migrateLedger(db, new MemoryLogger());
      await db.query(`UPDATE "_prisma_migrations" SET checksum = 'x' WHERE migration_name = $1`, [LEDGER_MIGRATIONS[0].name]);
      const logger = new MemoryLogger();
      await migrateLedger(db, logger);
      expect(logger.lines).toEqual([expect.stringMatching(new RegExp(`migration ${LEDGER_MIGRATIONS[0].name} was applied from different SQL`))]);
    } finally {
      await db.close();
    }
  });

  it('with migrate: false on an empty database, says to run the migrations', async () => {
    await expect(runLedgerGuard({ event: 'verify', migrate: false, 'database-url': database.url }, { root })).rejects.toThrow(/ledger tables or functions are missing.*migrate: true/);
  });
});
