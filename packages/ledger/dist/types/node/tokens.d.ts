import type { SqlQueryable } from '../../../../actions/ledger-record/src/db/sql-client';
export type TokenScope = 'append' | 'read';
export declare const SCOPES: readonly TokenScope[];
export interface TokenIdentity {
    id: string;
    tenantId: string;
    scopes: TokenScope[];
}
export declare function parseScopes(text: string): TokenScope[];
/** Creates a token for one tenant; the returned secret is shown once and never stored. */
export declare function createToken(db: SqlQueryable, tenantId: string, scopes: TokenScope[], label?: string): Promise<{
    id: string;
    token: string;
}>;
/** Revokes by id (or by the whole token); true when a live token was revoked. */
export declare function revokeToken(db: SqlQueryable, idOrToken: string): Promise<boolean>;
/**
 * Who a bearer token is, or undefined for an unknown, malformed or revoked one. Answers are cached for
 * `ttlMs` (a revocation takes effect within it) so that an append costs no extra round trip.
 */
export declare class TokenVerifier {
    private readonly db;
    private readonly ttlMs;
    private readonly cache;
    constructor(db: SqlQueryable, ttlMs?: number);
    identify(token: string): Promise<TokenIdentity | undefined>;
    /** The token's id for logs, never the secret. */
    static idOf(token: string): string | undefined;
}
