import { appendEntry } from '../src/ledger/append';
import { hashEntry, sha256Hex } from '../src/ledger/entry-hash';
import { readHead } from '../src/ledger/head';
import { verifyChain } from '../src/ledger/verify-chain';
import type { SqlClient } from '../src/db/sql-client';
import { BACKENDS, tamper, type MigratedLedger } from './backends';

async function appendBuilds(db: SqlClient, n: number, tenantId: string): Promise<void> {
  for (let i = 1; i <= n; i++) await appendEntry(db, { tenantId, type: 'build', payload: { i, commit: `c${i}`, status: 'success' } });
}

describe.each(BACKENDS)('verifyChain on $name', (backend) => {
  let ledger: MigratedLedger;
  let db: SqlClient;
  let TENANT = '';
  let n = 0;
  beforeAll(async () => {
    ledger = await backend.open();
    db = ledger.db;
  });
  afterAll(() => ledger?.close());
  // A fresh tenant per test: each test tampers with its own chain.
  beforeEach(async () => {
    TENANT = `acme/shop-${++n}`;
    await appendBuilds(db, 10, TENANT);
  });

  it('accepts an untouched chain, genesis included, and reports its head', async () => {
    const report = await verifyChain(db, TENANT, { pageSize: 3 });
    expect(report.broken).toBeUndefined();
    expect(report.checked).toBe(11);
    expect(report.head).toEqual(await readHead(db, TENANT));
  });

  it('finds an edited payload column at its seq', async () => {
    await tamper(db, `UPDATE "LedgerEntry" SET "payload" = '{"i":999}' WHERE "tenantId" = $1 AND "seq" = 4`, [TENANT]);
    const report = await verifyChain(db, TENANT);
    expect(report.broken).toEqual({ seq: 4, reason: expect.stringContaining('payload') });
    expect(report.checked).toBe(4);
  });

  it('finds an edited payload whose own hash was recomputed, at that seq', async () => {
    const [row] = await db.query<{ prevHash: string }>(`SELECT "prevHash" FROM "LedgerEntry" WHERE "tenantId" = $1 AND "seq" = 4`, [TENANT]);
    const forged = hashEntry({ tenantId: TENANT, seq: 4, prevHash: row.prevHash, type: 'build', payload: { i: 999 } });
    await tamper(db, `UPDATE "LedgerEntry" SET "payload" = '{"i":999}', "canonical" = $2, "hash" = $3 WHERE "tenantId" = $1 AND "seq" = 4`, [TENANT, forged.canonical, forged.hash]);
    const report = await verifyChain(db, TENANT);
    expect(report.broken).toEqual({ seq: 4, reason: expect.stringContaining('entry 4 was rewritten') });
  });

  it('finds an entry whose bytes were replaced by text that is not JSON, hash recomputed, at its seq', async () => {
    await tamper(db, `UPDATE "LedgerEntry" SET "canonical" = 'not json', "hash" = $2 WHERE "tenantId" = $1 AND "seq" = 5`, [TENANT, sha256Hex('not json')]);
    expect((await verifyChain(db, TENANT)).broken).toEqual({ seq: 5, reason: 'its canonical bytes are not JSON' });
  });

  it('finds text that is not JSON on a later page, read ahead while the page before it was checked', async () => {
    await tamper(db, `UPDATE "LedgerEntry" SET "canonical" = 'not json', "hash" = $2 WHERE "tenantId" = $1 AND "seq" = 5`, [TENANT, sha256Hex('not json')]);
    for (const pageSize of [2, 3, 5])
      expect(await verifyChain(db, TENANT, { pageSize })).toMatchObject({ checked: 5, broken: { seq: 5, reason: 'its canonical bytes are not JSON' } });
  });

  it('checks each event row against its hashed entry on every page, and a page boundary on the last entry', async () => {
    const t = `${TENANT}-events`;
    for (let i = 1; i <= 8; i++) {
      const payload = { commit: `c${i}`, status: 'success', branch: 'main', workflow: null, runId: String(i), runAttempt: 1, actor: null, artifacts: [`sha256:${i}`] };
      const values = { commit: payload.commit, status: payload.status, branch: payload.branch, workflow: null, runId: payload.runId, runAttempt: 1, actor: null, artifacts: JSON.stringify(payload.artifacts) };
      await appendEntry(db, { tenantId: t, type: 'build', payload, event: { table: 'BuildEvent', values } });
    }
    // 9 entries, genesis included: pages of 3 end exactly on the last one.
    expect(await verifyChain(db, t, { pageSize: 3 })).toMatchObject({ checked: 9, head: { seq: 8 } });
    await tamper(db, `UPDATE "BuildEvent" SET "status" = 'failure' WHERE "tenantId" = $1 AND "runId" = '7'`, [t]);
    for (const pageSize of [2, 3, 5000])
      expect(await verifyChain(db, t, { pageSize })).toMatchObject({ checked: 7, broken: { seq: 7, reason: expect.stringMatching(/its BuildEvent row differs from the hashed entry/) } });
  });

  it('finds a deleted entry at its seq', async () => {
    await tamper(db, `DELETE FROM "LedgerEntry" WHERE "tenantId" = $1 AND "seq" = 6`, [TENANT]);
    expect((await verifyChain(db, TENANT)).broken).toEqual({ seq: 6, reason: expect.stringContaining('entry 6 is missing') });
  });

  it('finds two swapped entries at the first of them', async () => {
    await tamper(db, `UPDATE "LedgerEntry" SET "seq" = -1 WHERE "tenantId" = $1 AND "seq" = 3`, [TENANT]);
    await tamper(db, `UPDATE "LedgerEntry" SET "seq" = 3 WHERE "tenantId" = $1 AND "seq" = 7`, [TENANT]);
    await tamper(db, `UPDATE "LedgerEntry" SET "seq" = 7 WHERE "tenantId" = $1 AND "seq" = -1`, [TENANT]);
    expect((await verifyChain(db, TENANT)).broken?.seq).toBe(3);
  });

  it('misses a truncated tail on its own but finds it with the expected head', async () => {
    const head = (await readHead(db, TENANT))!;
    await tamper(db, `DELETE FROM "LedgerEntry" WHERE "tenantId" = $1 AND "seq" >= 8`, [TENANT]);
    expect((await verifyChain(db, TENANT)).broken).toBeUndefined();
    expect((await verifyChain(db, TENANT, { expected: head })).broken).toEqual({ seq: 8, reason: expect.stringContaining('truncated') });
  });

  it('misses a rewritten tail on its own but finds it with the expected head', async () => {
    const head = (await readHead(db, TENANT))!;
    await tamper(db, `DELETE FROM "LedgerEntry" WHERE "tenantId" = $1 AND "seq" = 10`, [TENANT]);
    await appendEntry(db, { tenantId: TENANT, type: 'build', payload: { i: 10, commit: 'forged', status: 'success' } });
    expect((await verifyChain(db, TENANT)).broken).toBeUndefined();
    expect((await verifyChain(db, TENANT, { expected: head })).broken).toEqual({ seq: 10, reason: expect.stringContaining('rewritten') });
  });

  it('keeps tenants apart: another tenant\'s entries neither break nor extend the chain', async () => {
    await appendBuilds(db, 3, `${TENANT}-other`);
    const report = await verifyChain(db, TENANT);
    expect(report.broken).toBeUndefined();
    expect(report.checked).toBe(11);
  });
});
