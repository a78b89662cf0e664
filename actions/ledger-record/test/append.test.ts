import { appendEntry } from '../src/ledger/append';
import { GENESIS_PREV_HASH, sha256Hex } from '../src/ledger/entry-hash';
import { readHead } from '../src/ledger/head';
import { canonicalJson } from '../src/ledger/canonical-json';
import type { SqlClient } from '../src/db/sql-client';
import { BACKENDS, type MigratedLedger } from './backends';

describe.each(BACKENDS)('appendEntry on $name', (backend) => {
  let ledger: MigratedLedger;
  let db: SqlClient;
  let n = 0;
  const tenant = () => `t${++n}/repo`;
  beforeAll(async () => {
    ledger = await backend.open();
    db = ledger.db;
  });
  afterAll(() => ledger?.close());

  it('starts a tenant with a genesis entry and links the first entry to it', async () => {
    const t = tenant();
    const { entry } = await appendEntry(db, { tenantId: t, type: 'build', payload: { commit: 'abc' } });
    const rows = await db.query<{ seq: number; prevHash: string; hash: string; type: string; canonical: string }>(
      'SELECT "seq", "prevHash", "hash", "type", "canonical" FROM "LedgerEntry" WHERE "tenantId" = $1 ORDER BY "seq"',
      [t],
    );
    expect(rows.map((r) => [r.seq, r.type])).toEqual([[0, 'genesis'], [1, 'build']]);
    expect(rows[0].prevHash).toBe(GENESIS_PREV_HASH);
    expect(rows[1].prevHash).toBe(rows[0].hash);
    expect(entry).toMatchObject({ seq: 1, hash: rows[1].hash });
  });

  it('stores the canonical text exactly as hashed, with the six hashed fields (createdAt included) and the version', async () => {
    const t = tenant();
    const payload = { z: 1, a: 'é€😀', n: 0.1 };
    const { entry } = await appendEntry(db, { tenantId: t, type: 'build', payload });
    const [row] = await db.query<{ canonical: string; hash: string; createdAt: string }>(
      `SELECT "canonical", "hash", to_char("createdAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt" FROM "LedgerEntry" WHERE "hash" = $1`,
      [entry.hash],
    );
    expect(sha256Hex(row.canonical)).toBe(row.hash);
    expect(row.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(row.canonical).toBe(canonicalJson({ version: 2, createdAt: row.createdAt, tenantId: t, seq: 1, prevHash: entry.prevHash, type: 'build', payload }));
  });

  it('returns the first entry again for a retried job with the same idempotency key', async () => {
    const t = tenant();
    const key = 'acme/shop\u001f42\u001f1\u001fbuild';
    const first = await appendEntry(db, { tenantId: t, type: 'build', payload: { attempt: 1 }, idempotencyKey: key });
    const retry = await appendEntry(db, { tenantId: t, type: 'build', payload: { attempt: 'again' }, idempotencyKey: key });
    expect(retry).toEqual({ entry: expect.objectContaining({ hash: first.entry.hash, seq: 1 }), appended: false });
    expect((await readHead(db, t))?.seq).toBe(1);
  });

  it('lets the unique indexes refuse a forked entry even when written around the append code', async () => {
    const t = tenant();
    await appendEntry(db, { tenantId: t, type: 'build', payload: { i: 1 } });
    const [head] = await db.query<{ prevHash: string }>('SELECT "prevHash" FROM "LedgerEntry" WHERE "tenantId" = $1 AND "seq" = 1', [t]);
    const fork = `INSERT INTO "LedgerEntry" ("tenantId", "seq", "prevHash", "hash", "type", "payload", "canonical") VALUES ($1, $2, $3, $4, 'build', '{}', '{}')`;
    await expect(db.query(fork, [t, 2, head.prevHash, 'f'.repeat(64)])).rejects.toThrow(/duplicate key/);
    await expect(db.query(fork, [t, 1, 'e'.repeat(64), 'd'.repeat(64)])).rejects.toThrow(/duplicate key/);
  });

  it('refuses a payload jsonb or JavaScript would change, and writes nothing', async () => {
    const t = tenant();
    await expect(appendEntry(db, { tenantId: t, type: 'build', payload: { size: 2 ** 60 } })).rejects.toThrow(/beyond/);
    await expect(appendEntry(db, { tenantId: t, type: 'build', payload: { note: 'a\u0000b' } })).rejects.toThrow(/\\u0000/);
    expect(await readHead(db, t)).toBeUndefined();
  });
});
