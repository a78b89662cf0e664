/**
 * Tokens of the subset parse-fast.ts reads. Anything outside it (other operators, regular expressions,
 * `${` templates, non-ASCII identifiers, octal escapes, ...) makes `tokenize` return undefined, so the
 * caller falls back to the TypeScript compiler: declining is always safe, a wrong token is not.
 * `<` and `>` are read alone (type arguments) only where TypeScript's scanner also reads them alone.
 */
export interface Token {
  type: 'name' | 'string' | 'template' | 'number' | 'punct' | 'eof';
  /** The name, the punctuator, or a string's cooked value. */
  value: string;
  start: number;
  end: number;
  /** A line break (or a comment holding one) since the previous token, which is what ASI looks at. */
  newline: boolean;
}

const NAME = /[A-Za-z_$][\w$]*/y;
// Digits TypeScript reads the same way JavaScript does; `0x`, `1_000`, `1n`, `08`, `1.` all decline.
const NUMBER = /(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?(?![\w$.\\])/y;
const SPACE = new Set([0x20, 0x09, 0x0b, 0x0c, 0xa0, 0xfeff]);
const LINE_BREAK = new Set([0x0a, 0x0d, 0x2028, 0x2029]);
const SINGLE = new Set(['{', '}', '(', ')', '[', ']', ',', ';', ':']);
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v' };

export function tokenize(text: string): Token[] | undefined {
  const tokens: Token[] = [];
  let pos = 0;
  let newline = false;
  const push = (type: Token['type'], value: string, end: number) => {
    tokens.push({ type, value, start: pos, end, newline });
    pos = end;
    newline = false;
  };
  while (pos < text.length) {
    const code = text.charCodeAt(pos);
    const ch = text[pos];
    const next = text[pos + 1];
    let end: number;
    if (SPACE.has(code)) pos++;
    else if (LINE_BREAK.has(code)) {
      pos++;
      newline = true;
    } else if (ch === '/' && next === '/') {
      while (pos < text.length && !LINE_BREAK.has(text.charCodeAt(pos))) pos++;
    } else if (ch === '/' && next === '*') {
      const close = text.indexOf('*/', pos + 2);
      if (close < 0) return undefined;
      if (/[\n\r\u2028\u2029]/.test(text.slice(pos, close))) newline = true;
      pos = close + 2;
    } else if (ch === '"' || ch === "'" || ch === '`') {
      const str = readString(text, pos);
      if (!str) return undefined;
      push(ch === '`' ? 'template' : 'string', str.value, str.end);
    } else if ((end = matchAt(NAME, text, pos)) > 0) {
      const after = text.charCodeAt(end);
      if (after === 0x5c || (after > 0x7f && !SPACE.has(after) && !LINE_BREAK.has(after))) return undefined; // TypeScript reads on
      push('name', text.slice(pos, end), end);
    } else if ((end = matchAt(NUMBER, text, pos)) > 0) push('number', text.slice(pos, end), end);
    else if (SINGLE.has(ch)) push('punct', ch, pos + 1);
    else if (text.startsWith('...', pos)) push('punct', '...', pos + 3);
    else if (ch === '.' && !/\d/.test(next ?? '')) push('punct', '.', pos + 1);
    // `a?.5:b` is a conditional, as TypeScript's scanner reads it.
    else if (ch === '?' && next === '.' && !/\d/.test(text[pos + 2] ?? '')) push('punct', '?.', pos + 2);
    else if ((ch === '?' && next === '?') || (ch === '|' && next === '|')) {
      if (text[pos + 2] === '=') return undefined;
      push('punct', ch + next, pos + 2);
    } else if (ch === '=' && next === '>') push('punct', '=>', pos + 2);
    else if ((ch === '!' || ch === '=' || ch === '*') && !/[=>*]/.test(next ?? '')) push('punct', ch, pos + 1);
    else if ((ch === '<' || ch === '>') && !/[<>=]/.test(next ?? '')) push('punct', ch, pos + 1);
    else return undefined;
  }
  push('eof', '', pos);
  return tokens;
}

/** The end of a sticky regular expression's match at `pos`, or -1. */
function matchAt(re: RegExp, text: string, pos: number): number {
  re.lastIndex = pos;
  return re.test(text) ? re.lastIndex : -1;
}

/** A quoted string or a template without `${`, cooked as TypeScript cooks it (`.text`). */
function readString(text: string, start: number): { value: string; end: number } | undefined {
  const quote = text[start];
  let value = '';
  let pos = start + 1;
  while (pos < text.length) {
    const ch = text[pos];
    const code = text.charCodeAt(pos);
    if (ch === quote) return { value, end: pos + 1 };
    // Strings end at a line break; templates keep one, but TypeScript turns CRLF into LF there: decline.
    if (code === 0x0d || (quote !== '`' && LINE_BREAK.has(code))) return undefined;
    if (quote === '`' && ch === '$' && text[pos + 1] === '{') return undefined;
    if (ch !== '\\') {
      value += ch;
      pos++;
      continue;
    }
    const esc = readEscape(text, pos + 1, quote === '`');
    if (!esc) return undefined;
    value += esc.value;
    pos = esc.end;
  }
  return undefined;
}

function readEscape(text: string, pos: number, template: boolean): { value: string; end: number } | undefined {
  const ch = text[pos];
  if (ch === undefined) return undefined;
  if (ch in ESCAPES) return { value: ESCAPES[ch], end: pos + 1 };
  if (ch === '0') return /\d/.test(text[pos + 1] ?? '') ? undefined : { value: '\0', end: pos + 1 };
  if (/[1-9]/.test(ch)) return undefined; // legacy octal
  if (ch === '\r') return template ? undefined : { value: '', end: text[pos + 1] === '\n' ? pos + 2 : pos + 1 };
  if (LINE_BREAK.has(text.charCodeAt(pos))) return { value: '', end: pos + 1 }; // line continuation
  if (ch === 'x') return hex(text.slice(pos + 1, pos + 3), 2, pos + 3);
  if (ch !== 'u') return { value: ch, end: pos + 1 };
  if (text[pos + 1] !== '{') return hex(text.slice(pos + 1, pos + 5), 4, pos + 5);
  const close = text.indexOf('}', pos + 2);
  return close < 0 ? undefined : hex(text.slice(pos + 2, close), 0, close + 1);
}

function hex(digits: string, length: number, end: number): { value: string; end: number } | undefined {
  if (!/^[0-9a-fA-F]+$/.test(digits) || (length > 0 && digits.length !== length) || digits.length > 8) return undefined;
  const code = parseInt(digits, 16);
  return code > 0x10ffff ? undefined : { value: String.fromCodePoint(code), end };
}
