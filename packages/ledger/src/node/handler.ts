import { ConfigurationError } from '@shared/errors';
import { openPostgres } from '../../../../actions/ledger-record/src/db/postgres-client';
import type { SqlClient } from '../../../../actions/ledger-record/src/db/sql-client';
import { sqlState } from '../../../../actions/ledger-record/src/db/sql-client';
import { CanonicalJsonError } from '../../../../actions/ledger-record/src/ledger/canonical-json';
import { checkAppendBody } from './body-schema';
import { EntryRefusedError, GroupCommitter, MissingMigrationError } from './group-commit';
import { json, problem, type ProblemField } from './problem';
import { RateLimiter } from './rate-limit';
import { readJsonBody } from './read-body';
import { LedgerStore, MAX_PAGE } from './store';
import { TenantPools, type TenantBackend } from './tenant-pools';
import { TokenVerifier, type TokenIdentity, type TokenScope } from './tokens';
import type { JsonValue, LedgerHead } from './types';

export interface LedgerHandlerOptions {
  /**
   * The ledger's primary. The role needs SELECT on "LedgerToken"; without tenantDatabaseUrls it also writes every
   * tenant's chain (the owner, or a role with BYPASSRLS).
   */
  databaseUrl: string;
  /**
   * Least privilege: each tenant's requests run as that tenant's own login role (mapped with
   * bickford_ledger_grant_tenant), one small pool per tenant, and databaseUrl's role only reads tokens. A token of
   * a tenant not listed here is answered 503. Not with replicaUrl.
   */
  tenantDatabaseUrls?: Readonly<Record<string, string>>;
  /** Connections per tenant pool with tenantDatabaseUrls (default 4). */
  tenantPoolSize?: number;
  replicaUrl?: string;
  /** Largest request body accepted, in bytes (default 64 KiB). */
  maxBodyBytes?: number;
  /** Per token: requests per second and burst (default 200/s, burst 400; perSecond 0 turns it off). */
  rateLimit?: { perSecond: number; burst?: number };
  /** Pool size of the primary (default 16). */
  maxConnections?: number;
  /** How long a token check is cached, in ms (default 2000): a revocation takes effect within it. */
  tokenCacheMs?: number;
  /** One line per request; the default writes to stderr. Never given a token's secret. */
  log?: (line: string) => void;
  statementTimeoutSeconds?: number;
  /**
   * Most appends of one tenant written in one transaction (default 64). Appends that arrive while the
   * tenant's previous transaction is in flight wait and go together in the next; each is answered after its commit.
   */
  maxBatch?: number;
}

export interface LedgerHandler {
  (request: Request): Promise<Response>;
  /** Refuses new requests (503), waits for those in flight, then closes the pools. */
  shutdown(): Promise<void>;
  /** Requests being answered now. */
  readonly inFlight: number;
}

interface Backend {
  store: LedgerStore;
  appender: GroupCommitter;
  tokens: TokenVerifier;
  /** Where a tenant's requests go: its own role's pool, or the shared one. */
  tenant(tenantId: string): Promise<TenantBackend>;
  close(): Promise<void>;
}

const ROUTES: Record<string, { method: string; scope?: TokenScope }> = {
  append: { method: 'POST', scope: 'append' },
  head: { method: 'GET', scope: 'read' },
  entries: { method: 'GET', scope: 'read' },
  verify: { method: 'GET', scope: 'read' },
  health: { method: 'GET' },
};

const HEAD = /^(\d+):(?:sha256:)?([0-9a-f]{64})$/;

/** The route is the path's last part (`…/v1/append`, `…/health`), so the handler can sit under any prefix, as a Next.js route does. */
function routeOf(pathname: string): string | undefined {
  const m = /(?:^|\/)(?:v1\/(append|head|entries|verify)|(health))\/?$/.exec(pathname);
  return m?.[1] ?? m?.[2];
}

function intParam(url: URL, name: string, fallback: number, min: number, max: number): number | ProblemField {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === '') return fallback;
  if (!/^-?\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) return { parameter: name, detail: `${name} must be an integer from ${min} to ${max}, got '${raw}'` };
  return Number(raw);
}

/** Where a CanonicalJsonError's path (`payload.a[2]`) points in the body. */
function pointerOf(message: string): string {
  const path = /^(payload[^\s]*)/.exec(message)?.[1] ?? 'payload';
  return `/${path.replace(/\[(\d+)\]/g, '.$1').split('.').filter(Boolean).join('/')}`;
}

/**
 * One entry of a batch the database refused while the others were written: data it cannot store (22xxx) or a
 * constraint (23xxx) is this request's fault; anything else is the service's, answered as a single append's would be.
 */
function refused(e: EntryRefusedError): Response {
  if (e.sqlState.startsWith('22')) return problem(400, 'invalid-body', 'Invalid entry', `the ledger database refused this entry: ${e.message}`, [{ pointer: '/payload', detail: e.message }]);
  if (e.sqlState.startsWith('23')) return problem(409, 'conflict', 'Conflict', `the ledger database refused this entry: ${e.message}`);
  if (e.sqlState === '42501') return problem(403, 'forbidden', 'Forbidden', e.message);
  throw Object.assign(new Error(e.message), { code: e.sqlState });
}

