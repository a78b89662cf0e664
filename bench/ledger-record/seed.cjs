// Fills one tenant's chain with n build entries quickly (batched INSERT ... SELECT unnest), hashing in
// TypeScript exactly as appends do; the benchmark then times verification, not seeding.
const path = require('node:path');

async function seedChain(dir, db, tenantId, n) {
  const { hashEntry, GENESIS_PREV_HASH } = require(path.join(dir, 'actions/ledger-record/src/ledger/entry-hash.js'));
  let prevHash = GENESIS_PREV_HASH;
  const batch = 5000;
  for (let start = 0; start <= n; start += batch) {
    const cols = { seq: [], prevHash: [], hash: [], type: [], canonical: [] };
    for (let seq = start; seq < Math.min(start + batch, n + 1); seq++) {
      const type = seq === 0 ? 'genesis' : 'build';
      const payload = seq === 0 ? { tenantId } : { commit: `c${seq}`.padEnd(40, '0'), status: 'success', branch: 'main', runId: String(seq), artifacts: [`sha256:${seq}`] };
      const { canonical, hash } = hashEntry({ tenantId, seq, prevHash, type, payload });
      cols.seq.push(seq); cols.prevHash.push(prevHash); cols.hash.push(hash); cols.type.push(type); cols.canonical.push(canonical);
      prevHash = hash;
    }
    await db.query(
      `INSERT INTO "LedgerEntry" ("tenantId", "seq", "prevHash", "hash", "type", "payload", "canonical")
       SELECT $1, s, p, h, t, (c::jsonb) -> 'payload', c FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::text[]) AS u(s, p, h, t, c)`,
      [tenantId, cols.seq, cols.prevHash, cols.hash, cols.type, cols.canonical],
    );
  }
}

module.exports = { seedChain };
