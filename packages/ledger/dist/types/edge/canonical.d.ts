/**
 * RFC 8785 (JSON Canonicalization Scheme) and SHA-256 with Web APIs only, so the edge client can recompute
 * every entry's hash itself. The ledger's own canonicaliser (actions/ledger-record/src/ledger/canonical-json.ts)
 * is not imported because this entry may not pull in anything Node-only; test/canonical.test.ts checks the two
 * agree, and that the hashes this file computes are the ones the engine stored.
 */
export type Json = null | boolean | number | string | Json[] | {
    [key: string]: Json;
};
export declare function canonicalize(value: unknown): string;
export declare function sha256Hex(text: string): Promise<string>;
