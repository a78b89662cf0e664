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
  /** Issue comment body. */
  commentBytes: 65_536,
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

/** The longest prefix within maxBytes that does not split a character. */
export function truncateBytes(s: string, maxBytes: number): string {
  const buf = Buffer.from(s, 'utf8');
  if (buf.length <= maxBytes) return s;
  let end = maxBytes;
  while (end > 0 && (buf[end] & 0xc0) === 0x80) end--;
  return buf.subarray(0, end).toString('utf8');
}
