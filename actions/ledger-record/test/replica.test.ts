import { rmSync } from 'node:fs';
import { adminQuery, adminTamper, createTestDatabase, describeWithPostgres, urlForDatabase, type TestDatabase } from './pg-test-db';
import { MemoryLogger } from '@shared/logger';
import { COMMIT_A, COMMIT_B, runLedgerGuard, StatusBoard, tempRepo } from './engine-context';

describeWithPostgres('replica-url', () => {
  let primary: TestDatabase;
  const replicaName = `${Date.now().toString(36)}_replica`;
  let replicaUrl = '';
  const root = tempRepo();
  const github = new StatusBoard();
  beforeAll(async () => {
    primary = await createTestDatabase();
    await runLedgerGuard({ event: 'build', commit: COMMIT_A, 'database-url': primary.url, 'tenant-id': 't' }, { root, github });
    // A replica that lags: a copy of the primary taken now, before the next appends.
    await adminQuery(`CREATE DATABASE ledger_test_${replicaName} TEMPLATE ${primary.name}`);
    replicaUrl = urlForDatabase(`ledger_test_${replicaName}`);
    await runLedgerGuard({ event: 'build', commit: COMMIT_B, 'database-url': primary.url, 'tenant-id': 't' }, { root, github });
  });
  afterAll(async () => {
    await adminQuery(`DROP DATABASE IF EXISTS ledger_test_${replicaName} WITH (FORCE)`);
    await primary?.drop();
    rmSync(root, { recursive: true, force: true });
  });

  it('verifies what the replica has, against the head pinned on the primary, and says it is behind', async () => {
    const logger = new MemoryLogger();
    const result = await runLedgerGuard({ event: 'verify', 'database-url': primary.url, 'replica-url': replicaUrl, 'tenant-id': 't' }, { root, logger });
    expect(result.findings).toEqual([]);
    expect(result.outputs).toMatchObject({ verified: 'true', 'head-seq': '2' });
    expect(result.data?.chain).toMatchObject({ checked: 2, behind: { readerSeq: 1, pinnedSeq: 2 } });
    expect(logger.lines.join('\n')).toMatch(/replica is 1 entries behind: it has entries up to 1, the primary up to 2; verified what the replica has/);
  });

  it('finds a deploy proof on the primary when the replica has not caught up, and writes to the primary', async () => {
    const result = await runLedgerGuard({ event: 'deploy', environment: 'staging', commit: COMMIT_B, 'database-url': primary.url, 'replica-url': replicaUrl, 'tenant-id': 't' }, { root, github });
    expect(result.findings).toEqual([]);
    expect(result.outputs['head-seq']).toBe('3');
    const [{ count }] = await adminQuery<{ count: number }>('SELECT count(*)::int AS "count" FROM "LedgerEntry"', [], replicaUrl);
    expect(count).toBe(2);
  });

  it('reports an entry altered on the replica at its seq', async () => {
    await adminTamper(`UPDATE "LedgerEntry" SET "payload" = '{"x":1}' WHERE "seq" = 1`, [], replicaUrl);
    const result = await runLedgerGuard({ event: 'verify', 'database-url': primary.url, 'replica-url': replicaUrl, 'tenant-id': 't' }, { root, github });
    expect(result.findings.map((f) => f.properties?.seq)).toEqual([1]);
  });
});
