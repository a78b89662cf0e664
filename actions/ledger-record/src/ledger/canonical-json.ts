import type { JsonValue } from '../../db/rows';

/**
 * RFC 8785 (JSON Canonicalization Scheme): keys sorted by UTF-16 code units, no whitespace, numbers
 * in ECMAScript's shortest round-trip form, strings escaped as JSON.stringify does.
 * Refuses what PostgreSQL jsonb or JavaScript would silently change: integers beyond ±(2^53 − 1)
 * (JSON.parse rounds them), `\u0000` (jsonb rejects it) and lone surrogates (not Unicode).
 */
export class CanonicalJsonError extends Error {
  override readonly name = 'CanonicalJsonError';
}

// eslint-disable-next-line no-control-regex -- matching \u0000 is the point.
const REFUSED_CHARS = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function checkString(s: string, path: string): string {
  const bad = REFUSED_CHARS.exec(s);
  if (bad) {
    const what = bad[0] === '\u0000' ? '\\u0000 (PostgreSQL jsonb cannot store it)' : 'a lone surrogate (not valid Unicode)';
    throw new CanonicalJsonError(`${path} contains ${what}; remove it before recording`);
  }
  return JSON.stringify(s);
}

function serialise(value: unknown, path: string): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'string':
      return checkString(value, path);
    case 'number':
      if (!Number.isFinite(value)) throw new CanonicalJsonError(`${path} is ${value}, which JSON cannot represent`);
      if (Number.isInteger(value) && !Number.isSafeInteger(value))
        throw new CanonicalJsonError(`${path} is ${value}, beyond ±(2^53 − 1) where JavaScript loses digits; record it as a string`);
      // ECMAScript Number::toString is exactly RFC 8785's number form; it also turns -0 into 0.
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map((v, i) => serialise(v, `${path}[${i}]`)).join(',')}]`;
      const obj = value as Record<string, unknown>;
      // Array.prototype.sort without a comparator orders by UTF-16 code units, as RFC 8785 §3.2.3 asks.
      const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort();
      const parts = keys.map((k) => `${checkString(k, `${path} key`)}:${serialise(obj[k], `${path}.${k}`)}`);
      return `{${parts.join(',')}}`;
    }
    default:
      throw new CanonicalJsonError(`${path} is a ${typeof value}, which JSON cannot represent`);
  }
}

export function canonicalJson(value: JsonValue | Record<string, unknown>, rootName = 'value'): string {
  return serialise(value, rootName);
}
