import type { Finding, Location } from './finding';

/** What a gate returns when it refuses: the same shape as every guard's findings, so one reporter shows both. */
export type Denial = Finding;

/** Where a gate was called from: a Location, or a short label such as `app/api/users/route.ts`. */
export type GateSite = Location | string;

/**
 * Docs pages live beside the guards' (`docs/rules/<rule-id>.md`); the shared core derives the same URL.
 * Kept here as a constant because this package may import nothing.
 */
export const RULE_DOCS_BASE = 'https://github.com/bickford/actions/blob/main/docs/rules';

/**
 * FNV-1a, 32 bits, over UTF-16 code units, run twice with two offset bases and joined into 16 hex digits.
 * Neither WebCrypto's digest (async) nor node:crypto (Node only) is usable from a synchronous gate on every
 * runtime, and a denial's fingerprint only needs to be stable, not secret. The guards' own findings use
 * SHA-256 (shared/findings/finding.ts); the two are never compared.
 */
export function fnv1a(text: string): string {
  return fnvPass(text, 0x811c9dc5) + fnvPass(text, 0x01000193 ^ 0x811c9dc5 ^ 0x5bd1e995);
}

function fnvPass(text: string, basis: number): string {
  let hash = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

export function toLocation(at: GateSite | undefined): Location | undefined {
  if (at === undefined) return undefined;
  return typeof at === 'string' ? { file: at, line: 1, column: 1 } : at;
}

/** Builds a denial with its fingerprint filled from the rule, the file and a key that does not move with lines. */
export function createDenial(input: Omit<Finding, 'fingerprint'> & { fingerprintKey: string }): Denial {
  const { fingerprintKey, ...rest } = input;
  return { ...rest, fingerprint: fnv1a(`${input.ruleId}\0${input.location?.file ?? ''}\0${fingerprintKey}`) };
}
