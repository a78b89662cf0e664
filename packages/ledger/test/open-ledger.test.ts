import * as fs from 'node:fs';
import * as path from 'node:path';
import { NodeRepoFs } from '@shared/io/repo-fs';
import { findPrismaProjects } from '@shared/prisma/find-projects';
import { schemaHashOf } from '@shared/prisma/schema-hash';
import { adminQuery, createTestDatabase, describeWithPostgres, urlForDatabase, type TestDatabase } from '../../../actions/ledger-record/test/pg-test-db';
import { runEngine } from '../../../actions/prisma-guard/test/harness';
import { canonicalJson } from '../../../actions/ledger-record/src/ledger/canonical-json';
import { hashEntry } from '../../../actions/ledger-record/src/ledger/entry-hash';
import { canonicalize, sha256Hex } from '../src/edge/canonical';
import { openLedger, type Ledger } from '../src/node/open-ledger';

const EXAMPLES = path.resolve(__dirname, '..', '..', '..', 'examples');
const SCHEMA = fs.readFileSync(path.join(EXAMPLES, 'packages/db/prisma/schema.prisma'), 'utf8');

describe("the edge entry's canonical JSON and SHA-256", () => {
  const values: unknown[] = [
    { b: 1, a: [true, null, 'x'], é: { z: -0, y: 1.5e-300, x: 0.1 + 0.2, w: 9007199254740991 } },
    { '\u20ac': 'euro', '\r': 'cr', '1': 'one', '10': 'ten', a: '\u2028"\\' },
    [1.5, -2, 1e-7, 123456789012345, 'a\u{1F600}b'],
  ];
  it.each(values.map((v) => [JSON.stringify(v), v]))('agrees with the engine on %s', (_t, v) => {
    expect(canonicalize(v)).toBe(canonicalJson(v as never));
  });

  it('recomputes the hash the engine gives an entry', async () => {
    const fields = { createdAt: '2026-12-02T02:00:00.123Z', tenantId: 't', seq: 3, prevHash: 'a'.repeat(64), type: 'decision', payload: { intent: 'x', allowed: true, decision: null } };
    expect(await sha256Hex(canonicalize({ version: 2, ...fields }))).toBe(hashEntry(fields).hash);
  });
});

describeWithPostgres('openLedger', () => {
  let db: TestDatabase;
  let ledger: Ledger;
  beforeAll(async () => {
    db = await createTestDatabase();
    ledger = await openLedger({ databaseUrl: db.url, tenantId: 'app', migrate: true });
  }, 120_000);
  afterAll(async () => {
    await ledger?.close();
    await db?.drop();
  });

  it("records a schema change with prisma-guard's schema-hash, and nothing for an unchanged schema", async () => {
    const first = await ledger.recordSchemaChange(SCHEMA, '20240101000000_init');
    const again = await ledger.recordSchemaChange(SCHEMA, '20240102000000_noop');
    expect(first.appended).toBe(true);
    expect(again).toMatchObject({ appended: false, entry: { seq: first.entry.seq } });
    const guard = await runEngine(EXAMPLES, { drift: 'skip' });
    const repo = new NodeRepoFs(EXAMPLES);
    const [project] = findPrismaProjects(repo).projects;
    expect((first.entry.payload as { schemaHash: string }).schemaHash).toBe(guard.outputs['schema-hash']);
    expect(schemaHashOf(repo, project)).toBe(guard.outputs['schema-hash']);
    const changed = await ledger.recordSchemaChange(`${SCHEMA}\nmodel Extra {\n  id Int @id\n}\n`, '20240103000000_extra');
    expect(changed.entry.payload).toMatchObject({ previousHash: guard.outputs['schema-hash'], runId: 'migration:20240103000000_extra' });
  });

  it('refuses a schema Prisma cannot read, saying so', async () => {
    await expect(ledger.recordSchemaChange('model {', 'x')).rejects.toThrow(/the schema is not one Prisma can read/);
  });

  it('records a build, then a deploy proven by it, and refuses a deploy with no build', async () => {
    await expect(ledger.recordDeploy({ commit: 'f00d', environment: 'production' })).rejects.toThrow(/has no proof/);
    const build = await ledger.recordBuild({ commit: 'f00d', branch: 'main', artifacts: [`sha256:${'1'.repeat(64)}`] });
    const deploy = await ledger.recordDeploy({ commit: 'f00d', environment: 'production' });
    expect(deploy.entry.payload).toMatchObject({ buildHash: build.entry.hash, buildSeq: build.entry.seq, environment: 'production' });
    const report = await ledger.verify({ expectedHead: { seq: deploy.entry.seq, hash: deploy.entry.hash } });
    expect(report).toMatchObject({ ok: true, head: { seq: deploy.entry.seq } });
  });

  it('appends application entries idempotently, pages them up to the head, and refuses the recorded types', async () => {
    const a = await ledger.append('note', { n: 1 }, { idempotencyKey: 'k1' });
    const b = await ledger.append('note', { n: 2 }, { idempotencyKey: 'k1' });
    expect(b).toEqual({ ...a, appended: false });
    await expect(ledger.append('build', {})).rejects.toThrow(/recorded by its own function/);
    const head = await ledger.head();
    const page = await ledger.entries({ after: head!.seq - 2, limit: 1 });
    expect(page).toMatchObject({ entries: [{ seq: head!.seq - 1 }], next: head!.seq - 1, head });
    const last = await ledger.entries({ after: page.next! });
    expect(last).toMatchObject({ entries: [{ seq: head!.seq, hash: head!.hash, payload: { n: 1 } }], next: null });
  });
});

describeWithPostgres('openLedger with a replica', () => {
  let primary: TestDatabase;
  const replicaName = `ledger_test_${Date.now().toString(36)}_replica`;
  beforeAll(async () => {
    primary = await createTestDatabase();
    const writer = await openLedger({ databaseUrl: primary.url, tenantId: 'r', migrate: true });
    await writer.append('note', { n: 1 });
    await writer.close();
    await adminQuery(`CREATE DATABASE ${replicaName} TEMPLATE ${primary.name}`);
  }, 120_000);
  afterAll(async () => {
    await adminQuery(`DROP DATABASE IF EXISTS ${replicaName} WITH (FORCE)`);
    await primary?.drop();
  });

  it('reads from the replica but never past the head read from the primary, and says when the replica is behind', async () => {
    const replicaUrl = urlForDatabase(replicaName);
    // The copy gets an entry the primary does not have: a reader must not serve it.
    const stray = await openLedger({ databaseUrl: replicaUrl, tenantId: 'r' });
    await stray.append('note', { only: 'replica' });
    await stray.close();
    const ledger = await openLedger({ databaseUrl: primary.url, replicaUrl, tenantId: 'r' });
    try {
      expect(await ledger.head()).toMatchObject({ seq: 1 });
      const page = await ledger.entries();
      expect(page.entries.map((e) => e.seq)).toEqual([0, 1]);
      expect(JSON.stringify(page)).not.toContain('replica');
      expect(await ledger.verify()).toMatchObject({ ok: true, checked: 2, head: { seq: 1 } });
      await ledger.append('note', { n: 2 });
      await ledger.append('note', { n: 3 });
      // The replica is behind (it has seq 2, the primary 3), and its seq 2 is not the primary's: not a pass.
      expect(await ledger.verify()).toMatchObject({ ok: false, behind: { readerSeq: 2, pinnedSeq: 3 }, broken: { seq: 2, reason: expect.stringMatching(/the replica holds another chain/) } });
    } finally {
      await ledger.close();
    }
  });
});
