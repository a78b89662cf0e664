/**
 * The ledger service in a process of its own, for the tests that kill it: prints `listening <url>` once it
 * accepts requests. argv: <database url> [rate limit per second] [pool size]
 */
import { createLedgerHandler } from '../src/node/handler';
import { serveLedger } from '../src/node/serve';

async function main(): Promise<void> {
  const [url, rate, pool] = process.argv.slice(2);
  const handler = createLedgerHandler({ databaseUrl: url, rateLimit: { perSecond: Number(rate ?? 0) }, maxConnections: Number(pool ?? 16), log: () => undefined });
  const running = await serveLedger(handler, { port: 0 });
  process.stdout.write(`listening ${running.url}\n`);
  process.once('SIGTERM', () => {
    void running.close().then(() => process.exit(0));
  });
}

main().catch((e: unknown) => {
  process.stderr.write(`${(e as Error)?.stack ?? String(e)}\n`);
  process.exit(3);
});
