// Runs verifyChain over one tenant in a process of its own, so that its peak memory is its own.
// argv: <compiled dir> <database url> <tenant>
const path = require('node:path');
const [dir, url, tenant] = process.argv.slice(2);
const { openPostgres } = require(path.join(dir, 'actions/ledger-record/src/db/postgres-client.js'));
const { verifyChain } = require(path.join(dir, 'actions/ledger-record/src/ledger/verify-chain.js'));

(async () => {
  const db = await openPostgres({ url, connectTimeoutSeconds: 10 }, 'ledger database');
  const baseline = process.memoryUsage().rss;
  let peakHeap = 0;
  const sampler = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 5);
  const started = performance.now();
  const report = await verifyChain(db, tenant);
  const ms = performance.now() - started;
  clearInterval(sampler);
  await db.close();
  const maxRss = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(JSON.stringify({ ms, checked: report.checked, broken: report.broken ?? null, maxRssMiB: maxRss / 2 ** 20, baselineRssMiB: baseline / 2 ** 20, peakHeapMiB: peakHeap / 2 ** 20 }) + '\n');
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
