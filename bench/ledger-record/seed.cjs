// Fills one tenant's chain with n build entries quickly (batched INSERT ... SELECT unnest), hashing in
// TypeScript exactly as appends do (version 2, createdAt included) and with each entry's BuildEvent row,
// so that the benchmark times verification as users run it, not seeding.
const path = require('node:path');

async function seedChain(dir, db, tenantId, n) {
  const { hashEntry, GENESIS_PREV_HASH } = require(path.join(dir, 'actions/ledger-record/src/ledger/entry-hash.js'));
  let prevHash = GENESIS_PREV_HASH;
  const batch = 5000;
  const base = Date.UTC(2026, 0, 1);
  for (let start = 0; start <= n; start += batch) {
    const cols = { seq: [], prevHash: [], hash: [], type: [], canonical: [], createdAt: [] };
    for (let seq = start; seq < Math.min(start + batch, n + 1); seq++) {
      const type = seq === 0 ? 'genesis' : 'build';
      const payload = seq === 0 ? { tenantId } : { commit: `c${seq}`.padEnd(40, '0'), status: 'success', branch: 'main', runId: String(seq), artifacts: [`sha256:${seq}`] };
      const createdAt = new Date(base + seq).toISOString();
      const { canonical, hash } = hashEntry({ tenantId, seq, prevHash, type, payload, createdAt });
      cols.seq.push(seq); cols.prevHash.push(prevHash); cols.hash.push(hash); cols.type.push(type); cols.canonical.push(canonical); cols.createdAt.push(createdAt);
      prevHash = hash;
    }
    await db.query(
      `INSERT INTO "LedgerEntry" ("tenantId", "seq", "prevHash", "hash", "type", "payload", "canonical", "createdAt")
       SELECT $1, s, p, h, t, (c::jsonb) -> 'payload', c, ca::timestamptz FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) AS u(s, p, h, t, c, ca)`,
      [tenantId, cols.seq, cols.prevHash, cols.hash, cols.type, cols.canonical, cols.createdAt],
    );
  }
  await db.query(
    `INSERT INTO "BuildEvent" ("entryId", "tenantId", "commit", "branch", "status", "runId", "artifacts", "createdAt")
     SELECT e."id", e."tenantId", e."payload"->>'commit', e."payload"->>'branch', e."payload"->>'status', e."payload"->>'runId', e."payload"->'artifacts', e."createdAt"
     FROM "LedgerEntry" e WHERE e."tenantId" = $1 AND e."type" = 'build'`,
    [tenantId],
  );
  await db.query(`INSERT INTO "LedgerHead" ("tenantId", "seq", "hash") VALUES ($1, $2, $3)`, [tenantId, n, prevHash]);
}

module.exports = { seedChain };
