/**
 * The clauses of a multi-clause statement (`ALTER TABLE "T" ALTER COLUMN "x" SET DEFAULT 0, ALTER COLUMN "x" TYPE INT`),
 * as UTF-16 ranges of the statement's text, split at the commas outside parentheses, strings, quoted names,
 * dollar quotes and comments. The parse tree gives no position for an ALTER TABLE clause, and PostgreSQL's
 * grammar separates them by exactly these commas (`alter_table_cmds: alter_table_cmd | alter_table_cmds ',' alter_table_cmd`),
 * so the n-th range is the n-th command. The first range includes the `ALTER TABLE name` head.
 */
export function splitClauses(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'" || ch === '"') i = closing(text, i, ch);
    else if (ch === '-' && text[i + 1] === '-') {
      const nl = text.indexOf('\n', i);
      i = nl === -1 ? text.length : nl;
    } else if (ch === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      i = close === -1 ? text.length : close + 1;
    } else if (ch === '$') {
      const tag = /^\$[A-Za-z_]*\$/.exec(text.slice(i, i + 64));
      if (tag) {
        const close = text.indexOf(tag[0], i + tag[0].length);
        i = close === -1 ? text.length : close + tag[0].length - 1;
      }
    } else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === ',' && depth === 0) {
      out.push({ start, end: i });
      start = i + 1;
    }
  }
  out.push({ start, end: text.length });
  return out;
}

/** The index after a quoted string or name that opens at `i` (a doubled quote is an escaped one). */
function closing(text: string, i: number, quote: string): number {
  let j = i + 1;
  for (;;) {
    const k = text.indexOf(quote, j);
    if (k === -1) return text.length;
    if (text[k + 1] === quote) j = k + 2;
    else return k;
  }
}
