/** What the datasource block says about where names live. */
export interface DatasourceInfo {
  /** multiSchema's `schemas = [...]`, as written; empty when the block has none. */
  schemas: string[];
  /** `url = "..."` (Prisma 6 and older; Prisma 7 moved it to prisma.config.ts). */
  url?: { literal: string } | { env: string };
}

type Token = { kind: 'string'; value: string } | { kind: 'ident'; value: string } | { kind: 'punct'; value: string };

/**
 * The datasource block of a Prisma schema, read by hand: Prisma's schema WASM (`get_config`, which gives the same
 * `schemas` and `url`; see read-datasource.test.ts, which compares the two) is 3 MB to compile, more than scoring a
 * typical pull request costs. Undefined when no file has a datasource block.
 */
export function readDatasource(files: readonly string[]): DatasourceInfo | undefined {
  for (const text of files) {
    const tokens = tokenize(text);
    for (let i = 0; i + 2 < tokens.length; i++) {
      const t = tokens[i];
      if (t.kind === 'ident' && t.value === 'datasource' && tokens[i + 1].kind === 'ident' && isPunct(tokens[i + 2], '{') && atTopLevel(tokens, i)) {
        return readBlock(tokens, i + 3);
      }
    }
  }
  return undefined;
}

function readBlock(tokens: Token[], start: number): DatasourceInfo {
  const info: DatasourceInfo = { schemas: [] };
  let i = start;
  while (i < tokens.length && !isPunct(tokens[i], '}')) {
    const key = tokens[i];
    if (key.kind !== 'ident' || !isPunct(tokens[i + 1], '=')) {
      i++;
      continue;
    }
    const valueStart = i + 2;
    const end = valueEnd(tokens, valueStart);
    const value = tokens.slice(valueStart, end);
    if (key.value === 'schemas' && isPunct(value[0], '[')) info.schemas = value.filter((v) => v.kind === 'string').map((v) => v.value);
    if (key.value === 'url') {
      if (value.length === 1 && value[0].kind === 'string') info.url = { literal: value[0].value };
      else if (value[0]?.kind === 'ident' && value[0].value === 'env' && value[2]?.kind === 'string') info.url = { env: value[2].value };
    }
    i = end;
  }
  return info;
}

/** One value: a string, an identifier, a call `f(...)` or an array `[...]`, brackets balanced. */
function valueEnd(tokens: Token[], start: number): number {
  let depth = 0;
  for (let i = start; i < tokens.length; i++) {
    const t = tokens[i];
    if (isPunct(t, '[') || isPunct(t, '(')) depth++;
    else if (isPunct(t, ']') || isPunct(t, ')')) depth--;
    // A call (`env(...)`) goes on past its name.
    const callName = t.kind === 'ident' && isPunct(tokens[i + 1], '(');
    if (depth <= 0 && !callName) return i + 1;
  }
  return tokens.length;
}

function atTopLevel(tokens: Token[], at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i++) depth += isPunct(tokens[i], '{') ? 1 : isPunct(tokens[i], '}') ? -1 : 0;
  return depth === 0;
}

function isPunct(t: Token | undefined, value: string): boolean {
  return t?.kind === 'punct' && t.value === value;
}

/** Strings (with Prisma's backslash escapes), identifiers and punctuation; `//` comments and whitespace dropped. */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '"') {
      let value = '';
      i++;
      while (i < text.length && text[i] !== '"' && text[i] !== '\n') {
        if (text[i] === '\\' && i + 1 < text.length) i++;
        value += text[i++];
      }
      i++;
      tokens.push({ kind: 'string', value });
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][\w.]*/.exec(text.slice(i, i + 200))!;
      tokens.push({ kind: 'ident', value: m[0] });
      i += m[0].length;
    } else if ('{}[]()=,:@'.includes(c)) {
      tokens.push({ kind: 'punct', value: c });
      i++;
    } else i++;
  }
  return tokens;
}