/**
 * The ledger service as a fetch handler: `bickford ledger serve` runs it in Node's HTTP server, and a
 * Next.js route handler (Node runtime) can export it. The database is opened on the first request.
 */
export function createLedgerHandler(options: LedgerHandlerOptions): LedgerHandler {
  if (!options?.databaseUrl) throw new ConfigurationError('createLedgerHandler needs databaseUrl (a PostgreSQL URL)');
  const maxBody = options.maxBodyBytes ?? 64 * 1024;
  const maxBatch = options.maxBatch ?? 64;
  if (!Number.isInteger(maxBatch) || maxBatch < 1) throw new ConfigurationError(`createLedgerHandler's maxBatch must be a positive integer, got ${options.maxBatch}`);
  if (options.tenantDatabaseUrls && options.replicaUrl) throw new ConfigurationError('createLedgerHandler takes tenantDatabaseUrls or replicaUrl, not both: with tenant roles every read goes to the tenant role\'s pool');
  const limiter = new RateLimiter(options.rateLimit?.perSecond ?? 200, options.rateLimit?.burst ?? Math.max(1, (options.rateLimit?.perSecond ?? 200) * 2));
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  let backend: Promise<Backend> | undefined;
  let draining = false;
  let inFlight = 0;
  let idle: (() => void) | undefined;

  const open = (): Promise<Backend> => {
    backend ??= (async () => {
      const timeouts = { connectTimeoutSeconds: 10, lockTimeoutSeconds: 30, statementTimeoutSeconds: options.statementTimeoutSeconds ?? 60 };
      const primary = await openPostgres({ url: options.databaseUrl, maxConnections: options.maxConnections ?? 16, ...timeouts }, 'ledger database');
      let reader: SqlClient = primary;
      if (options.replicaUrl) reader = await openPostgres({ url: options.replicaUrl, maxConnections: options.maxConnections ?? 16, ...timeouts }, 'ledger replica').catch(async (e) => {
        await primary.close();
        throw e;
      });
      const shared = { store: new LedgerStore(primary, reader), appender: new GroupCommitter(primary, maxBatch) };
      const pools = options.tenantDatabaseUrls ? new TenantPools(options.tenantDatabaseUrls, { poolSize: options.tenantPoolSize ?? 4, maxBatch, ...timeouts }) : undefined;
      return {
        ...shared,
        tokens: new TokenVerifier(primary, options.tokenCacheMs ?? 2000),
        tenant: (tenantId) => (pools ? pools.backend(tenantId) : Promise.resolve(shared)),
        close: async () => {
          await pools?.close();
          if (reader !== primary) await reader.close();
          await primary.close();
        },
      };
    })();
    backend.catch(() => {
      backend = undefined; // the next request tries again
    });
    return backend;
  };

  async function answer(request: Request, url: URL, route: string, note: { tenant?: string; token?: string; seq?: number }): Promise<Response> {
    const spec = ROUTES[route];
    if (request.method !== spec.method) return problem(405, 'method-not-allowed', 'Method not allowed', `${route} takes ${spec.method}`, undefined, { allow: spec.method });
    const db = await open();
    if (route === 'health') {
      await db.store.primary.query('SELECT 1');
      return json(200, { status: 'ok' });
    }
    const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '')?.[1];
    if (!bearer) return problem(401, 'unauthorized', 'Unauthorized', 'send a ledger token as Authorization: Bearer <token> (bickford ledger token create)', undefined, { 'www-authenticate': 'Bearer' });
    note.token = TokenVerifier.idOf(bearer) ?? 'malformed';
    const who: TokenIdentity | undefined = await db.tokens.identify(bearer);
    if (!who) return problem(401, 'unauthorized', 'Unauthorized', 'the token is unknown or revoked', undefined, { 'www-authenticate': 'Bearer error="invalid_token"' });
    note.tenant = who.tenantId;
    const named = request.headers.get('bickford-tenant');
    if (named !== null && named !== who.tenantId) return problem(403, 'forbidden', 'Forbidden', 'this token belongs to another tenant');
    if (spec.scope && !who.scopes.includes(spec.scope)) return problem(403, 'forbidden', 'Forbidden', `this token may not ${spec.scope === 'append' ? 'append' : 'read'} (its scope is ${who.scopes.join(',')})`);
    const wait = limiter.take(who.id);
    if (wait > 0) return problem(429, 'rate-limited', 'Too many requests', `this token's rate limit is ${limiter.perSecond} requests per second`, undefined, { 'retry-after': String(wait) });
    const mine = await db.tenant(who.tenantId);

    if (route === 'append') {
      const read = await readJsonBody(request, maxBody);
      if (!read.ok) return problem(read.status, read.code, read.title, read.detail, read.errors);
      const checked = checkAppendBody(read.value);
      if (!checked.ok) return problem(400, 'invalid-body', 'Invalid body', `the body does not match the append schema: ${checked.errors.map((e) => `${e.pointer} ${e.detail}`).join('; ')}`, checked.errors);
      const key = request.headers.get('idempotency-key') ?? checked.body.idempotencyKey;
      if (key !== undefined && (key.length === 0 || key.length > 200)) return problem(400, 'invalid-body', 'Invalid idempotency key', 'Idempotency-Key must be 1 to 200 characters', [{ detail: 'Idempotency-Key header' }]);
      try {
        // Namespaced, so a client's key never meets a key ledger-record wrote for a CI run.
        const result = await mine.appender.append(who.tenantId, checked.body.type, checked.body.payload as { [k: string]: JsonValue }, key === undefined ? undefined : `http\u001f${key}`);
        note.seq = result.entry.seq;
        return json(result.appended ? 201 : 200, result);
      } catch (e) {
        if (e instanceof CanonicalJsonError) return problem(400, 'invalid-body', 'Invalid payload', e.message, [{ pointer: pointerOf(e.message), detail: e.message }]);
        if (e instanceof ConfigurationError && !(e instanceof MissingMigrationError)) return problem(400, 'invalid-body', 'Invalid entry', e.message, [{ pointer: '/type', detail: e.message }]);
        if (e instanceof EntryRefusedError) return refused(e);
        throw e;
      }
    }
    if (route === 'head') return json(200, { head: await mine.store.head(who.tenantId) });
    if (route === 'entries') {
      const after = intParam(url, 'after', -1, -1, 2 ** 31 - 1);
      const limit = intParam(url, 'limit', 100, 1, MAX_PAGE);
      const bad = [after, limit].filter((v): v is ProblemField => typeof v !== 'number');
      if (bad.length) return problem(400, 'invalid-query', 'Invalid query', bad.map((b) => b.detail).join('; '), bad);
      return json(200, await mine.store.entries(who.tenantId, after as number, limit as number));
    }
    const expectedText = url.searchParams.get('expectedHead');
    let expected: LedgerHead | undefined;
    if (expectedText !== null) {
      const m = HEAD.exec(expectedText);
      if (!m) return problem(400, 'invalid-query', 'Invalid query', `expectedHead must be <seq>:<64 hex hash>, got '${expectedText}'`, [{ parameter: 'expectedHead', detail: 'expected <seq>:<hash>' }]);
      expected = { seq: Number(m[1]), hash: m[2] };
    }
    return json(200, await mine.store.verify(who.tenantId, expected));
  }

  const handler = async (request: Request): Promise<Response> => {
    const started = performance.now();
    const url = new URL(request.url);
    const route = routeOf(url.pathname);
    const note: { tenant?: string; token?: string; seq?: number } = {};
    let response: Response;
    if (draining) {
      response = problem(503, 'shutting-down', 'Shutting down', 'the ledger service is shutting down; retry on another instance', undefined, { 'retry-after': '1', connection: 'close' });
    } else if (!route) {
      response = problem(404, 'not-found', 'Not found', `no ledger endpoint at ${url.pathname}: POST …/v1/append, GET …/v1/head, …/v1/entries, …/v1/verify, …/health`);
    } else {
      inFlight++;
      try {
        response = await answer(request, url, route, note);
      } catch (e) {
        const state = sqlState(e);
        // Lock or statement timeout, too many connections, a server going away: the client may retry.
        const transient = state === '55P03' || state === '57014' || state === '53300' || state?.startsWith('08') || state === '57P01';
        response = transient
          ? problem(503, 'unavailable', 'Ledger database unavailable', `the ledger database did not answer in time (${state}); retry`, undefined, { 'retry-after': '1' })
          : e instanceof ConfigurationError
            ? problem(503, 'unavailable', 'Ledger database unavailable', e.message, undefined, { 'retry-after': '5' })
            : state === '42501'
              ? // The database refused the service's role for this tenant (a tenant role configured for another tenant): the operator's to fix.
                problem(503, 'unavailable', 'Ledger database unavailable', "the ledger database refused this service's role for this tenant; its log has the details", undefined, { 'retry-after': '5' })
            : problem(500, 'internal', 'Internal error', 'the ledger service failed; this is a bug, and its log has the details');
        if (!transient) log(`ledger error ${request.method} ${url.pathname}: ${(e as Error)?.message ?? String(e)}`);
      } finally {
        inFlight--;
        if (inFlight === 0) idle?.();
      }
    }
    const ms = (performance.now() - started).toFixed(1);
    log(`ledger ${request.method} ${url.pathname} ${response.status} ${ms}ms${note.tenant ? ` tenant=${JSON.stringify(note.tenant)}` : ''}${note.token ? ` token=${note.token}` : ''}${note.seq !== undefined ? ` seq=${note.seq}` : ''}`);
    return response;
  };

  const shutdown = async (): Promise<void> => {
    draining = true;
    if (inFlight > 0) await new Promise<void>((resolve) => (idle = resolve));
    if (backend) await (await backend.catch(() => undefined))?.close();
  };
  return Object.defineProperties(handler, {
    shutdown: { value: shutdown },
    inFlight: { get: () => inFlight },
  }) as LedgerHandler;
}
