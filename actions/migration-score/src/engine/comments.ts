import type { Statement } from './parse-sql';

/** A comment outside every statement. */
export interface SqlComment {
  /** The comment's text without its `--` or `/* *\/` markers. */
  body: string;
  /** UTF-16 offset of the comment's first character (for block comments, of each body line via `lineStarts`). */
  startChar: number;
  block: boolean;
  /** Index of the statement that follows, or undefined after the last one. */
  nextStatement: number | undefined;
}

/**
 * Comments between statements. Only the gaps are scanned: they hold nothing but whitespace,
 * `;` and comments, so no string literal can look like a comment here.
 */
export function commentsBetween(text: string, statements: readonly Statement[]): SqlComment[] {
  const out: SqlComment[] = [];
  let gapStart = 0;
  for (let i = 0; i <= statements.length; i++) {
    const gapEnd = i < statements.length ? statements[i].startChar : text.length;
    scanGap(text, gapStart, gapEnd, i < statements.length ? i : undefined, out);
    if (i < statements.length) gapStart = statements[i].endChar;
  }
  return out;
}

function scanGap(text: string, from: number, to: number, next: number | undefined, out: SqlComment[]): void {
  const re = /--[^\n]*|\/\*[\s\S]*?(?:\*\/|$)/g;
  // Only the gap is sliced: searching the whole text from each gap would be quadratic in big files.
  const gap = text.slice(from, to);
  let m: RegExpExecArray | null;
  while ((m = re.exec(gap)) !== null) {
    const block = m[0].startsWith('/*');
    const body = block ? m[0].slice(2).replace(/\*\/$/, '') : m[0].slice(2);
    out.push({ body, startChar: from + m.index + 2, block, nextStatement: next });
  }
}
