import { createHash } from 'node:crypto';
import type { JsonValue } from '../../../../prisma/rows';
import { canonicalJson } from './canonical-json';

/** Bumped if the hashed shape ever changes; verification reads it from each entry. */
export const ENTRY_VERSION = 1;
/** prevHash of a tenant's genesis entry (seq 0). */
export const GENESIS_PREV_HASH = '0'.repeat(64);

export type EntryType = 'genesis' | 'build' | 'deploy' | 'schema' | 'migration-score';

export interface HashedFields {
  version: number;
  tenantId: string;
  seq: number;
  prevHash: string;
  type: string;
  payload: JsonValue;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The canonical text (stored as it was hashed) and its hash. */
export function hashEntry(fields: Omit<HashedFields, 'version'>): { canonical: string; hash: string } {
  const canonical = canonicalJson({ version: ENTRY_VERSION, ...fields } as Record<string, unknown>, 'entry');
  return { canonical, hash: sha256Hex(canonical) };
}
