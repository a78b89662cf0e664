import { hash } from 'node:crypto';
import type { JsonValue } from '../../db/rows';
import { canonicalJson } from './canonical-json';

/**
 * Bumped when the hashed shape changes; verification reads it from each entry. Version 2 (migration
 * 20260201000000_hardening) adds createdAt, as the text hashed; version 1 entries still verify.
 */
export const ENTRY_VERSION = 2;
export const KNOWN_VERSIONS: readonly number[] = [1, 2];
/** prevHash of a tenant's genesis entry (seq 0). */
export const GENESIS_PREV_HASH = '0'.repeat(64);

export type EntryType = 'genesis' | 'build' | 'deploy' | 'schema' | 'migration-score';

export interface HashedFields {
  version: number;
  /** Version 2: `YYYY-MM-DDTHH:MM:SS.mmmZ`, exactly as the createdAt column prints in UTC. */
  createdAt?: string;
  tenantId: string;
  seq: number;
  prevHash: string;
  type: string;
  payload: JsonValue;
}

/** crypto.hash, the one-shot form (Node 20.12+): about half the time of a Hash object per call, which verify makes per entry. */
export function sha256Hex(text: string): string {
  return hash('sha256', text, 'hex');
}

/** The canonical text (stored as it was hashed) and its hash: version 2 with createdAt, version 1 without. */
export function hashEntry(fields: Omit<HashedFields, 'version'>): { canonical: string; hash: string } {
  const version = fields.createdAt === undefined ? 1 : ENTRY_VERSION;
  const canonical = canonicalJson({ version, ...fields } as Record<string, unknown>, 'entry');
  return { canonical, hash: sha256Hex(canonical) };
}
