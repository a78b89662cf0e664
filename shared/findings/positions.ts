import type { Location } from './finding';

/**
 * Turns raw offsets into 1-based line and column, once, for every engine.
 * libpg-query reports UTF-8 byte offsets; the TypeScript compiler and Prisma's WASM report UTF-16 offsets.
 * Columns are counted in characters (code points), as editors and GitHub show them.
 */
export class LineIndex {
  private readonly lineStartsChar: number[] = [0];
  private byteToChar: Int32Array | undefined;

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) === 10) this.lineStartsChar.push(i + 1);
    }
  }

  get lineCount(): number {
    return this.lineStartsChar.length;
  }

  /** UTF-16 offset of a UTF-8 byte offset; offsets inside a multi-byte character map to its start. */
  charOffsetOfByte(byteOffset: number): number {
    if (!this.byteToChar) this.byteToChar = buildByteToChar(this.text);
    const clamped = Math.max(0, Math.min(byteOffset, this.byteToChar.length - 1));
    return this.byteToChar[clamped];
  }

  /** 1-based line and column of a UTF-16 offset. */
  positionOfChar(charOffset: number): { line: number; column: number } {
    const offset = Math.max(0, Math.min(charOffset, this.text.length));
    let lo = 0;
    let hi = this.lineStartsChar.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStartsChar[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    const lineStart = this.lineStartsChar[lo];
    // Count code points, not UTF-16 units, so an emoji before the position counts once; most lines have
    // no surrogate pair, and for them the two counts agree.
    const before = this.text.slice(lineStart, offset);
    const column = (/[\uD800-\uDBFF]/.test(before) ? [...before].length : before.length) + 1;
    return { line: lo + 1, column };
  }

  positionOfByte(byteOffset: number): { line: number; column: number } {
    return this.positionOfChar(this.charOffsetOfByte(byteOffset));
  }

  /** A location spanning two UTF-16 offsets. */
  locationOfChars(file: string, start: number, end?: number): Location {
    const s = this.positionOfChar(start);
    const loc: Location = { file, line: s.line, column: s.column };
    if (end !== undefined && end > start) {
      const e = this.positionOfChar(end);
      loc.endLine = e.line;
      loc.endColumn = e.column;
    }
    return loc;
  }

  /** A location spanning two UTF-8 byte offsets. */
  locationOfBytes(file: string, start: number, end?: number): Location {
    return this.locationOfChars(
      file,
      this.charOffsetOfByte(start),
      end === undefined ? undefined : this.charOffsetOfByte(end),
    );
  }

  /** The text of a 1-based line, without its newline. */
  lineText(line: number): string {
    const start = this.lineStartsChar[line - 1];
    if (start === undefined) return '';
    const next = this.lineStartsChar[line];
    return this.text.slice(start, next === undefined ? undefined : next - 1).replace(/\r$/, '');
  }
}

function buildByteToChar(text: string): Int32Array {
  const bytes = Buffer.byteLength(text, 'utf8');
  const map = new Int32Array(bytes + 1);
  let b = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    const width = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    for (let k = 0; k < width; k++) map[b + k] = i;
    b += width;
    if (code >= 0x10000) i++; // surrogate pair
  }
  map[bytes] = text.length;
  return map;
}
