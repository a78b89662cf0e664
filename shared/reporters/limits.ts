/**
 * GitHub's size limits, counted in UTF-8 bytes where GitHub counts bytes, and one way of cutting to them: at
 * the last line break that fits (a single over-long line at a character boundary), with a note saying where
 * the rest is. The note's own size is counted, so the result always fits.
 */
export const LIMITS = {
  /** Check-run annotation `message` and `raw_details`. */
  annotationBytes: 64 * 1024,
  /** Check-run `output.summary` and `output.text`. */
  checkRunTextBytes: 65_535,
  /**
   * Issue comment body, as GitHub stores it: 262,144 bytes of UTF-8 (2^18), measured on both POST and PATCH
   * (https://github.com/dead-claudia/github-limits/pull/13, https://github.com/objectstack-ai/objectstack/issues/18826);
   * its refusal reads "Body is too long (maximum is 65536 characters)", the number of 4-byte characters that fit.
   */
  commentBytes: 262_144,
  /** Issue comment body in code points: the limit GitHub's refusal names; within it, the byte limit always holds. */
  commentCodePoints: 65_536,
  /** Check-run annotation title. */
  annotationTitleChars: 255,
} as const;

const utf8 = (s: string) => Buffer.byteLength(s, 'utf8');

export function cutToBytes(text: string, maxBytes: number, note: (cutAtLine: number) => string): string {
  if (utf8(text) <= maxBytes) return text;
  const lines = text.split('\n');
  let used = 0;
  let kept = 0;
  // Measure with the longest note this text could need.
  const room = maxBytes - utf8(`\n${note(lines.length)}`);
  if (room <= 0) return truncateBytes(note(0), maxBytes);
  while (kept < lines.length) {
    const cost = utf8(lines[kept]) + (kept > 0 ? 1 : 0);
    if (used + cost > room) break;
    used += cost;
    kept++;
  }
  const head = kept > 0 ? lines.slice(0, kept).join('\n') : truncateBytes(lines[0], room);
  return `${head}\n${note(kept + 1)}`;
}

/** Unicode code points (what GitHub's "characters" are): UTF-16 length less one per surrogate pair. */
export function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** The longest prefix of at most max code points, never half of a surrogate pair. */
export function truncateCodePoints(s: string, max: number): string {
  if (s.length <= max) return s;
  let i = 0;
  for (let n = 0; n < max && i < s.length; n++) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return s.slice(0, i);
}

/** The longest prefix within maxBytes that does not split a character. */
export function truncateBytes(s: string, maxBytes: number): string {
  const buf = Buffer.from(s, 'utf8');
  if (buf.length <= maxBytes) return s;
  let end = maxBytes;
  while (end > 0 && (buf[end] & 0xc0) === 0x80) end--;
  return buf.subarray(0, end).toString('utf8');
}
