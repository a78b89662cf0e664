/** Above this a migration is not parsed: the WASM parser needs about 60 bytes of memory per byte of SQL. */
export const MAX_MIGRATION_BYTES = 16 * 1024 * 1024;

export type DecodeProblem = 'tooLarge' | 'binary' | 'notUtf8';

export type DecodedMigration =
  | { ok: true; text: string }
  | { ok: false; problem: DecodeProblem; /** Text before the bad byte, to locate it. */ prefix: string; detail: string };

/** Turns a file's bytes into SQL text, or says why they are not SQL a server would accept. */
export function decodeMigration(bytes: Buffer): DecodedMigration {
  if (bytes.length > MAX_MIGRATION_BYTES) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    return { ok: false, problem: 'tooLarge', prefix: '', detail: `${mb(bytes.length)} MB, over the ${mb(MAX_MIGRATION_BYTES)} MB limit` };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return { ok: false, problem: 'binary', prefix: safePrefix(bytes, nul), detail: `a NUL byte at byte ${nul}` };
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad !== -1) {
    return { ok: false, problem: 'notUtf8', prefix: safePrefix(bytes, bad), detail: `byte 0x${bytes[bad].toString(16).padStart(2, '0')} at byte ${bad}` };
  }
  let text = bytes.toString('utf8');
  // A BOM is not SQL; a space keeps every later offset and column where it was.
  if (text.charCodeAt(0) === 0xfeff) text = ' ' + text.slice(1);
  return { ok: true, text };
}

function safePrefix(bytes: Buffer, end: number): string {
  return bytes.subarray(0, end).toString('utf8');
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const width = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (width === 0 || i + width > bytes.length) return i;
    for (let k = 1; k < width; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    // Overlong three- and four-byte forms and surrogates, as the WHATWG decoder rejects them.
    if ((b === 0xe0 && bytes[i + 1] < 0xa0) || (b === 0xed && bytes[i + 1] > 0x9f)) return i;
    if ((b === 0xf0 && bytes[i + 1] < 0x90) || (b === 0xf4 && bytes[i + 1] > 0x8f)) return i;
    i += width;
  }
  return -1;
}
