import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { ConfigurationError } from '@shared/errors';
import type { SqlQueryable } from '../../../../actions/ledger-record/src/db/sql-client';

export type TokenScope = 'append' | 'read';
export const SCOPES: readonly TokenScope[] = ['append', 'read'];

export interface TokenIdentity {
  id: string;
  tenantId: string;
  scopes: TokenScope[];
}

/** `bkl_<id>_<secret>`: the id finds the row (and names the token in logs); only sha256(secret) is stored. */
const TOKEN = /^bkl_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function parseScopes(text: string): TokenScope[] {
  const scopes = text.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = scopes.filter((s) => !(SCOPES as string[]).includes(s));
  if (bad.length > 0 || scopes.length === 0) throw new ConfigurationError(`scope must be append, read or append,read, got '${text}'`);
  return [...new Set(scopes)].sort() as TokenScope[];
}

/** Creates a token for one tenant; the returned secret is shown once and never stored. */
export async function createToken(db: SqlQueryable, tenantId: string, scopes: TokenScope[], label?: string): Promise<{ id: string; token: string }> {
  if (!tenantId) throw new ConfigurationError('a token needs a tenant id');
  const id = randomBytes(8).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  await db.query('INSERT INTO "LedgerToken" ("id", "tenantId", "secretHash", "scope", "label") VALUES ($1, $2, $3, $4, $5)', [id, tenantId, sha256(secret), scopes.join(','), label ?? null]);
  return { id, token: `bkl_${id}_${secret}` };
}

/** Revokes by id (or by the whole token); true when a live token was revoked. */
export async function revokeToken(db: SqlQueryable, idOrToken: string): Promise<boolean> {
  const id = TOKEN.exec(idOrToken)?.[1] ?? idOrToken;
  const rows = await db.query<{ id: string }>('UPDATE "LedgerToken" SET "revokedAt" = CURRENT_TIMESTAMP WHERE "id" = $1 AND "revokedAt" IS NULL RETURNING "id"', [id]);
  return rows.length > 0;
}

/**
 * Who a bearer token is, or undefined for an unknown, malformed or revoked one. Answers are cached for
 * `ttlMs` (a revocation takes effect within it) so that an append costs no extra round trip.
 */
export class TokenVerifier {
  private readonly cache = new Map<string, { identity: TokenIdentity | undefined; until: number }>();

  constructor(
    private readonly db: SqlQueryable,
    private readonly ttlMs = 2000,
  ) {}

  async identify(token: string): Promise<TokenIdentity | undefined> {
    const m = TOKEN.exec(token);
    if (!m) return undefined;
    const key = sha256(token);
    const cached = this.cache.get(key);
    if (cached && cached.until > Date.now()) return cached.identity;
    const [row] = await this.db.query<{ tenantId: string; secretHash: string; scope: string; revoked: boolean }>(
      'SELECT "tenantId", "secretHash", "scope", "revokedAt" IS NOT NULL AS "revoked" FROM "LedgerToken" WHERE "id" = $1',
      [m[1]],
    );
    const given = Buffer.from(sha256(m[2]), 'hex');
    const ok = row && !row.revoked && timingSafeEqual(Buffer.from(row.secretHash.trim(), 'hex'), given);
    const identity = ok ? { id: m[1], tenantId: row.tenantId, scopes: row.scope.split(',') as TokenScope[] } : undefined;
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(key, { identity, until: Date.now() + this.ttlMs });
    return identity;
  }

  /** The token's id for logs, never the secret. */
  static idOf(token: string): string | undefined {
    return TOKEN.exec(token)?.[1];
  }
}
