import type { PGlite } from '@electric-sql/pglite';

/**
 * The offset of the statement in `script` that fails with `message`. PostgreSQL gives a position only for
 * errors it finds while parsing; "relation does not exist" and most others come without one. The script is
 * replayed statement by statement inside a transaction that is rolled back, on the shadow the engine left as it
 * was before the script (PGlite runs a multi-statement exec as one implicit transaction).
 */
export async function failingStatement(db: Pick<PGlite, 'exec'>, script: string, message: string): Promise<number | undefined> {
  let first: number | undefined;
  await db.exec('BEGIN');
  try {
    for (const { start, text } of statements(script)) {
      try {
        await db.exec(text);
      } catch (e) {
        first ??= start;
        if ((e as Error).message === message) return start;
        return first;
      }
    }
    return first;
  } finally {
    await db.exec('ROLLBACK').catch(() => undefined);
  }
}

/**
 * Statements split at top-level semicolons. Hand-written because nothing in this bundle splits PostgreSQL yet
 * (libpg-query ships only with migration-score): it knows quotes, dollar quotes and comments, which is all a split
 * needs; a statement it cut wrongly fails on its own and is still reported near the right line.
 */
export function statements(script: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  let start = 0;
  let i = 0;
  const push = (end: number) => {
    const text = script.slice(start, end);
    const lead = /^(?:\s|--[^\n]*(?:\n|$)|\/\*[\s\S]*?\*\/)*/.exec(text)![0].length;
    if (text.slice(lead).trim() !== '') out.push({ start: start + lead, text });
  };
  while (i < script.length) {
    const c = script[i];
    if (c === '-' && script[i + 1] === '-') i = end(script.indexOf('\n', i));
    else if (c === '/' && script[i + 1] === '*') i = end(script.indexOf('*/', i + 2), 2);
    else if (c === "'" || c === '"') i = end(script.indexOf(c, i + 1), 1);
    else if (c === '$') {
      const tag = /^\$(?:[A-Za-z_]\w*)?\$/.exec(script.slice(i))?.[0];
      i = tag ? end(script.indexOf(tag, i + tag.length), tag.length) : i + 1;
    } else if (c === ';') {
      push(i + 1);
      start = ++i;
    } else i++;
  }
  push(script.length);
  return out;

  function end(at: number, len = 0): number {
    return at < 0 ? script.length : at + len;
  }
}
