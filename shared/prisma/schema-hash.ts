import { createHash } from 'node:crypto';
import { compareStrings } from '../compare';

/**
 * `schema-hash`: sha256 (hex) of the merged schema, i.e. the text Prisma's `merge_schemas` returns and
 * Prisma 7 writes into the client as `inlineSchema` (files merged in path order and formatted). Formatting
 * and file splits do not change it; any change to a model, enum, generator or datasource does.
 * Several projects: sha256 of the lines `<schema path> <hash>\n`, sorted by path.
 */
export function schemaHash(merged: string): string {
  return createHash('sha256').update(merged, 'utf8').digest('hex');
}

export function combinedHash(hashes: { schemaPath: string; hash: string }[]): string {
  if (hashes.length === 1) return hashes[0].hash;
  const lines = [...hashes].sort((a, b) => compareStrings(a.schemaPath, b.schemaPath)).map((h) => `${h.schemaPath} ${h.hash}\n`);
  return createHash('sha256').update(lines.join(''), 'utf8').digest('hex');
}
