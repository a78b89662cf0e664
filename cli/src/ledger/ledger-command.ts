import * as fs from 'node:fs';
import { EXIT } from '@shared/action/handle-error';
import { ConfigurationError } from '@shared/errors';
import type { Logger } from '@shared/logger';
import { migrateLedger } from '../../../actions/ledger-record/src/db/migrate';
import { openPostgres } from '../../../actions/ledger-record/src/db/postgres-client';
import { sqlState } from '../../../actions/ledger-record/src/db/sql-client';
import { createLedgerHandler } from '../../../packages/ledger/src/node/handler';
import { serveLedger } from '../../../packages/ledger/src/node/serve';
import { createToken, parseScopes, revokeToken } from '../../../packages/ledger/src/node/tokens';

export const LEDGER_USAGE = `usage: bickford ledger serve [--database-url URL] [--replica-url URL] [--port 8787] [--host 127.0.0.1] [--max-body-bytes 65536] [--rate-limit 200] [--migrate] [--tenant-database-urls FILE]
       bickford ledger token create --tenant ID [--scope append,read] [--label TEXT] [--database-url URL]
       bickford ledger token revoke ID [--database-url URL]
The database URL may come from LEDGER_DATABASE_URL instead of --database-url (a flag shows in the process list).
--tenant-database-urls: a JSON file { "<tenant id>": "<URL of that tenant's role>" }; each tenant's requests then run as its own role.`;

const FLAGS: Record<string, readonly string[]> = {
  serve: ['database-url', 'replica-url', 'port', 'host', 'max-body-bytes', 'rate-limit', 'migrate', 'tenant-database-urls'],
  'token create': ['database-url', 'tenant', 'scope', 'label'],
  'token revoke': ['database-url'],
};
const SWITCHES = new Set(['migrate']);

function parse(args: string[], valid: readonly string[], command: string): { flags: Record<string, string>; positional: string[] } {
  const flags: Record<string, string> = {};
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!a.startsWith('--')) {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = a.slice(2, eq === -1 ? undefined : eq);
    if (!valid.includes(name)) throw new ConfigurationError(`unknown flag --${name} for bickford ledger ${command}; valid flags: ${valid.map((v) => `--${v}`).join(', ')}\n${LEDGER_USAGE}`);
    if (eq !== -1) flags[name] = a.slice(eq + 1);
    else if (SWITCHES.has(name)) flags[name] = 'true';
    else if (args[i + 1] === undefined || args[i + 1].startsWith('--')) throw new ConfigurationError(`--${name} needs a value`);
    else flags[name] = args[++i];
  }
  return { flags, positional };
}

function databaseUrl(flags: Record<string, string>): string {
  const url = flags['database-url'] ?? process.env.LEDGER_DATABASE_URL;
  if (!url) throw new ConfigurationError(`bickford ledger needs the ledger's PostgreSQL URL: --database-url or LEDGER_DATABASE_URL\n${LEDGER_USAGE}`);
  return url;
}

function int(flags: Record<string, string>, name: string, fallback: number, min: number, max: number): number {
  const raw = flags[name];
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) throw new ConfigurationError(`--${name} must be an integer from ${min} to ${max}, got '${raw}'`);
  return Number(raw);
}

async function withDatabase<T>(url: string, fn: (db: Awaited<ReturnType<typeof openPostgres>>) => Promise<T>): Promise<T> {
  const db = await openPostgres({ url, connectTimeoutSeconds: 10, maxConnections: 1 }, 'ledger database');
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

/** --tenant-database-urls: a JSON object of tenant id to its role's URL, read from a file (URLs hold passwords). */
function tenantUrls(file: string | undefined): Record<string, string> | undefined {
  if (file === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new ConfigurationError(`--tenant-database-urls ${file}: ${(e as Error).message}`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value) || Object.values(value).some((v) => typeof v !== 'string' || v === ''))
    throw new ConfigurationError(`--tenant-database-urls ${file} must hold a JSON object of tenant id to PostgreSQL URL, e.g. { "acme/shop": "postgres://ledger_acme@db/ledger" }`);
  return value as Record<string, string>;
}

async function serve(flags: Record<string, string>, logger: Logger, write: (s: string) => void): Promise<number> {
  const url = databaseUrl(flags);
  if (flags.migrate) await withDatabase(url, (db) => migrateLedger(db, logger));
  const handler = createLedgerHandler({
    databaseUrl: url,
    replicaUrl: flags['replica-url'],
    tenantDatabaseUrls: tenantUrls(flags['tenant-database-urls']),
    maxBodyBytes: int(flags, 'max-body-bytes', 64 * 1024, 256, 16 * 1024 * 1024),
    rateLimit: { perSecond: int(flags, 'rate-limit', 200, 0, 1_000_000) },
    log: (line) => logger.info(line),
  });
  const running = await serveLedger(handler, { port: int(flags, 'port', 8787, 0, 65535), host: flags.host ?? '127.0.0.1' });
  write(`ledger service listening on ${running.url}\n`);
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      logger.info(`ledger: ${signal}: finishing ${handler.inFlight} request(s) in flight, refusing new ones`);
      running.close().then(resolve, resolve);
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
  return EXIT.ok;
}

/** `bickford ledger …`: the ledger service and its tokens. */
export async function runLedgerCommand(argv: string[], logger: Logger, write: (s: string) => void): Promise<number> {
  const [sub, action] = argv;
  if (!sub || sub === '--help' || sub === '-h' || argv.includes('--help')) {
    write(`${LEDGER_USAGE}\n`);
    return EXIT.ok;
  }
  if (sub === 'serve') return serve(parse(argv.slice(1), FLAGS.serve, 'serve').flags, logger, write);
  if (sub === 'token' && action === 'create') {
    const { flags } = parse(argv.slice(2), FLAGS['token create'], 'token create');
    if (!flags.tenant) throw new ConfigurationError('bickford ledger token create needs --tenant (the tenant whose chain the token reads or writes)');
    const scopes = parseScopes(flags.scope ?? 'append,read');
    const made = await withDatabase(databaseUrl(flags), async (db) => {
      await migrateLedger(db, logger);
      return createToken(db, flags.tenant, scopes, flags.label);
    });
    logger.info(`ledger: token ${made.id} for tenant ${JSON.stringify(flags.tenant)} (${scopes.join(',')}); it is shown once, only its hash is stored`);
    write(`${made.token}\n`);
    return EXIT.ok;
  }
  if (sub === 'token' && action === 'revoke') {
    const { flags, positional } = parse(argv.slice(2), FLAGS['token revoke'], 'token revoke');
    if (positional.length !== 1) throw new ConfigurationError(`bickford ledger token revoke takes one token id\n${LEDGER_USAGE}`);
    const revoked = await withDatabase(databaseUrl(flags), (db) =>
      revokeToken(db, positional[0]).catch((e: unknown) => {
        if (sqlState(e) === '42P01') throw new ConfigurationError('this database has no ledger tokens yet (no "LedgerToken" table)');
        throw e;
      }),
    );
    if (!revoked) throw new ConfigurationError(`no live token ${positional[0]}: it does not exist or was already revoked`);
    write(`revoked ${positional[0]}\n`);
    return EXIT.ok;
  }
  throw new ConfigurationError(`unknown ledger command '${argv.slice(0, 2).join(' ')}'\n${LEDGER_USAGE}`);
}
