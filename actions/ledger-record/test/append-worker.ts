/**
 * A writer process for the concurrency tests and the benchmark: appends `count` build entries to one
 * tenant and prints one JSON line with each append's latency in milliseconds.
 * argv: <database url> <tenant> <count> <writer id> [baseline]
 * With `baseline`, each append is instead one call of the benchmark's bare server-side function
 * bench_bare_append (bench/ledger-record/run.mjs), in autocommit: the floor the ledger is measured against.
 */
import { openPostgres } from '../src/db/postgres-client';
import { appendEntry } from '../src/ledger/append';

async function main(): Promise<void> {
  const [url, tenantId, countText, writer, mode] = process.argv.slice(2);
  const db = await openPostgres({ url, connectTimeoutSeconds: 10, maxConnections: 1 }, 'ledger database');
  const latencies: number[] = [];
  const started = performance.timeOrigin + performance.now();
  try {
    for (let i = 0; i < Number(countText); i++) {
      const started = process.hrtime.bigint();
      const payload = { writer: Number(writer), i, commit: `w${writer}-${i}`, status: 'success' };
      if (mode === 'baseline') await db.query('SELECT bench_bare_append($1, $2)', [tenantId, JSON.stringify(payload)]);
      else await appendEntry(db, { tenantId, type: 'build', payload });
      latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
      if (process.env.LEDGER_WORKER_PROGRESS && i === 9) process.stderr.write('progress\n');
    }
  } finally {
    await db.close();
  }
  const finished = performance.timeOrigin + performance.now();
  process.stdout.write(`${JSON.stringify({ writer, started, finished, latencies })}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
