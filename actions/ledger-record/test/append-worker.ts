/**
 * A writer process for the concurrency tests and the benchmark: appends `count` build entries to one
 * tenant and prints one JSON line with each append's latency in milliseconds.
 * argv: <database url> <tenant> <count> <writer id>
 */
import { openPostgres } from '../src/db/postgres-client';
import { appendEntry } from '../src/ledger/append';

async function main(): Promise<void> {
  const [url, tenantId, countText, writer] = process.argv.slice(2);
  const db = await openPostgres({ url, connectTimeoutSeconds: 10, maxConnections: 1 }, 'ledger database');
  const latencies: number[] = [];
  const started = performance.timeOrigin + performance.now();
  try {
    for (let i = 0; i < Number(countText); i++) {
      const started = process.hrtime.bigint();
      await appendEntry(db, { tenantId, type: 'build', payload: { writer: Number(writer), i, commit: `w${writer}-${i}`, status: 'success' } });
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
