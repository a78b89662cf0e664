import { canonicalJson } from './canonical-json';
import { KNOWN_VERSIONS } from './entry-hash';

interface Columns {
  seq: number;
  tenantId: string;
  prevHash: string;
  type: string;
  canonical: string;
  payloadText: string;
  createdAtText: string;
}

/** The slow path of verification: says which column disagrees with the hashed bytes. */
export function explainMismatch(r: Columns): string {
  let hashed: Record<string, unknown>;
  try {
    hashed = JSON.parse(r.canonical) as Record<string, unknown>;
  } catch {
    return 'its canonical bytes are not JSON';
  }
  if (!KNOWN_VERSIONS.includes(hashed.version as number)) return `its version ${String(hashed.version)} is not one this verifier knows`;
  if (hashed.version !== 1 && hashed.createdAt !== r.createdAtText) return `its createdAt column (${r.createdAtText}) differs from the hashed entry (${String(hashed.createdAt)})`;
  for (const key of ['seq', 'tenantId', 'prevHash', 'type'] as const) {
    if (hashed[key] !== r[key]) return `its ${key} column (${String(r[key])}) differs from the hashed entry (${String(hashed[key])})`;
  }
  try {
    if (canonicalJson(JSON.parse(r.payloadText) as Record<string, unknown>) !== canonicalJson(hashed.payload as Record<string, unknown>))
      return 'its payload column differs from the hashed payload';
  } catch (e) {
    return `its payload cannot be canonicalised: ${(e as Error).message}`;
  }
  return 'its canonical bytes are not in RFC 8785 form';
}
