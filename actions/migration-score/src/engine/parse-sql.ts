import { loadModule, parseSync, type Node, type RawStmt } from 'libpg-query';
import type { LineIndex } from '@shared/findings/positions';
import { kindOf, type NodeKind } from './pg-ast';

/** One top-level statement, with its offsets in the file's text. */
export interface Statement {
  index: number;
  kind: NodeKind;
  node: Node;
  /** UTF-8 byte offset of the statement's first token, as the parser counts. */
  startByte: number;
  /** UTF-16 offsets of the first token and of the end (before the `;`). */
  startChar: number;
  endChar: number;
  text: string;
}

export type ParseOutcome =
  | { ok: true; statements: Statement[] }
  | { ok: false; message: string; /** UTF-16 offset of the parser's cursor. */ charOffset: number };

let loading: Promise<void> | undefined;

/** Loads the WASM parser once per process; every later call reuses it. */
export function loadParser(): Promise<void> {
  loading ??= loadModule();
  return loading;
}

/** Parses a whole migration once. Call `loadParser()` first. */
export function parseStatements(text: string, lines: LineIndex): ParseOutcome {
  // libpg-query rejects an empty string outright; an empty file is simply a file with no statement.
  if (text === '') return { ok: true, statements: [] };
  let raw: RawStmt[];
  try {
    raw = parseSync(text).stmts ?? [];
  } catch (e) {
    const details = (e as { sqlDetails?: { cursorPosition?: number } }).sqlDetails;
    // The cursor counts characters (code points), not bytes: PostgreSQL's parser_errposition converts it.
    return { ok: false, message: (e as Error).message, charOffset: charOffsetOfCodePoint(text, details?.cursorPosition ?? 0) };
  }
  const totalBytes = Buffer.byteLength(text, 'utf8');
  return {
    ok: true,
    statements: raw.map((r, index) => {
      // Locations are omitted when 0, and the last statement has no length when it has no `;`.
      const fromByte = r.stmt_location ?? 0;
      const endByte = r.stmt_len ? fromByte + r.stmt_len : totalBytes;
      const fromChar = lines.charOffsetOfByte(fromByte);
      const startChar = skipTrivia(text, fromChar);
      const endChar = trimEnd(text, lines.charOffsetOfByte(endByte), startChar);
      const node = r.stmt as Node;
      return {
        index,
        kind: kindOf(node) ?? ('RawStmt' as NodeKind),
        node,
        startByte: fromByte + Buffer.byteLength(text.slice(fromChar, startChar), 'utf8'),
        startChar,
        endChar,
        text: text.slice(startChar, endChar),
      };
    }),
  };
}

/** Skips whitespace and comments, so that a statement's position is its first keyword. */
export function skipTrivia(text: string, from: number): number {
  let i = from;
  for (;;) {
    while (i < text.length && /\s/.test(text[i])) i++;
    if (text.startsWith('--', i)) {
      const nl = text.indexOf('\n', i);
      i = nl === -1 ? text.length : nl + 1;
    } else if (text.startsWith('/*', i)) {
      const close = text.indexOf('*/', i + 2);
      i = close === -1 ? text.length : close + 2;
    } else return i;
  }
}

function trimEnd(text: string, end: number, floor: number): number {
  let i = Math.min(end, text.length);
  while (i > floor && /[\s;]/.test(text[i - 1])) i--;
  return i;
}

function charOffsetOfCodePoint(text: string, codePoints: number): number {
  let i = 0;
  for (let n = 0; n < codePoints && i < text.length; n++) i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
  return i;
}
