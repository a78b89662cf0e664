import type { SqlComment } from './comments';

/** One line of the `Warnings:` header Prisma writes above a migration it knows may lose data. */
export interface PrismaWarning {
  text: string;
  startChar: number;
  /** The back-ticked names in it (`User`, `email`), lower-cased, to match findings by table and column. */
  names: string[];
}

/**
 * Prisma writes the header as a block comment: `/*\n  Warnings:\n\n  - You are about to drop ... *\/`.
 * Line comments of the same shape are read too, for hand-edited files.
 */
export function parsePrismaWarnings(comments: readonly SqlComment[]): PrismaWarning[] {
  const out: PrismaWarning[] = [];
  let inLineHeader = false;
  for (const c of comments) {
    if (c.block) {
      if (!/^\s*Warnings:/.test(c.body)) continue;
      let offset = c.startChar;
      for (const line of c.body.split('\n')) {
        pushWarning(line, offset, out);
        offset += line.length + 1;
      }
    } else if (/^\s*Warnings:\s*$/.test(c.body)) inLineHeader = true;
    else if (inLineHeader && !pushWarning(c.body, c.startChar, out) && c.body.trim() !== '') inLineHeader = false;
  }
  return out;
}

function pushWarning(line: string, lineStart: number, out: PrismaWarning[]): boolean {
  const m = /^(\s*-\s+)(\S.*)$/.exec(line);
  if (!m) return false;
  const text = m[2].trim();
  const names = [...text.matchAll(/`([^`]+)`/g)].map((n) => n[1].toLowerCase());
  out.push({ text, startChar: lineStart + m[1].length, names });
  return true;
}
