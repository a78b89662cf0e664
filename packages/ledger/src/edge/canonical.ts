/**
 * RFC 8785 (JSON Canonicalization Scheme) and SHA-256 with Web APIs only, so the edge client can recompute
 * every entry's hash itself. The ledger's own canonicaliser (actions/ledger-record/src/ledger/canonical-json.ts)
 * is not imported because this entry may not pull in anything Node-only; test/canonical.test.ts checks the two
 * agree, and that the hashes this file computes are the ones the engine stored.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function canonicalize(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`${value} cannot be represented in JSON`);
      // ECMAScript Number::toString is RFC 8785's number form (and turns -0 into 0).
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map(canonicalize).join(',')}]`;
      const obj = value as Record<string, unknown>;
      // Default sort: UTF-16 code units, RFC 8785 §3.2.3.
      const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort();
      return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalize(obj[k])}`).join(',')}}`;
    }
    default:
      throw new TypeError(`a ${typeof value} cannot be represented in JSON`);
  }
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  let out = '';
  for (const b of new Uint8Array(digest)) out += b.toString(16).padStart(2, '0');
  return out;
}
