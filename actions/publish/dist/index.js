/******/ (function() { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

/***/ 4006:
/***/ (function(module, __unused_webpack_exports, __nccwpck_require__) {



const pico = __nccwpck_require__(8016);
const utils = __nccwpck_require__(4059);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 5595:
/***/ (function(module) {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 8265:
/***/ (function(module, __unused_webpack_exports, __nccwpck_require__) {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 8016:
/***/ (function(module, __unused_webpack_exports, __nccwpck_require__) {



const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 1781:
/***/ (function(module, __unused_webpack_exports, __nccwpck_require__) {



const utils = __nccwpck_require__(4059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 4059:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 2613:
/***/ (function(module) {

module.exports = require("assert");

/***/ }),

/***/ 4434:
/***/ (function(module) {

module.exports = require("events");

/***/ }),

/***/ 9896:
/***/ (function(module) {

module.exports = require("fs");

/***/ }),

/***/ 8611:
/***/ (function(module) {

module.exports = require("http");

/***/ }),

/***/ 5692:
/***/ (function(module) {

module.exports = require("https");

/***/ }),

/***/ 9278:
/***/ (function(module) {

module.exports = require("net");

/***/ }),

/***/ 4589:
/***/ (function(module) {

module.exports = require("node:assert");

/***/ }),

/***/ 6698:
/***/ (function(module) {

module.exports = require("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ (function(module) {

module.exports = require("node:buffer");

/***/ }),

/***/ 7540:
/***/ (function(module) {

module.exports = require("node:console");

/***/ }),

/***/ 7598:
/***/ (function(module) {

module.exports = require("node:crypto");

/***/ }),

/***/ 3053:
/***/ (function(module) {

module.exports = require("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ (function(module) {

module.exports = require("node:dns");

/***/ }),

/***/ 8474:
/***/ (function(module) {

module.exports = require("node:events");

/***/ }),

/***/ 7067:
/***/ (function(module) {

module.exports = require("node:http");

/***/ }),

/***/ 2467:
/***/ (function(module) {

module.exports = require("node:http2");

/***/ }),

/***/ 7030:
/***/ (function(module) {

module.exports = require("node:net");

/***/ }),

/***/ 643:
/***/ (function(module) {

module.exports = require("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ (function(module) {

module.exports = require("node:querystring");

/***/ }),

/***/ 7075:
/***/ (function(module) {

module.exports = require("node:stream");

/***/ }),

/***/ 1692:
/***/ (function(module) {

module.exports = require("node:tls");

/***/ }),

/***/ 3136:
/***/ (function(module) {

module.exports = require("node:url");

/***/ }),

/***/ 7975:
/***/ (function(module) {

module.exports = require("node:util");

/***/ }),

/***/ 3429:
/***/ (function(module) {

module.exports = require("node:util/types");

/***/ }),

/***/ 5919:
/***/ (function(module) {

module.exports = require("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ (function(module) {

module.exports = require("node:zlib");

/***/ }),

/***/ 857:
/***/ (function(module) {

module.exports = require("os");

/***/ }),

/***/ 3193:
/***/ (function(module) {

module.exports = require("string_decoder");

/***/ }),

/***/ 4756:
/***/ (function(module) {

module.exports = require("tls");

/***/ }),

/***/ 9023:
/***/ (function(module) {

module.exports = require("util");

/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/******/ 	// expose the modules object (__webpack_modules__)
/******/ 	__nccwpck_require__.m = __webpack_modules__;
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/compat get default export */
/******/ 	!function() {
/******/ 		// getDefaultExport function for compatibility with non-harmony modules
/******/ 		__nccwpck_require__.n = function(module) {
/******/ 			var getter = module && module.__esModule ?
/******/ 				function() { return module['default']; } :
/******/ 				function() { return module; };
/******/ 			__nccwpck_require__.d(getter, { a: getter });
/******/ 			return getter;
/******/ 		};
/******/ 	}();
/******/ 	
/******/ 	/* webpack/runtime/create fake namespace object */
/******/ 	!function() {
/******/ 		var getProto = Object.getPrototypeOf ? function(obj) { return Object.getPrototypeOf(obj); } : function(obj) { return obj.__proto__; };
/******/ 		var leafPrototypes;
/******/ 		// create a fake namespace object
/******/ 		// mode & 1: value is a module id, require it
/******/ 		// mode & 2: merge all properties of value into the ns
/******/ 		// mode & 4: return value when already ns object
/******/ 		// mode & 16: return value when it's Promise-like
/******/ 		// mode & 8|1: behave like require
/******/ 		__nccwpck_require__.t = function(value, mode) {
/******/ 			if(mode & 1) value = this(value);
/******/ 			if(mode & 8) return value;
/******/ 			if(typeof value === 'object' && value) {
/******/ 				if((mode & 4) && value.__esModule) return value;
/******/ 				if((mode & 16) && typeof value.then === 'function') return value;
/******/ 			}
/******/ 			var ns = Object.create(null);
/******/ 			__nccwpck_require__.r(ns);
/******/ 			var def = {};
/******/ 			leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 			for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 				Object.getOwnPropertyNames(current).forEach(function(key) { def[key] = function() { return value[key]; }; });
/******/ 			}
/******/ 			def['default'] = function() { return value; };
/******/ 			__nccwpck_require__.d(ns, def);
/******/ 			return ns;
/******/ 		};
/******/ 	}();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	!function() {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = function(exports, definition) {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	}();
/******/ 	
/******/ 	/* webpack/runtime/ensure chunk */
/******/ 	!function() {
/******/ 		__nccwpck_require__.f = {};
/******/ 		// This file contains only the entry chunk.
/******/ 		// The chunk loading function for additional chunks
/******/ 		__nccwpck_require__.e = function(chunkId) {
/******/ 			return Promise.all(Object.keys(__nccwpck_require__.f).reduce(function(promises, key) {
/******/ 				__nccwpck_require__.f[key](chunkId, promises);
/******/ 				return promises;
/******/ 			}, []));
/******/ 		};
/******/ 	}();
/******/ 	
/******/ 	/* webpack/runtime/get javascript chunk filename */
/******/ 	!function() {
/******/ 		// This function allow to reference async chunks
/******/ 		__nccwpck_require__.u = function(chunkId) {
/******/ 			// return url for filenames based on template
/******/ 			return "" + chunkId + ".index.js";
/******/ 		};
/******/ 	}();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	!function() {
/******/ 		__nccwpck_require__.o = function(obj, prop) { return Object.prototype.hasOwnProperty.call(obj, prop); }
/******/ 	}();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	!function() {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = function(exports) {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	}();
/******/ 	
/******/ 	/* webpack/runtime/require chunk loading */
/******/ 	!function() {
/******/ 		// no baseURI
/******/ 		
/******/ 		// object to store loaded chunks
/******/ 		// "1" means "loaded", otherwise not loaded yet
/******/ 		var installedChunks = {
/******/ 			792: 1
/******/ 		};
/******/ 		
/******/ 		// no on chunks loaded
/******/ 		
/******/ 		var installChunk = function(chunk) {
/******/ 			var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
/******/ 			for(var moduleId in moreModules) {
/******/ 				if(__nccwpck_require__.o(moreModules, moduleId)) {
/******/ 					__nccwpck_require__.m[moduleId] = moreModules[moduleId];
/******/ 				}
/******/ 			}
/******/ 			if(runtime) runtime(__nccwpck_require__);
/******/ 			for(var i = 0; i < chunkIds.length; i++)
/******/ 				installedChunks[chunkIds[i]] = 1;
/******/ 		
/******/ 		};
/******/ 		
/******/ 		// require() chunk loading for javascript
/******/ 		__nccwpck_require__.f.require = function(chunkId, promises) {
/******/ 			// "1" is the signal for "already loaded"
/******/ 			if(!installedChunks[chunkId]) {
/******/ 				if(true) { // all chunks have JS
/******/ 					installChunk(require("./" + __nccwpck_require__.u(chunkId)));
/******/ 				} else installedChunks[chunkId] = 1;
/******/ 			}
/******/ 		};
/******/ 		
/******/ 		// no external install chunk
/******/ 		
/******/ 		// no HMR
/******/ 		
/******/ 		// no HMR manifest
/******/ 	}();
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:fs"
var external_node_fs_namespaceObject = require("node:fs");
;// CONCATENATED MODULE: external "node:path"
var external_node_path_namespaceObject = require("node:path");
;// CONCATENATED MODULE: ./shared/lazy-crypto.ts
/**
 * node:crypto, required on the first hash or UUID instead of at start-up. Loading node:crypto costs ~3 MiB of
 * peak memory on Node 24 (its internals now include argon2, KEM, ...) against ~1.5 MiB on Node 20, and the
 * smallest runs never need it: publish on an event it refuses, any step that exits on its inputs. Measured on
 * the publish dist (bench/startup, Node 24.22.3 / 20.20.2, max RSS): 50.6 / 42.2 MiB (1.20x) with node:crypto
 * imported at the top of finding.ts, inert.ts and workflow-commands.ts, 48.1 / 41.1 MiB (1.17x) with this.
 * Same functions, same results: only when the module is loaded changes.
 */
const lazy_crypto_crypto = () => __nccwpck_require__(7598);
const lazy_crypto_createHash = (algorithm) => lazy_crypto_crypto().createHash(algorithm);
const randomUUID = () => lazy_crypto_crypto().randomUUID();

;// CONCATENATED MODULE: external "node:os"
var external_node_os_namespaceObject = require("node:os");
;// CONCATENATED MODULE: ./shared/github/workflow-commands.ts



/** utils.js toCommandValue: strings as they are, null and undefined as nothing, anything else as JSON. */
function toCommandValue(input) {
    if (input === null || input === undefined)
        return '';
    if (typeof input === 'string' || input instanceof String)
        return input;
    return JSON.stringify(input);
}
/** utils.js toCommandProperties: an annotation's properties under the runner's names. */
function toCommandProperties(p) {
    if (!Object.keys(p).length)
        return {};
    return { title: p.title, file: p.file, line: p.startLine, endLine: p.endLine, col: p.startColumn, endColumn: p.endColumn };
}
const escapeData = (s) => toCommandValue(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
/** command.js Command#toString and issueCommand: `::name key=value,...::message`, properties with a value only. */
function issueCommand(command, properties, message) {
    let line = `::${command}`;
    const keys = Object.keys(properties);
    if (keys.length > 0) {
        // As the library does: a space once there are properties, even when none has a value.
        line += ' ';
        line += keys
            .filter((k) => properties[k])
            .map((k) => `${k}=${escapeProperty(properties[k])}`)
            .join(',');
    }
    process.stdout.write(`${line}::${escapeData(message)}${external_node_os_namespaceObject.EOL}`);
}
/** file-command.js issueFileCommand: a line appended to the file the runner names in GITHUB_<COMMAND>. */
function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath)
        throw new Error(`Unable to find environment variable for file command ${command}`);
    if (!external_node_fs_namespaceObject.existsSync(filePath))
        throw new Error(`Missing file at path: ${filePath}`);
    external_node_fs_namespaceObject.appendFileSync(filePath, `${toCommandValue(message)}${external_node_os_namespaceObject.EOL}`, { encoding: 'utf8' });
}
/** file-command.js prepareKeyValueMessage: `name<<delimiter`, the value, the delimiter (a random one). */
function prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${randomUUID()}`;
    const converted = toCommandValue(value);
    if (key.includes(delimiter))
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    if (converted.includes(delimiter))
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    return `${key}<<${delimiter}${external_node_os_namespaceObject.EOL}${converted}${external_node_os_namespaceObject.EOL}${delimiter}`;
}
const workflow_commands_text = (message) => (message instanceof Error ? message.toString() : message);
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
function setOutput(name, value) {
    if (process.env.GITHUB_OUTPUT)
        return issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
    process.stdout.write(external_node_os_namespaceObject.EOL);
    issueCommand('set-output', { name }, toCommandValue(value));
}
function debug(message) {
    issueCommand('debug', {}, message);
}
function error(message, properties = {}) {
    issueCommand('error', toCommandProperties(properties), workflow_commands_text(message));
}
function warning(message, properties = {}) {
    issueCommand('warning', toCommandProperties(properties), workflow_commands_text(message));
}
function notice(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), workflow_commands_text(message));
}
function info(message) {
    process.stdout.write(message + external_node_os_namespaceObject.EOL);
}
async function group(name, fn) {
    issueCommand('group', {}, name);
    try {
        return await fn();
    }
    finally {
        issueCommand('endgroup', {}, '');
    }
}

;// CONCATENATED MODULE: ./shared/errors.ts
/**
 * Two kinds of error, mapped to the exit by one handler (shared/action/handle-error.ts).
 * - ConfigurationError: the user can fix it; the message says what to change, and links the docs.
 * - InternalError: a bug in Bickford; say so and ask for a report.
 * The third outcome, findings over the threshold, is not thrown: it is the verdict, computed from the findings
 * (`decideVerdict` in shared/action/gate.ts) and turned into exit code 1 by the runner.
 */
class errors_ConfigurationError extends Error {
    docsUrl;
    location;
    name = 'ConfigurationError';
    constructor(message, docsUrl, 
    /** Where the bad value was written, when it was written in a file. */
    location) {
        super(message);
        this.docsUrl = docsUrl;
        this.location = location;
    }
}
class InternalError extends Error {
    name = 'InternalError';
    constructor(message, options) {
        super(message, options);
    }
}
function isConfigurationError(e) {
    return e instanceof Error && e.name === 'ConfigurationError';
}
function errorMessage(e) {
    return e instanceof Error ? e.message : String(e);
}

;// CONCATENATED MODULE: ./shared/action/handle-error.ts

/** Exit codes shared by the action and the CLI. */
const EXIT = { ok: 0, findings: 1, configuration: 2, internal: 3 };
const ISSUES_URL = 'https://github.com/bickford/actions/issues/new';
/** The one place errors become an exit code and a message a person can act on. */
function handleError(e, logger, annotate) {
    if (isConfigurationError(e)) {
        const message = `${e.message}${e.docsUrl ? ` (see ${e.docsUrl})` : ''}`;
        if (annotate)
            annotate(message, e.location);
        else
            logger.error(e.location ? `${e.location.file}${e.location.line ? `:${e.location.line}` : ''}: ${message}` : message);
        return EXIT.configuration;
    }
    const message = `Bickford hit an internal error, which is a bug: ${errorMessage(e)}. Please report it at ${ISSUES_URL} with this log.`;
    if (annotate)
        annotate(message);
    else
        logger.error(message);
    if (e instanceof Error && e.stack)
        logger.debug(e.stack);
    return EXIT.internal;
}

;// CONCATENATED MODULE: ./shared/config/input-reader.ts

// Each action's README lists its inputs; the Configuration section says how inputs and .bickford.yml combine.
const DOCS = 'https://github.com/bickford/actions#configuration';
/**
 * Typed reads with errors that name the input and the accepted values. Sources are tried in order
 * (inputs before config), so an input overrides the config file.
 */
class InputReader {
    sources;
    constructor(sources) {
        this.sources = sources;
    }
    raw(name) {
        for (const source of this.sources) {
            const v = source.get(name);
            if (v === undefined || v === '')
                continue;
            const p = source.locate?.(name);
            return { value: v, from: source.kind, at: p && { file: source.kind, ...p } };
        }
        return undefined;
    }
    /** Where the value of `name` came from; undefined when no source gives it (the default applies). */
    origin(name) {
        const source = this.sources.find((s) => {
            const v = s.get(name);
            return v !== undefined && v !== '';
        });
        if (!source)
            return undefined;
        const at = (item) => {
            const p = source.locate?.(name, item);
            return p ? { file: source.kind, ...p } : undefined;
        };
        const value = source.get(name);
        return { from: source.kind, location: at(), ...(Array.isArray(value) && source.locate ? { items: value.map((_, i) => at(i)) } : {}) };
    }
    fail(name, r, expected, got) {
        const from = r.at ? `${r.at.file}:${r.at.line}:${r.at.column}` : r.from;
        throw new errors_ConfigurationError(`${name} must be ${expected}, got '${String(got)}' (from ${from})`, DOCS, r.at);
    }
    string(name, fallback) {
        const r = this.raw(name);
        if (!r)
            return fallback;
        if (Array.isArray(r.value))
            return r.value.join('\n');
        return String(r.value).trim();
    }
    boolean(name, fallback) {
        const r = this.raw(name);
        if (!r)
            return fallback;
        if (typeof r.value === 'boolean')
            return r.value;
        const s = String(r.value).trim().toLowerCase();
        if (['true', 'yes', 'on', '1'].includes(s))
            return true;
        if (['false', 'no', 'off', '0'].includes(s))
            return false;
        return this.fail(name, r, 'true or false', r.value);
    }
    number(name, fallback, range = {}) {
        const r = this.raw(name);
        if (!r)
            return fallback;
        const n = typeof r.value === 'number' ? r.value : Number(String(r.value).trim());
        const { min, max, integer } = range;
        const expected = `${integer ? 'a whole number' : 'a number'}` +
            (min !== undefined && max !== undefined ? ` from ${min} to ${max}` : min !== undefined ? ` of at least ${min}` : max !== undefined ? ` of at most ${max}` : '');
        if (typeof r.value === 'boolean' || String(r.value).trim() === '' || !Number.isFinite(n))
            return this.fail(name, r, expected, r.value);
        if ((min !== undefined && n < min) || (max !== undefined && n > max) || (integer && !Number.isInteger(n)))
            return this.fail(name, r, expected, r.value);
        return n;
    }
    oneOf(name, values, fallback) {
        const r = this.raw(name);
        if (!r)
            return fallback;
        const s = String(r.value).trim();
        if (values.includes(s))
            return s;
        return this.fail(name, r, `one of ${values.join(', ')}`, r.value);
    }
    /** A list given as lines or commas (inputs) or as a YAML sequence (config). */
    list(name, fallback = []) {
        const r = this.raw(name);
        if (!r)
            return fallback;
        const items = Array.isArray(r.value) ? r.value.map(String) : String(r.value).split(/[\n,]/);
        return items.map((s) => s.trim()).filter((s) => s !== '');
    }
}
/** The runner's protocol: INPUT_ + the name upper-cased with spaces as underscores; hyphens are kept. */
class EnvInputSource {
    env;
    kind = 'input';
    constructor(env = process.env) {
        this.env = env;
    }
    get(name) {
        return this.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
    }
}
class MapInputSource {
    kind;
    values;
    where;
    constructor(kind, values, 
    /** The place of a value (or a list item) in the file `kind` names, when the values come from one. */
    where) {
        this.kind = kind;
        this.values = values;
        this.where = where;
    }
    locate(name, item) {
        return this.where?.(name, item);
    }
    get(name) {
        const v = this.values[name];
        if (v === undefined || v === null)
            return undefined;
        if (Array.isArray(v))
            return v.map(String);
        if (typeof v === 'number' || typeof v === 'boolean')
            return v;
        return String(v);
    }
}

;// CONCATENATED MODULE: ./shared/github/inert.ts

/**
 * What @actions/core's `info` lacks: the runner (actions/runner ActionCommandManager) reads every line of the
 * step's output, split at CR, LF and CRLF. It runs a line as a command when, trimmed of .NET white space
 * (which includes NEL U+0085, unlike JavaScript's \s), it starts with `::`, and it also runs the legacy form
 * `##[name]` found anywhere in a line. Text from the repository (file names, schema paths, SQL, messages)
 * reaches the log only through `inert`.
 */
const LINE_BREAK = /\r\n|\r|\n/;
const DOTNET_SPACE = /^[\s\u0085]+/;
/** Would the runner read any line of this text as a command? */
function looksLikeCommand(text) {
    return text.split(LINE_BREAK).some((line) => line.replace(DOTNET_SPACE, '').startsWith('::') || line.includes('##['));
}
/**
 * The text as log output the runner will not act on: unchanged when no line could be a command, otherwise
 * inside a `::stop-commands::` block whose random token the text cannot contain (the runner obeys nothing,
 * legacy `##[` included, until the token is repeated).
 */
function inert(text, token = randomUUID) {
    if (!looksLikeCommand(text))
        return text;
    let t = token();
    while (text.includes(t))
        t = token();
    return `::stop-commands::${t}\n${text}\n::${t}::`;
}

;// CONCATENATED MODULE: ./shared/github/actions-logger.ts


/**
 * The Logger engines use, written through @actions/core. Workflow commands (debug, warning, error) escape
 * their data; plain lines carry file names and messages from the repository, so they go through `inert`.
 */
class ActionsLogger {
    debug(message) {
        debug(message);
    }
    info(message) {
        info(inert(message));
    }
    warning(message) {
        warning(message);
    }
    error(message) {
        error(message);
    }
    group(name, fn) {
        return group(name, fn);
    }
}

;// CONCATENATED MODULE: ./shared/github/api-client.ts
/**
 * The REST client: @actions/github's Octokit with plugin-retry and plugin-throttling (octokit.ts), loaded on
 * the first request: a run without a token, or one that makes no API call, never pays to load it (bench/results/github-io.md).
 * What is ours: the per-request timeout, how long we are willing to wait for a limit, and errors that say what
 * went wrong (failure.ts).
 */
/** A request that failed after the libraries' retries; `kind` is what a note to the user should name. */
class GitHubApiError extends Error {
    status;
    method;
    path;
    body;
    headers;
    networkCause;
    name = 'GitHubApiError';
    constructor(status, method, path, body, headers = {}, 
    /** The network error under a status-500 "answer" that never came (DNS, TLS, refused, timed out). */
    networkCause) {
        super(networkCause
            ? `${method} ${path} got no answer: ${networkCause.message}${networkCause.code ? ` (${networkCause.code})` : ''}`
            : `${method} ${path} answered ${status}: ${body.slice(0, 300)}`);
        this.status = status;
        this.method = method;
        this.path = path;
        this.body = body;
        this.headers = headers;
        this.networkCause = networkCause;
    }
    /** 401, 403 and 404 on writes are what a read-only (fork) token gets; a rate limit is not one of them. */
    get isPermission() {
        return !this.networkCause && !this.isRateLimit && (this.status === 403 || this.status === 404 || this.status === 401);
    }
    get isRateLimit() {
        return (!this.networkCause &&
            (this.status === 429 || (this.status === 403 && (String(this.headers['x-ratelimit-remaining']) === '0' || /rate limit/i.test(this.body)))));
    }
}
class GitHubClient {
    apiUrl;
    token;
    options;
    octokitLoad;
    constructor(apiUrl, token, options = {}) {
        this.apiUrl = apiUrl;
        this.token = token;
        this.options = options;
    }
    /** Octokit, created on first use; a separate chunk of the bundle, so that is also when it is read and compiled. */
    octokit() {
        this.octokitLoad ??= Promise.all(/* import() */[__nccwpck_require__.e(392), __nccwpck_require__.e(881)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4881)).then(({ createOctokit }) => createOctokit(this.apiUrl, this.token, {
            timeoutMs: this.options.timeoutMs ?? 30_000,
            retries: this.options.retries ?? 3,
            maxRateLimitWaitSeconds: this.options.maxRateLimitWaitSeconds ?? 90,
            logger: this.options.logger,
        }));
        return this.octokitLoad;
    }
    /** One REST call by method and path (query included); the body's fields become the request body. */
    async request(method, path, body) {
        try {
            // `data` sends the body as it is, so a field named like an Octokit option (headers, url) stays a field.
            const octokit = await this.octokit();
            const res = await octokit.request({ method, url: path, ...(body === undefined ? {} : { data: body }) });
            return res.data;
        }
        catch (e) {
            throw toApiError(e, method, path);
        }
    }
    /** Every item of a list, following the Link header's `next`, at most maxPages pages of 100. */
    async paginate(path, maxPages = 50) {
        const all = [];
        let pages = 0;
        try {
            const route = `GET ${path}${path.includes('?') ? '&' : '?'}per_page=100`;
            const octokit = await this.octokit();
            for await (const page of octokit.paginate.iterator(route)) {
                all.push(...page.data);
                if (++pages >= maxPages)
                    break;
            }
        }
        catch (e) {
            throw toApiError(e, 'GET', path);
        }
        return all;
    }
}
function toApiError(e, method, path) {
    const err = e;
    if (typeof err?.status !== 'number')
        return e;
    const data = err.response?.data;
    if (!err.response) {
        // No answer at all: @octokit/request reports the network error as status 500 with the cause attached.
        const cause = err.cause?.cause ?? err.cause;
        return new GitHubApiError(0, method, path, '', {}, { code: cause?.code ?? err.cause?.code, message: String(cause?.message ?? err.message ?? 'network error') });
    }
    return new GitHubApiError(err.status, method, path, typeof data === 'string' ? data : JSON.stringify(data ?? ''), err.response.headers ?? {});
}

;// CONCATENATED MODULE: ./shared/github/runner-env.ts



const API_TIMEOUT_ENV = 'BICKFORD_API_TIMEOUT_SECONDS';
function apiTimeoutMs(raw) {
    if (raw === undefined || raw.trim() === '')
        return undefined;
    const seconds = Number(raw);
    if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 600) {
        throw new errors_ConfigurationError(`${API_TIMEOUT_ENV} must be a number of seconds above 0 and at most 600 (got '${raw}'); unset, each API request may take 30 s.`);
    }
    return seconds * 1000;
}
function readRunnerEnv(env = process.env) {
    let event = {};
    if (env.GITHUB_EVENT_PATH && external_node_fs_namespaceObject.existsSync(env.GITHUB_EVENT_PATH)) {
        try {
            event = JSON.parse(external_node_fs_namespaceObject.readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
        }
        catch {
            event = {};
        }
    }
    const pr = event.pull_request;
    const repository = env.GITHUB_REPOSITORY;
    const [owner, repo] = repository ? repository.split('/') : [];
    const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const run = {
        sha: pr?.head?.sha ?? env.GITHUB_SHA,
        ref: pr?.head?.ref ?? env.GITHUB_HEAD_REF ?? env.GITHUB_REF_NAME ?? env.GITHUB_REF,
        runId: env.GITHUB_RUN_ID,
        runAttempt: env.GITHUB_RUN_ATTEMPT,
        workflow: env.GITHUB_WORKFLOW,
        actor: env.GITHUB_ACTOR,
        eventName: env.GITHUB_EVENT_NAME,
    };
    return {
        workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
        repository,
        owner,
        repo,
        apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
        serverUrl,
        eventName: env.GITHUB_EVENT_NAME,
        event,
        prNumber: pr?.number ?? (event.issue?.pull_request ? event.issue.number : undefined),
        baseSha: pr?.base?.sha,
        headSha: pr?.head?.sha,
        labels: Array.isArray(pr?.labels) ? pr.labels.map((l) => String(l.name ?? '')).filter(Boolean) : [],
        fromFork: Boolean(pr && pr.head?.repo && pr.base?.repo && pr.head.repo.full_name !== pr.base.repo.full_name),
        run,
        summaryPath: env.GITHUB_STEP_SUMMARY,
        tempDir: env.RUNNER_TEMP ?? external_node_os_namespaceObject.tmpdir(),
        runUrl: repository && env.GITHUB_RUN_ID ? `${serverUrl}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
        apiTimeoutMs: apiTimeoutMs(env[API_TIMEOUT_ENV]),
    };
}

;// CONCATENATED MODULE: ./shared/reporters/escape.ts
/**
 * Escaping for every place user-controlled text lands. File names and messages come from the
 * repository under review, so they are hostile until escaped.
 */
/** Workflow-command data, as the runner's parser expects (actions/toolkit `command.ts` escapeData). */
function escapeCommandData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Workflow-command property values additionally escape `:` and `,` (actions/toolkit `command.ts` escapeProperty). */
function escapeCommandProperty(s) {
    return escapeCommandData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** One workflow command as text, `::command k=v,k=v::message`, every property and the message escaped. */
function escape_formatCommand(command, properties, message) {
    const props = Object.entries(properties)
        .map(([k, v]) => `${k}=${escapeCommandProperty(String(v))}`)
        .join(',');
    return `::${command}${props ? ` ${props}` : ''}::${escapeCommandData(message)}`;
}
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+\-.!|~>]/g;
/**
 * Text that must show as written in GitHub Markdown: HTML is entity-encoded (so `<img onerror>` and
 * `<!--` cannot open anything) and Markdown punctuation is backslash-escaped (so `[x](javascript:)`,
 * `@mentions` and `#refs` do not link). Newlines become spaces: callers that want lines split first.
 */
function escape_escapeMarkdown(s) {
    // A bare URL stays as written (GitHub autolinks it either way; escaping would only break it).
    return s
        .split(/(https?:\/\/[^\s<>"'`|()[\]]+)/)
        .map((part, i) => (i % 2 === 1 ? part : escapeText(part)))
        .join('');
}
function escapeText(s) {
    return s
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(MARKDOWN_SPECIAL, (c) => (c === '>' ? c : `\\${c}`))
        .replace(/@/g, '@\u200b')
        .replace(/\r?\n/g, ' ');
}
/** Inline code that cannot be broken out of: a fence longer than any backtick run inside it. */
function inlineCode(s) {
    const clean = s.replace(/\r?\n/g, ' ');
    const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((m) => m.length));
    const fence = '`'.repeat(longest + 1);
    const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
    // Inside a table cell a `|` still splits the row, even in code: encode it.
    return `${fence}${pad}${clean.replace(/\|/g, '&#124;')}${pad}${fence}`;
}
/** A fenced code block whose fence no line of the content can close. */
function codeBlock(code, language = '') {
    const longest = Math.max(2, ...(code.match(/`{3,}|~{3,}/g) ?? []).map((m) => m.length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${language.replace(/[^a-z0-9+-]/gi, '')}\n${code.replace(/\n$/, '')}\n${fence}`;
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(4006);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(picomatch);
;// CONCATENATED MODULE: ./shared/io/repo-fs.ts




class FileReadError extends errors_ConfigurationError {
    file;
    constructor(file, reason) {
        super(`cannot read ${file}: ${reason}`, undefined, { file });
        this.file = file;
    }
}
/** Folders glob() walks past unless a pattern names them: dependencies, VCS data, build caches, our own state. */
const DEFAULT_SKIP = new Set(['node_modules', '.git', '.turbo', '.next', '.bickford']);
function toPosix(p) {
    return p.split(external_node_path_namespaceObject.sep).join('/');
}
class NodeRepoFs {
    root;
    realRoot;
    constructor(root) {
        this.root = external_node_path_namespaceObject.resolve(root);
    }
    abs(rel) {
        return external_node_path_namespaceObject.resolve(this.root, rel);
    }
    rel(abs) {
        return toPosix(external_node_path_namespaceObject.relative(this.root, abs)) || '.';
    }
    exists(rel) {
        return external_node_fs_namespaceObject.existsSync(this.abs(rel));
    }
    // throwIfNoEntry: a missing name is the common answer during module resolution, and a throw is slow.
    isFile(rel) {
        try {
            return external_node_fs_namespaceObject.statSync(this.abs(rel), { throwIfNoEntry: false })?.isFile() ?? false;
        }
        catch {
            return false;
        }
    }
    isDirectory(rel) {
        try {
            return external_node_fs_namespaceObject.statSync(this.abs(rel), { throwIfNoEntry: false })?.isDirectory() ?? false;
        }
        catch {
            return false;
        }
    }
    readBytes(rel) {
        try {
            return external_node_fs_namespaceObject.readFileSync(this.abs(rel));
        }
        catch (e) {
            const code = e.code;
            const reason = code === 'ENOENT' ? (this.isSymlink(rel) ? 'it is a symlink to a file that does not exist' : 'no such file') : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : String(e.message);
            throw new FileReadError(rel, reason);
        }
    }
    isSymlink(rel) {
        try {
            return external_node_fs_namespaceObject.lstatSync(this.abs(rel)).isSymbolicLink();
        }
        catch {
            return false;
        }
    }
    readText(rel) {
        return this.readBytes(rel).toString('utf8');
    }
    list(rel) {
        try {
            return external_node_fs_namespaceObject.readdirSync(this.abs(rel)).sort();
        }
        catch {
            return [];
        }
    }
    realpath(rel) {
        try {
            this.realRoot ??= external_node_fs_namespaceObject.realpathSync.native(this.root);
            const real = external_node_fs_namespaceObject.realpathSync.native(this.abs(rel));
            const r = toPosix(external_node_path_namespaceObject.relative(this.realRoot, real));
            return r.startsWith('..') ? undefined : r || '.';
        }
        catch {
            return undefined; // ELOOP, ENOENT
        }
    }
    glob(patterns, options = {}) {
        const list = Array.isArray(patterns) ? patterns : [patterns];
        const isMatch = picomatch_default()(list, { dot: true, ignore: options.ignore });
        const namesSkipped = (name) => DEFAULT_SKIP.has(name) && !list.some((p) => p.includes(name));
        const base = options.cwd ?? '.';
        const out = [];
        // Real paths of the folders visited, to stop at symlink loops. Only a symlink needs a realpath call:
        // a plain folder's real path is its parent's plus its name.
        const seen = new Set();
        const walk = (dirRel, real) => {
            if (seen.has(real))
                return;
            seen.add(real);
            let entries;
            try {
                entries = external_node_fs_namespaceObject.readdirSync(this.abs(dirRel), { withFileTypes: true });
            }
            catch {
                return;
            }
            const leaf = options.leafMarker !== undefined && entries.some((e) => e.name === options.leafMarker);
            for (const entry of entries) {
                if (namesSkipped(entry.name))
                    continue;
                const childRel = dirRel === '.' ? entry.name : `${dirRel}/${entry.name}`;
                let isDir = entry.isDirectory();
                let isFile = entry.isFile();
                let childReal = `${real}/${entry.name}`;
                if (entry.isSymbolicLink()) {
                    try {
                        childReal = external_node_fs_namespaceObject.realpathSync.native(this.abs(childRel));
                        const st = external_node_fs_namespaceObject.statSync(childReal);
                        isDir = st.isDirectory();
                        isFile = st.isFile();
                    }
                    catch {
                        continue; // dangling, or a loop the OS refuses (ELOOP)
                    }
                }
                if (isDir) {
                    if (!leaf)
                        walk(childRel, childReal);
                }
                else if (isFile) {
                    const matchPath = base === '.' ? childRel : toPosix(external_node_path_namespaceObject.posix.relative(base, childRel));
                    if (isMatch(matchPath))
                        out.push(childRel);
                }
            }
        };
        let baseReal;
        try {
            baseReal = external_node_fs_namespaceObject.realpathSync.native(this.abs(base));
        }
        catch {
            return [];
        }
        walk(base, baseReal);
        return out.sort();
    }
}

;// CONCATENATED MODULE: ./shared/findings/result.ts
const GUARD_NAMES = ['migration-score', 'edge-guard', 'prisma-guard', 'ledger-record', 'env-guard'];

;// CONCATENATED MODULE: ./packages/runtime/src/denial.ts
/**
 * Docs pages live beside the guards' (`docs/rules/<rule-id>.md`); the shared core derives the same URL.
 * Kept here as a constant because this package may import nothing.
 */
const RULE_DOCS_BASE = 'https://github.com/bickford/actions/blob/main/docs/rules';
/**
 * FNV-1a, 32 bits, over UTF-16 code units, run twice with two offset bases and joined into 16 hex digits.
 * Neither WebCrypto's digest (async) nor node:crypto (Node only) is usable from a synchronous gate on every
 * runtime, and a denial's fingerprint only needs to be stable, not secret. The guards' own findings use
 * SHA-256 (shared/findings/finding.ts); the two are never compared.
 */
function fnv1a(text) {
    return fnvPass(text, 0x811c9dc5) + fnvPass(text, 0x01000193 ^ 0x811c9dc5 ^ 0x5bd1e995);
}
function fnvPass(text, basis) {
    let hash = basis >>> 0;
    for (let i = 0; i < text.length; i++) {
        hash ^= text.charCodeAt(i);
        hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash.toString(16).padStart(8, '0');
}
function toLocation(at) {
    if (at === undefined)
        return undefined;
    return typeof at === 'string' ? { file: at, line: 1, column: 1 } : at;
}
/** Builds a denial with its fingerprint filled from the rule, the file and a key that does not move with lines. */
function createDenial(input) {
    const { fingerprintKey, ...rest } = input;
    return { ...rest, fingerprint: fnv1a(`${input.ruleId}\0${input.location?.file ?? ''}\0${fingerprintKey}`) };
}

;// CONCATENATED MODULE: ./shared/compare.ts
/**
 * Orders strings by UTF-16 code unit, as `Array.prototype.sort()` does. Used instead of `localeCompare`
 * wherever an order reaches a report or a hash: collation depends on the ICU data and the process's locale,
 * so two runners could order (and hash) the same names differently, and it is ~10x slower.
 */
function compare_compareStrings(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./shared/findings/finding.ts




/** One base for every rule's docs page, shared with the runtime library's denials. */
const DOCS_BASE = RULE_DOCS_BASE;
/** Docs links are derived from the rule id, never typed by hand. */
function docsUrlFor(ruleId) {
    return `${DOCS_BASE}/${ruleId}.md`;
}
function fingerprintOf(ruleId, file, key) {
    return createHash('sha256').update(`${ruleId}\0${file ?? ''}\0${key}`).digest('hex').slice(0, 32);
}
// The file each fingerprint was computed from, when it is not the location's (kept off the finding model, which is public).
const fingerprintFiles = new WeakMap();
/** The file a finding's fingerprint is about (guard-root-relative, as the engine reported it). */
function fingerprintFileOf(finding) {
    return fingerprintFiles.get(finding) ?? finding.location?.file;
}
/** Builds a finding with its fingerprint and docs link filled in. `docsUrl: null` means the rule has no page. */
function createFinding(input) {
    const { fingerprintKey, fingerprintFile, docsUrl, ...rest } = input;
    const finding = {
        ...rest,
        fingerprint: fingerprintOf(input.ruleId, fingerprintFile ?? input.location?.file, fingerprintKey ?? input.message),
    };
    if (docsUrl !== null)
        finding.docsUrl = docsUrl ?? docsUrlFor(input.ruleId);
    if (fingerprintFile !== undefined)
        fingerprintFiles.set(finding, fingerprintFile);
    return finding;
}
/** Findings that count towards the verdict. */
function finding_activeFindings(findings) {
    return findings.filter((f) => !f.suppressed);
}
const SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
/** Errors first, then warnings, then notices; within a severity by file, line and column. */
function finding_compareFindings(a, b) {
    return (SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
        compare_compareStrings(a.location?.file ?? '', b.location?.file ?? '') ||
        (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
        (a.location?.column ?? 0) - (b.location?.column ?? 0) ||
        compare_compareStrings(a.ruleId, b.ruleId));
}
function finding_countBySeverity(findings) {
    const counts = { error: 0, warning: 0, notice: 0 };
    for (const f of findings)
        counts[f.severity]++;
    return counts;
}

;// CONCATENATED MODULE: ./shared/reporters/json.ts

/** The version of the report's shape; the publisher (fork-safe reporting) refuses any other. */
const REPORT_SCHEMA_VERSION = 'bickford-report/v1';
function toJsonReport(result, options) {
    return {
        schema: REPORT_SCHEMA_VERSION,
        guard: result.guard,
        version: options.version,
        headline: result.headline,
        verdict: options.verdict,
        counts: countBySeverity(activeFindings(result.findings)),
        findings: result.findings,
        outputs: result.outputs,
        sections: result.sections ?? [],
        data: result.data ?? {},
    };
}
function json_reportJson(result, options) {
    return { output: `${JSON.stringify(toJsonReport(result, options), null, 2)}\n` };
}

;// CONCATENATED MODULE: ./actions/publish/src/report-schema.ts


/**
 * The JSON report (shared/reporters/json.ts JsonReport) as the publisher accepts it. The report comes from a
 * pull request's workflow, which a fork controls, so the schema is strict: no unknown keys where the shape is
 * fixed, every string and array bounded. The bounds sit well above what a guard writes (a comment shows at most
 * 65,536 characters anyway) and well below what would let one report exhaust the publisher.
 */
const LIMITS = {
    reportBytes: 8 * 1024 * 1024,
    reportFiles: 20,
    findings: 5_000,
    text: 4_000,
    path: 1_024,
    trace: 200,
    sections: 50,
    rows: 2_000,
    columns: 20,
    code: 200_000,
};
const str = (maxLength) => ({ type: 'string', maxLength });
const count = { type: 'integer', minimum: 0, maximum: 1_000_000 };
const report_schema_location = {
    type: 'object',
    additionalProperties: false,
    required: ['file', 'line', 'column'],
    properties: {
        file: str(LIMITS.path),
        line: { type: 'integer', minimum: 1, maximum: 10_000_000 },
        column: { type: 'integer', minimum: 1, maximum: 10_000_000 },
        endLine: { type: 'integer', minimum: 1, maximum: 10_000_000 },
        endColumn: { type: 'integer', minimum: 1, maximum: 10_000_000 },
    },
};
const scalar = { anyOf: [str(LIMITS.text), { type: 'number' }, { type: 'boolean' }, { type: 'null' }] };
const finding = {
    type: 'object',
    additionalProperties: false,
    required: ['ruleId', 'severity', 'message', 'fingerprint'],
    properties: {
        // Rule ids name docs pages (docs/rules/<id>.md) and check-run titles: kebab-case only, so no `../` or markup.
        ruleId: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$' },
        severity: { enum: ['error', 'warning', 'notice'] },
        message: str(LIMITS.text),
        location: report_schema_location,
        trace: {
            type: 'array',
            maxItems: LIMITS.trace,
            items: { type: 'object', additionalProperties: false, required: ['location', 'note'], properties: { location: report_schema_location, note: str(LIMITS.text) } },
        },
        help: str(LIMITS.text),
        docsUrl: { type: 'string', maxLength: 500, pattern: '^https://' },
        fingerprint: { type: 'string', pattern: '^[A-Za-z0-9:._-]{1,128}$' },
        category: str(100),
        suppressed: {
            type: 'object',
            additionalProperties: false,
            required: ['kind', 'reason'],
            properties: { kind: { enum: ['ignore', 'approval', 'baseline', 'allow'] }, reason: str(LIMITS.text), location: report_schema_location, by: str(200) },
        },
        properties: {
            type: 'object',
            maxProperties: 50,
            propertyNames: { maxLength: 100 },
            additionalProperties: { anyOf: [scalar, { type: 'array', maxItems: 200, items: scalar }] },
        },
    },
};
const cell = { anyOf: [str(LIMITS.text), { type: 'object', additionalProperties: false, required: ['code'], properties: { code: str(LIMITS.text) } }] };
const section = {
    type: 'object',
    required: ['kind', 'title'],
    oneOf: [
        {
            additionalProperties: false,
            required: ['headers', 'rows'],
            properties: {
                kind: { const: 'table' },
                title: str(200),
                headers: { type: 'array', maxItems: LIMITS.columns, items: str(200) },
                rows: { type: 'array', maxItems: LIMITS.rows, items: { type: 'array', maxItems: LIMITS.columns, items: cell } },
            },
        },
        {
            additionalProperties: false,
            required: ['language', 'code'],
            properties: { kind: { const: 'code' }, title: str(200), language: str(30), code: str(LIMITS.code) },
        },
        {
            additionalProperties: false,
            required: ['lines'],
            properties: { kind: { const: 'text' }, title: str(200), lines: { type: 'array', maxItems: LIMITS.rows, items: str(LIMITS.text) } },
        },
    ],
};
const REPORT_SCHEMA = {
    $id: 'https://github.com/bickford/actions/schemas/report-v1.json',
    type: 'object',
    additionalProperties: false,
    required: ['schema', 'guard', 'version', 'headline', 'verdict', 'counts', 'findings', 'outputs', 'sections', 'data'],
    properties: {
        schema: { const: REPORT_SCHEMA_VERSION },
        guard: { enum: [...GUARD_NAMES] },
        version: { type: 'string', pattern: '^[0-9A-Za-z.+-]{1,50}$' },
        headline: str(1_000),
        verdict: {
            type: 'object',
            additionalProperties: false,
            required: ['failed', 'failOn', 'reason'],
            properties: { failed: { type: 'boolean' }, failOn: { enum: ['error', 'warning', 'never'] }, reason: str(1_000) },
        },
        counts: {
            type: 'object',
            additionalProperties: false,
            required: ['error', 'warning', 'notice'],
            properties: { error: count, warning: count, notice: count },
        },
        findings: { type: 'array', maxItems: LIMITS.findings, items: finding },
        outputs: {
            type: 'object',
            maxProperties: 50,
            propertyNames: { pattern: '^[a-z0-9][a-z0-9-]{0,63}$' },
            additionalProperties: str(LIMITS.text),
        },
        sections: { type: 'array', maxItems: LIMITS.sections, items: section },
        // Guard-specific data for machines; the publisher never renders it, the file-size cap bounds it.
        data: { type: 'object' },
    },
};

;// CONCATENATED MODULE: ./actions/publish/src/trusted-target.ts

const PUBLISH_DOCS = 'https://github.com/bickford/actions/blob/main/docs/distribution.md#fork-safe-reporting';
const SHA = /^[0-9a-f]{40}$/;
/**
 * The PR number and head SHA of the run that produced the reports. GitHub fills `workflow_run.pull_requests`
 * only for branches of this repository; for a fork it is empty, so the open PR whose head is the fork's branch
 * at that exact SHA is looked up instead (a branch name alone could point at another PR).
 */
async function resolveTarget(event, eventName, ref, client, logger) {
    const run = event.workflow_run;
    if (eventName !== 'workflow_run' || !run || typeof run !== 'object') {
        throw new errors_ConfigurationError(`bickford/publish runs in a workflow triggered by workflow_run (got ${eventName ?? 'no event'}): it takes the pull request and commit from that event, never from the reports`, PUBLISH_DOCS);
    }
    const headSha = String(run.head_sha ?? '');
    if (!SHA.test(headSha))
        throw new errors_ConfigurationError('the workflow_run event has no head_sha: cannot tell which commit the reports are about', PUBLISH_DOCS);
    const runUrl = typeof run.html_url === 'string' && /^https:\/\/[^\s()<>]+$/.test(run.html_url) ? run.html_url : undefined;
    const ownRepo = (pr) => {
        const url = pr.base?.repo?.url;
        return typeof url !== 'string' || url.endsWith(`/repos/${ref.owner}/${ref.repo}`);
    };
    const listed = (Array.isArray(run.pull_requests) ? run.pull_requests : []).find((pr) => Number.isInteger(pr.number) && ownRepo(pr) && (pr.head?.sha === undefined || pr.head.sha === headSha));
    if (listed)
        return { headSha, prNumber: listed.number, runUrl };
    const owner = run.head_repository?.owner?.login;
    const branch = run.head_branch;
    if (client && typeof owner === 'string' && typeof branch === 'string' && run.event === 'pull_request') {
        try {
            const head = encodeURIComponent(`${owner}:${branch}`);
            const open = await client.request('GET', `/repos/${ref.owner}/${ref.repo}/pulls?state=open&head=${head}&per_page=100`);
            const match = open.find((pr) => pr.head?.sha === headSha);
            if (match && Number.isInteger(match.number))
                return { headSha, prNumber: match.number, runUrl };
        }
        catch (e) {
            logger.warning(`Could not look up the pull request of ${headSha.slice(0, 7)}: ${e.message}`);
        }
    }
    logger.info(`No open pull request has head ${headSha.slice(0, 7)}: the check runs are published, no comment.`);
    return { headSha, runUrl };
}

;// CONCATENATED MODULE: ./actions/publish/src/find-reports.ts






/**
 * The report files named by the `reports` input: a directory (every *.json under it) or a glob. The artifact
 * is untrusted, so a symbolic link is never followed: it could point at the runner's own files.
 */
function findReports(workspace, reports) {
    const repo = new NodeRepoFs(workspace);
    const relative = toPosix(external_node_path_namespaceObject.relative(repo.root, external_node_path_namespaceObject.resolve(repo.root, reports))) || '.';
    if (relative === '..' || relative.startsWith('../') || external_node_path_namespaceObject.isAbsolute(relative)) {
        throw new errors_ConfigurationError(`reports must name a directory or glob inside the workspace, got '${reports}'`, PUBLISH_DOCS);
    }
    const matched = repo.isDirectory(relative) ? repo.glob('**/*.json', { cwd: relative }) : repo.glob(relative);
    const files = [];
    const skipped = [];
    for (const file of matched) {
        const parts = file.split('/');
        const symlinked = parts.some((_, i) => external_node_fs_namespaceObject.lstatSync(repo.abs(parts.slice(0, i + 1).join('/'))).isSymbolicLink());
        if (symlinked)
            skipped.push({ file, reason: 'it is (or is under) a symbolic link, which the publisher never follows' });
        else if (files.length >= LIMITS.reportFiles)
            skipped.push({ file, reason: `more than ${LIMITS.reportFiles} report files were found` });
        else
            files.push(file);
    }
    if (files.length === 0 && skipped.length === 0) {
        throw new errors_ConfigurationError(`no report files found at '${reports}': download the artifact the pull-request workflow uploaded (actions/download-artifact with run-id) into that path first`, PUBLISH_DOCS);
    }
    return { files, skipped };
}

;// CONCATENATED MODULE: ./actions/publish/src/publish-anchor.ts
/** The one commit status a report may ask the publisher to post: ledger-record's anchored head. */
const ANCHOR_CONTEXT = 'bickford/ledger';
const ANCHOR_DESCRIPTION = /^ledger head \d{1,10}:[0-9a-f]{64}$/;
/**
 * The anchored head a ledger-record report carries in `data.commitStatus` (report mode posts nothing itself).
 * The report is untrusted data: only that guard's report may carry one, and only in the exact shape the guard
 * writes, so a report cannot make the publisher post any other status or text. It is posted on the commit of
 * the workflow_run event, never on one the report names.
 */
function reportAnchor(report) {
    const raw = report.data.commitStatus;
    if (raw === undefined)
        return { ok: true };
    if (report.guard !== 'ledger-record')
        return { ok: false, reason: `data.commitStatus is for ledger-record reports only, and this is a ${report.guard} report` };
    const s = raw;
    const keys = s && typeof s === 'object' && !Array.isArray(s) ? Object.keys(s).sort().join(',') : '';
    if (keys !== 'context,description,required,state')
        return { ok: false, reason: 'data.commitStatus must have exactly context, description, required and state, as ledger-record writes it' };
    if (s.context !== ANCHOR_CONTEXT)
        return { ok: false, reason: `data.commitStatus.context must be ${ANCHOR_CONTEXT}` };
    if (s.state !== 'success' && s.state !== 'failure')
        return { ok: false, reason: 'data.commitStatus.state must be success or failure' };
    if (typeof s.description !== 'string' || !ANCHOR_DESCRIPTION.test(s.description))
        return { ok: false, reason: 'data.commitStatus.description must be a ledger head (`ledger head <seq>:<64 hex hash>`)' };
    if (typeof s.required !== 'boolean')
        return { ok: false, reason: 'data.commitStatus.required must be true or false' };
    return { ok: true, anchor: { status: { state: s.state, description: s.description, context: ANCHOR_CONTEXT }, required: s.required } };
}

;// CONCATENATED MODULE: ./shared/action/gate.ts

/** Pass or fail from the findings that count and `fail-on`; the exit code follows from it. */
function decideVerdict(findings, failOn, mustFail) {
    if (mustFail)
        return { failed: true, failOn, reason: mustFail };
    const counts = finding_countBySeverity(finding_activeFindings(findings));
    if (failOn === 'never')
        return { failed: false, failOn, reason: 'fail-on is never: findings are reported, the step passes' };
    const failing = failOn === 'error' ? counts.error : counts.error + counts.warning;
    if (failing > 0) {
        const what = failOn === 'error' ? `${counts.error} error(s)` : `${counts.error} error(s) and ${counts.warning} warning(s)`;
        return { failed: true, failOn, reason: `${what} with fail-on ${failOn}` };
    }
    return { failed: false, failOn, reason: `nothing at or above fail-on ${failOn}` };
}

;// CONCATENATED MODULE: ./shared/reporters/annotations.ts



/** GitHub shows at most this many annotations of each severity per step; the rest are dropped silently. */
const ANNOTATIONS_PER_SEVERITY = 10;
const COMMAND = { error: 'error', warning: 'warning', notice: 'notice' };
/** A finding as one workflow command, every property and the data escaped so nothing can inject a command. */
function annotationCommand(f, guard) {
    const a = toAnnotation(f, guard);
    return formatCommand(a.command, a.properties, a.message);
}
function toAnnotation(f, guard) {
    const props = { title: '' };
    if (f.location) {
        props.file = f.location.file;
        props.line = f.location.line;
        if (f.location.endLine)
            props.endLine = f.location.endLine;
        props.col = f.location.column;
        if (f.location.endColumn && (!f.location.endLine || f.location.endLine === f.location.line))
            props.endColumn = f.location.endColumn;
    }
    props.title = `${guard}: ${f.ruleId}`;
    const lines = [f.message];
    if (f.trace && f.trace.length > 0)
        lines.push(f.trace.map((s) => `${s.location.file}:${s.location.line}`).join(' → '));
    if (f.help)
        lines.push(f.help);
    return { command: COMMAND[f.severity], properties: props, message: lines.join('\n') };
}
/**
 * Workflow-command annotations: errors first, findings in changed files before others, at most ten of each
 * severity, then one notice counting what was not shown (so nothing disappears without a word). A failing
 * verdict keeps one error slot for the step's final verdict line, which comes after these.
 */
function annotations_planAnnotations(result, options) {
    const sorted = changedFirst([...activeFindings(result.findings)].sort(compareFindings), options.changed).sort((a, b) => rank(a.severity) - rank(b.severity));
    const total = { error: 0, warning: 0, notice: 0 };
    for (const f of sorted)
        total[f.severity]++;
    const overflows = total.error > ANNOTATIONS_PER_SEVERITY - (options.verdict.failed ? 1 : 0) || total.warning > ANNOTATIONS_PER_SEVERITY || total.notice > ANNOTATIONS_PER_SEVERITY;
    // When anything is cut, one notice slot is kept for the line that says so.
    const limit = {
        error: options.verdict.failed ? ANNOTATIONS_PER_SEVERITY - 1 : ANNOTATIONS_PER_SEVERITY,
        warning: ANNOTATIONS_PER_SEVERITY,
        notice: overflows ? ANNOTATIONS_PER_SEVERITY - 1 : ANNOTATIONS_PER_SEVERITY,
    };
    const shown = { error: 0, warning: 0, notice: 0 };
    const planned = [];
    let hidden = 0;
    for (const f of sorted) {
        if (shown[f.severity] >= limit[f.severity]) {
            hidden++;
            continue;
        }
        shown[f.severity]++;
        planned.push(toAnnotation(f, result.guard));
    }
    if (hidden > 0) {
        const where = options.fullReportUrl ? ` See ${options.fullReportUrl}` : ' See the job summary';
        const message = `${hidden} more finding(s) not shown as annotations (GitHub shows ${ANNOTATIONS_PER_SEVERITY} per severity).${where} for all of them.`;
        planned.push({ command: 'notice', properties: { title: `${result.guard}: more findings` }, message });
    }
    return planned;
}
/** The annotations as workflow-command text (the CLI's `--format github`). */
function reportAnnotations(result, options) {
    const lines = annotations_planAnnotations(result, options).map((a) => formatCommand(a.command, a.properties, a.message));
    return { output: lines.length ? `${lines.join('\n')}\n` : '' };
}
function rank(s) {
    return s === 'error' ? 0 : s === 'warning' ? 1 : 2;
}

;// CONCATENATED MODULE: ./shared/reporters/limits.ts
/**
 * GitHub's size limits, counted in UTF-8 bytes where GitHub counts bytes, and one way of cutting to them: at
 * the last line break that fits (a single over-long line at a character boundary), with a note saying where
 * the rest is. The note's own size is counted, so the result always fits.
 */
const limits_LIMITS = {
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
};
const utf8 = (s) => Buffer.byteLength(s, 'utf8');
function cutToBytes(text, maxBytes, note) {
    if (utf8(text) <= maxBytes)
        return text;
    const lines = text.split('\n');
    let used = 0;
    let kept = 0;
    // Measure with the longest note this text could need.
    const room = maxBytes - utf8(`\n${note(lines.length)}`);
    if (room <= 0)
        return truncateBytes(note(0), maxBytes);
    while (kept < lines.length) {
        const cost = utf8(lines[kept]) + (kept > 0 ? 1 : 0);
        if (used + cost > room)
            break;
        used += cost;
        kept++;
    }
    const head = kept > 0 ? lines.slice(0, kept).join('\n') : truncateBytes(lines[0], room);
    return `${head}\n${note(kept + 1)}`;
}
/** Unicode code points (what GitHub's "characters" are): UTF-16 length less one per surrogate pair. */
function codePoints(s) {
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
function truncateCodePoints(s, max) {
    if (s.length <= max)
        return s;
    let i = 0;
    for (let n = 0; n < max && i < s.length; n++) {
        const c = s.charCodeAt(i);
        i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    }
    return s.slice(0, i);
}
/** The longest prefix within maxBytes that does not split a character. */
function truncateBytes(s, maxBytes) {
    const buf = Buffer.from(s, 'utf8');
    if (buf.length <= maxBytes)
        return s;
    let end = maxBytes;
    while (end > 0 && (buf[end] & 0xc0) === 0x80)
        end--;
    return buf.subarray(0, end).toString('utf8');
}

;// CONCATENATED MODULE: ./shared/reporters/report-options.ts
/** Findings in changed files first, then the rest, keeping the given order otherwise. */
function report_options_changedFirst(findings, changed) {
    if (!changed || changed.size === 0)
        return [...findings];
    const inChanged = (f) => (f.location && changed.has(f.location.file) ? 0 : 1);
    return findings
        .map((f, i) => ({ f, i }))
        .sort((a, b) => inChanged(a.f) - inChanged(b.f) || a.i - b.i)
        .map((x) => x.f);
}

;// CONCATENATED MODULE: ./shared/reporters/markdown.ts




/**
 * GitHub refuses a step summary over 1 MiB, and a comment body over 262,144 bytes of UTF-8 with the words
 * "maximum is 65536 characters" (limits.ts). The comment is held to 65,536 code points: GitHub accepts that
 * whatever the text (a code point is at most 4 bytes), and so does a server that counts the characters its
 * message names. Counting UTF-16 units, as `String.length` does, would cut an emoji-heavy comment at half.
 */
const SUMMARY_LIMIT_BYTES = 1024 * 1024;
const COMMENT_LIMIT_CODE_POINTS = limits_LIMITS.commentCodePoints;
/** The same limit under its old name: code points, not UTF-16 units. */
const COMMENT_LIMIT_CHARS = (/* unused pure expression or super */ null && (COMMENT_LIMIT_CODE_POINTS));
const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
/**
 * The hidden first line that finds a sticky comment again: the guard, plus the run's key (the `id` input or
 * the working directory) when it is not the repository root, so two jobs or a matrix keep one comment each.
 */
function commentMarker(guard, key) {
    return `<!-- bickford:${guard}${key ? `:${encodeURIComponent(key)}` : ''} -->`;
}
function markdown_cell(c) {
    return typeof c === 'string' ? escape_escapeMarkdown(c) : inlineCode(c.code);
}
function where(f) {
    if (!f.location)
        return '';
    return inlineCode(`${f.location.file}:${f.location.line}:${f.location.column}`);
}
/** A URL safe inside Markdown link parentheses: encodeURI leaves `(` and `)`, which would end the link. */
function linkTarget(url) {
    return encodeURI(url).replace(/\(/g, '%28').replace(/\)/g, '%29');
}
function ruleLink(f) {
    const id = escape_escapeMarkdown(f.ruleId);
    return f.docsUrl ? `[${id}](${linkTarget(f.docsUrl)})` : id;
}
function findingRow(f) {
    const help = f.help ? `<br>${escape_escapeMarkdown(f.help)}` : '';
    return `| ${ICON[f.severity]} ${f.severity} | ${ruleLink(f)} | ${where(f)} | ${escape_escapeMarkdown(f.message)}${help} |`;
}
function renderSection(s) {
    const title = `### ${escape_escapeMarkdown(s.title)}`;
    if (s.kind === 'code')
        return `${title}\n\n${codeBlock(s.code, s.language)}`;
    if (s.kind === 'text')
        return `${title}\n\n${s.lines.map((l) => `- ${escape_escapeMarkdown(l)}`).join('\n')}`;
    const head = `| ${s.headers.map(escape_escapeMarkdown).join(' | ')} |\n|${s.headers.map(() => '---').join('|')}|`;
    return `${title}\n\n${head}\n${s.rows.map((r) => `| ${r.map(markdown_cell).join(' | ')} |`).join('\n')}`;
}
function traceBlock(f) {
    if (!f.trace || f.trace.length === 0)
        return '';
    const steps = f.trace.map((s) => `${s.location.file}:${s.location.line}  ${s.note}`).join('\n');
    return `**${escape_escapeMarkdown(f.ruleId)}** — ${escape_escapeMarkdown(f.message)}\n\n${codeBlock(steps)}`;
}
function renderSuppressed(findings) {
    const suppressed = findings.filter((f) => f.suppressed);
    if (suppressed.length === 0)
        return '';
    const rows = suppressed.map((f) => `| ${escape_escapeMarkdown(f.suppressed.kind)} | ${ruleLink(f)} | ${where(f)} | ${escape_escapeMarkdown(f.suppressed.reason)} |`);
    return `<details><summary>Suppressed or approved (${suppressed.length})</summary>\n\n| Kind | Rule | Where | Reason |\n|---|---|---|---|\n${rows.join('\n')}\n\n</details>`;
}
function titleLine(result, options) {
    const counts = finding_countBySeverity(finding_activeFindings(result.findings));
    const parts = ['error', 'warning', 'notice'].filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}${counts[s] === 1 ? '' : 's'}`);
    const icon = options.verdict.failed ? '❌' : parts.length ? '⚠️' : '✅';
    return `${icon} ${result.guard}: ${parts.length ? parts.join(', ') : 'no findings'}`;
}
function memo(n, make) {
    const cache = new Array(n);
    return (i) => (cache[i] ??= make(i));
}
const SEP = '\n\n';
function piecesOf(result, options, marker) {
    const active = report_options_changedFirst([...finding_activeFindings(result.findings)].sort(finding_compareFindings), options.changed);
    const head = [];
    if (marker)
        head.push(marker);
    head.push(`## ${titleLine(result, options)}`);
    head.push(`${escape_escapeMarkdown(result.headline)}\n\n**Verdict:** ${escape_escapeMarkdown(options.verdict.reason)}`);
    const tail = [];
    const suppressed = renderSuppressed(result.findings);
    if (suppressed)
        tail.push(suppressed);
    for (const note of options.runNotes ?? [])
        tail.push(`> ${escape_escapeMarkdown(note)}`);
    tail.push(`<sub>Bickford ${escape_escapeMarkdown(options.version)} · fail-on: ${options.verdict.failOn}</sub>`);
    return {
        head,
        count: active.length,
        row: memo(active.length, (i) => findingRow(active[i])),
        trace: memo(active.length, (i) => traceBlock(active[i])),
        sections: (result.sections ?? []).map(renderSection),
        tail,
    };
}
function overflowNote(hidden, options) {
    const pointer = options.fullReportUrl ? ` [The full report](${linkTarget(options.fullReportUrl)}) has all of them.` : ' The JSON report has all of them.';
    return `_${hidden} more finding(s) not shown here._${pointer}`;
}
const range = (n) => Array.from({ length: n }, (_, i) => i);
function assemble(p, rows, details, options) {
    const out = [...p.head];
    if (p.count > 0) {
        out.push(`${TABLE_HEAD}\n${range(rows).map(p.row).join('\n')}`);
        if (rows < p.count)
            out.push(overflowNote(p.count - rows, options));
    }
    if (details) {
        out.push(...p.sections);
        const traces = range(rows).map(p.trace).filter(Boolean);
        if (traces.length)
            out.push(`### Traces${SEP}${traces.join(SEP)}`);
    }
    out.push(...p.tail);
    return `${out.join(SEP)}\n`;
}
const TABLE_HEAD = '| Severity | Rule | Where | Message |\n|---|---|---|---|';
/**
 * The largest rendering that fits: as many rows as fit with details, else without; rows are added in order
 * while their size still fits, so only the rows shown are ever escaped.
 */
function fit(result, options, size, max, cut, marker) {
    const p = piecesOf(result, options, marker);
    const sep = size(SEP);
    const sum = (parts) => parts.reduce((n, part) => n + size(part), 0) + sep * Math.max(0, parts.length - 1);
    // Room kept for the overflow note, whatever the count in it, while rows are left out.
    const reserve = sep + size(overflowNote(p.count, options));
    for (const details of [true, false]) {
        // Counted exactly (a comment may be exactly at the limit): the table head and its line break, then each
        // row with the line break before it but the first, and the Traces heading once, with the first trace.
        let used = sum([...p.head, ...(details ? p.sections : []), ...p.tail]) + 1 + (p.count > 0 ? sep + size(TABLE_HEAD) + 1 : 0);
        let rows = 0;
        let traced = false;
        while (rows < p.count) {
            const trace = details ? p.trace(rows) : '';
            const cost = size(p.row(rows)) + (rows > 0 ? 1 : 0) + (trace ? size(trace) + sep + (traced ? 0 : sep + size('### Traces')) : 0);
            if (used + cost + (rows + 1 < p.count ? reserve : 0) > max)
                break;
            used += cost;
            rows++;
            if (trace)
                traced = true;
        }
        const out = assemble(p, rows, details, options);
        if (size(out) <= max && (rows > 0 || p.count === 0 || !details))
            return out;
    }
    // Even the head alone is too long (a giant headline): cut the text itself, in the limit's own unit.
    return `${cut(assemble(p, 0, false, options), max - 1)}\n`;
}
/** The job summary: the full table, sections and traces, under 1 MiB. */
function markdown_reportSummary(result, options) {
    return { output: fit(result, options, (s) => Buffer.byteLength(s, 'utf8'), SUMMARY_LIMIT_BYTES, truncateBytes) };
}
/** The sticky PR comment: the same content, found again by its hidden marker, within 65,536 code points. */
function markdown_reportComment(result, options) {
    return { output: fit(result, options, codePoints, COMMENT_LIMIT_CODE_POINTS, truncateCodePoints, commentMarker(result.guard, options.stickyKey)) };
}

;// CONCATENATED MODULE: ./shared/reporters/check-run.ts




/** The Checks API takes at most 50 annotations per request. */
const CHECK_RUN_BATCH = 50;
/**
 * Annotations sent to a check run: each batch of 50 is one content-creating request, and GitHub's secondary
 * limits allow 80 of those a minute for the whole token, shared with the comment and the other guards. Ten
 * requests per guard leaves room; the rest are counted in the check run's text (all are in SARIF and JSON).
 */
const CHECK_RUN_MAX_ANNOTATIONS = 500;
const LEVEL = { error: 'failure', warning: 'warning', notice: 'notice' };
function check_run_toAnnotation(f) {
    const { file, line, column, endLine, endColumn } = f.location;
    const sameLine = !endLine || endLine === line;
    return {
        path: file,
        start_line: line,
        end_line: endLine ?? line,
        // The API accepts columns only on single-line annotations.
        ...(sameLine ? { start_column: column, end_column: endColumn ?? column } : {}),
        annotation_level: LEVEL[f.severity],
        message: cutToBytes(f.help ? `${f.message}\n\n${f.help}` : f.message, limits_LIMITS.annotationBytes, () => '(cut at 64 KB: the SARIF and JSON reports have the whole message)'),
        title: truncateBytes(f.ruleId, limits_LIMITS.annotationTitleChars),
        ...(f.trace && f.trace.length
            ? {
                raw_details: cutToBytes(f.trace.map((s) => `${s.location.file}:${s.location.line}  ${s.note}`).join('\n'), limits_LIMITS.annotationBytes, (line) => `(cut at line ${line}: the SARIF report's code flow has every step)`),
            }
            : {}),
    };
}
/** Everything the check run will carry, decided without touching the network. */
function check_run_planCheckRun(result, options, summaryMarkdown) {
    const located = report_options_changedFirst([...finding_activeFindings(result.findings)].sort(finding_compareFindings), options.changed).filter((f) => Boolean(f.location));
    const annotations = located.slice(0, CHECK_RUN_MAX_ANNOTATIONS).map(check_run_toAnnotation);
    const notSent = finding_activeFindings(result.findings).length - annotations.length;
    const where = options.fullReportUrl ? `the job summary (${options.fullReportUrl})` : 'the job summary';
    const text = notSent > 0
        ? `${notSent} finding(s) are not annotations on this check run: ${located.length > annotations.length ? `annotations stop at ${CHECK_RUN_MAX_ANNOTATIONS}, to stay within GitHub's limits on content-creating requests` : 'they have no file and line'}${located.length > annotations.length && located.length < finding_activeFindings(result.findings).length ? ', and some have no file and line' : ''}. Every finding is in ${where}, the JSON report and the SARIF file.`
        : undefined;
    const batches = [];
    for (let i = 0; i < annotations.length; i += CHECK_RUN_BATCH)
        batches.push(annotations.slice(i, i + CHECK_RUN_BATCH));
    const hasFindings = finding_activeFindings(result.findings).length > 0;
    return {
        name: `bickford/${result.guard}${options.stickyKey ? ` (${options.stickyKey})` : ''}`,
        conclusion: options.verdict.failed ? 'failure' : hasFindings ? 'neutral' : 'success',
        title: titleLine(result, options).replace(/^\S+ /, ''),
        // The Checks API caps the summary at 65,535.
        summary: cutToBytes(summaryMarkdown, limits_LIMITS.checkRunTextBytes, (line) => `\n_(cut at line ${line}: the job summary has the whole report)_`),
        ...(text ? { text } : {}),
        batches,
    };
}

;// CONCATENATED MODULE: ./shared/reporters/sarif.ts


const sarif_LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
/** GitHub code scanning refuses a thread flow of more than 10,000 locations. */
const SARIF_MAX_FLOW_LOCATIONS = 10_000;
/**
 * A repository-relative path as a URI reference (RFC 3986): each segment percent-encoded, so `#`, `?`, `%`
 * and spaces in a file name stay part of the path instead of starting a fragment or a query.
 */
function sarifUri(file) {
    return file
        .split('/')
        .map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
        .join('/');
}
function physical(loc) {
    const region = { startLine: Math.max(1, loc.line), startColumn: Math.max(1, loc.column) };
    if (loc.endLine)
        region.endLine = loc.endLine;
    if (loc.endColumn)
        region.endColumn = loc.endColumn;
    return { physicalLocation: { artifactLocation: { uri: sarifUri(loc.file), uriBaseId: '%SRCROOT%' }, region } };
}
/** `ban-drop-table` as `BanDropTable`: SARIF's rule name is a readable identifier distinct from the id. */
function ruleName(id) {
    const name = id
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map((w) => w[0].toUpperCase() + w.slice(1))
        .join('');
    return name && name !== id ? name : `${id}Rule`;
}
function rulesOf(findings) {
    const byId = new Map();
    for (const f of findings)
        if (!byId.has(f.ruleId))
            byId.set(f.ruleId, f);
    return [...byId.values()]
        .sort((a, b) => compareStrings(a.ruleId, b.ruleId))
        .map((f) => {
        const summary = f.category ? `${f.category}: ${f.ruleId}` : f.ruleId;
        const help = f.help ?? f.message;
        return {
            id: f.ruleId,
            name: ruleName(f.ruleId),
            shortDescription: { text: summary },
            fullDescription: { text: f.help ? `${summary}. ${f.help}` : summary },
            ...(f.docsUrl ? { helpUri: f.docsUrl } : {}),
            // Code scanning renders help.markdown: the text is escaped there as in every other Markdown output.
            help: { text: help, ...(f.docsUrl ? { markdown: `${escapeMarkdown(help)}\n\n[Rule documentation](${encodeURI(f.docsUrl).replace(/[()]/g, encodeURIComponent)})` } : {}) },
            defaultConfiguration: { level: sarif_LEVEL[f.severity] },
            properties: f.category ? { tags: [f.category] } : {},
        };
    });
}
function codeFlow(f) {
    const steps = f.trace ?? [];
    const shown = steps.length > SARIF_MAX_FLOW_LOCATIONS ? steps.slice(0, SARIF_MAX_FLOW_LOCATIONS - 1) : steps;
    const locations = shown.map((s) => ({ location: { ...physical(s.location), message: { text: s.note || `${s.location.file}:${s.location.line}` } } }));
    if (shown.length < steps.length) {
        const last = steps[steps.length - 1];
        // The last step stays (it is where the flow ends); the note counts what was left out before it.
        locations.push({ location: { ...physical(last.location), message: { text: `${steps.length - shown.length - 1} more step(s) not shown (GitHub takes ${SARIF_MAX_FLOW_LOCATIONS} per flow); then: ${last.note}` } } });
    }
    return [{ message: { text: f.message }, threadFlows: [{ locations }] }];
}
/**
 * SARIF 2.1.0, one run per action; traces become code flows, suppressions are kept with their reason. A finding
 * about the repository as a whole points at `options.repositoryFile` (the file that decides it: the config, or
 * the guard's main input), since code scanning drops a result without a location.
 */
function sarif_reportSarif(result, options) {
    const rules = rulesOf(result.findings);
    const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
    const fallback = { file: options.repositoryFile ?? '.bickford.yml', line: 1, column: 1 };
    const results = result.findings.map((f) => ({
        ruleId: f.ruleId,
        ruleIndex: ruleIndex.get(f.ruleId),
        level: sarif_LEVEL[f.severity],
        message: { text: f.message },
        locations: [physical(f.location ?? fallback)],
        partialFingerprints: { 'bickford/v1': f.fingerprint },
        ...(f.trace && f.trace.length > 0 ? { codeFlows: codeFlow(f) } : {}),
        // Found at the base too (new-code mode): unchanged, not dismissed; a baseline file is a suppression kept outside the source.
        ...(f.suppressed?.kind === 'existing'
            ? { baselineState: 'unchanged' }
            : f.suppressed
                ? { suppressions: [{ kind: f.suppressed.kind === 'baseline' ? 'external' : 'inSource', status: 'accepted', justification: `${f.suppressed.kind}: ${f.suppressed.reason}` }] }
                : {}),
        ...(f.properties ? { properties: f.properties } : {}),
    }));
    const sarif = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: `bickford-${result.guard}`,
                        informationUri: 'https://github.com/bickford/actions',
                        version: options.version,
                        rules,
                    },
                },
                automationDetails: { id: `bickford/${result.guard}/` },
                results,
            },
        ],
    };
    return { output: `${JSON.stringify(sarif, null, 2)}\n` };
}

;// CONCATENATED MODULE: ./shared/github/failure.ts

const FORK_HELP = 'https://github.com/bickford/actions/blob/main/docs/distribution.md#fork-safe-reporting';
const TLS = /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/i;
/**
 * Why a write did not happen, in the words a person can act on: the rate limit and when it resets, the
 * permission to grant, a read-only fork token, a DNS or TLS failure, a timeout, or what GitHub said.
 */
function describeApiFailure(e, what, permission, context = {}) {
    if (!(e instanceof GitHubApiError))
        return `Could not ${what}: ${e?.message ?? String(e)}.`;
    const net = e.networkCause;
    if (net) {
        const code = net.code ?? '';
        if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
            return `Could not ${what}: the API host's name did not resolve (DNS, ${code}): check GITHUB_API_URL and the runner's DNS or proxy settings (HTTPS_PROXY, NO_PROXY).`;
        if (TLS.test(code) || TLS.test(net.message))
            return `Could not ${what}: the TLS connection to the API failed (${code || net.message}): behind an inspecting proxy, give the runner its CA with NODE_EXTRA_CA_CERTS.`;
        if (code === 'ETIMEDOUT' || code === 'UND_ERR_CONNECT_TIMEOUT')
            return `Could not ${what}: the API did not answer in time (${net.message}), retries included.`;
        if (code === 'ECONNREFUSED' || code === 'ECONNRESET')
            return `Could not ${what}: the connection to the API was ${code === 'ECONNREFUSED' ? 'refused' : 'reset'} (${code}), retries included: check GITHUB_API_URL and the proxy settings.`;
        return `Could not ${what}: the API could not be reached (${net.message}${code ? `, ${code}` : ''}), retries included.`;
    }
    const message = apiMessage(e.body);
    if (e.isRateLimit) {
        const reset = Number(e.headers['x-ratelimit-reset']);
        const when = Number.isFinite(reset) && reset > 0 ? ` It resets at ${new Date(reset * 1000).toISOString().slice(11, 16)} UTC.` : '';
        const retryAfter = e.headers['retry-after'] ? ` GitHub asked to wait ${e.headers['retry-after']} s, longer than this step waits.` : '';
        const secondary = /secondary/i.test(message) ? 'secondary rate limit (too many writes in a short time)' : 'API rate limit';
        return `Could not ${what}: GitHub's ${secondary} was hit (HTTP ${e.status}).${retryAfter}${when}`;
    }
    if (e.status === 401)
        return `Could not ${what}: the token is not valid (HTTP 401: ${message || 'Bad credentials'}): it may have expired or been revoked.`;
    if (e.status === 403 || e.status === 404) {
        const fork = context.fromFork ? ` This is a pull request from a fork, whose token is read-only: see ${FORK_HELP} for the report/publish pattern.` : '';
        return `Could not ${what}: the token lacks a permission (HTTP ${e.status}${message ? `: ${message}` : ''}). Grant \`${permission}\` in the workflow's permissions.${fork}`;
    }
    if (e.status === 422)
        return `Could not ${what}: GitHub refused the request as invalid (HTTP 422${message ? `: ${message}` : ''}).`;
    if (e.status >= 500)
        return `Could not ${what}: GitHub answered HTTP ${e.status} on every attempt (retries included)${message ? `: ${message}` : ''}.`;
    return `Could not ${what}: GitHub answered HTTP ${e.status}${message ? `: ${message}` : ''}.`;
}
function apiMessage(body) {
    try {
        const parsed = JSON.parse(body);
        if (typeof parsed === 'string')
            return apiMessage(parsed);
        return typeof parsed?.message === 'string' ? parsed.message.slice(0, 200) : '';
    }
    catch {
        return body.slice(0, 200);
    }
}

;// CONCATENATED MODULE: ./shared/github/publish-api.ts


/** The job token's comments are the Actions app's; a personal access token's are its owner's (type User). */
const ACTIONS_BOT = 'github-actions[bot]';
/**
 * Whose comments the token writes: GET /user answers for a personal access token (its owner, type User); an
 * installation token (the job's GITHUB_TOKEN) is refused there and writes as github-actions[bot].
 */
async function tokenLogin(client) {
    try {
        const me = await client.request('GET', '/user');
        return me.login ?? ACTIONS_BOT;
    }
    catch (e) {
        if (e instanceof GitHubApiError && (e.status === 401 || e.status === 403 || e.status === 404))
            return ACTIONS_BOT;
        throw e;
    }
}
/**
 * One comment per guard and key per PR: found again by its hidden marker and edited in place, but only when
 * the token wrote it; anyone can paste the marker into a comment of their own, and another app's is not ours.
 */
async function publish_api_upsertStickyComment(client, ref, pr, guard, body, key) {
    const marker = commentMarker(guard, key);
    const comments = await client.paginate(`/repos/${ref.owner}/${ref.repo}/issues/${pr}/comments`);
    const marked = comments.filter((c) => c.body?.split('\n', 1)[0] === marker);
    let leftAlone;
    if (marked.length > 0) {
        const me = await tokenLogin(client);
        const mine = marked.find((c) => c.user?.login === me);
        if (mine) {
            await client.request('PATCH', `/repos/${ref.owner}/${ref.repo}/issues/comments/${mine.id}`, { body });
            return { action: 'updated' };
        }
        const other = marked.find((c) => c.user?.type === 'Bot') ?? marked[0];
        leftAlone = { id: other.id, login: other.user?.login ?? 'unknown' };
    }
    await client.request('POST', `/repos/${ref.owner}/${ref.repo}/issues/${pr}/comments`, { body });
    return { action: 'created', ...(leftAlone ? { leftAlone } : {}) };
}
/** Creates the check run with the first 50 annotations, then adds the rest 50 at a time. */
async function publish_api_publishCheckRun(client, ref, headSha, plan) {
    const output = (annotations) => ({ title: plan.title, summary: plan.summary, ...(plan.text ? { text: plan.text } : {}), annotations });
    const created = await client.request('POST', `/repos/${ref.owner}/${ref.repo}/check-runs`, {
        name: plan.name,
        head_sha: headSha,
        status: 'completed',
        conclusion: plan.conclusion,
        output: output(plan.batches[0] ?? []),
    });
    for (const batch of plan.batches.slice(1)) {
        await client.request('PATCH', `/repos/${ref.owner}/${ref.repo}/check-runs/${created.id}`, { output: output(batch) });
    }
    return created.id;
}
async function publish_api_postCommitStatus(client, ref, sha, status) {
    await client.request('POST', `/repos/${ref.owner}/${ref.repo}/statuses/${sha}`, { ...status, description: status.description.slice(0, 140) });
}
/** The statuses of a commit, newest first as the API lists them (GET /repos/{owner}/{repo}/commits/{ref}/statuses). */
async function listCommitStatuses(client, ref, sha) {
    const rows = await client.paginate(`/repos/${ref.owner}/${ref.repo}/commits/${sha}/statuses`, 10);
    return rows.map((r) => ({ context: r.context, state: r.state, description: r.description, createdAt: r.created_at, creator: r.creator?.login }));
}
/** The pull request itself: for issue_comment and workflow_dispatch events, whose payload has no head. */
async function getPull(client, ref, pr) {
    return client.request('GET', `/repos/${ref.owner}/${ref.repo}/pulls/${pr}`);
}

;// CONCATENATED MODULE: ./shared/github/publish.ts











/**
 * A write the token may not be allowed to make: a failure becomes a note naming the real cause, never a failed
 * step. Notes are log lines and summary lines, not warning annotations: the step's ten warning slots are for
 * findings.
 */
async function attemptWrite(what, permission, logger, notes, fromFork, fn) {
    try {
        await fn();
    }
    catch (e) {
        const note = `${describeApiFailure(e, what, permission, { fromFork })} The verdict still comes from the findings.`;
        logger.info(note);
        notes.push(note);
    }
}
/** Every output of a run: API writes first (their failures become notes), then files, outputs, summary and annotations. */
async function publishResult(target) {
    const { result, common, runner, client, logger } = target;
    const notes = [...(target.options.runNotes ?? [])];
    const options = () => ({ ...target.options, runNotes: notes });
    const ref = runner.owner && runner.repo ? { owner: runner.owner, repo: runner.repo } : undefined;
    let anchorFailure;
    const key = target.options.stickyKey;
    if (common.mode === 'check' && client && ref) {
        if (common.comment && runner.prNumber) {
            await attemptWrite('update the pull-request comment', 'pull-requests: write', logger, notes, runner.fromFork, async () => {
                const outcome = await upsertStickyComment(client, ref, runner.prNumber, result.guard, reportComment(result, options()).output, key);
                if (outcome.leftAlone) {
                    const note = `A comment with this guard's marker by ${outcome.leftAlone.login} (not this token) was left alone; a new comment was posted.`;
                    logger.info(note);
                    notes.push(note);
                }
            });
        }
        const headSha = runner.headSha ?? runner.run.sha;
        if (common.checkRun && headSha) {
            await attemptWrite('create the check run', 'checks: write', logger, notes, runner.fromFork, () => publishCheckRun(client, ref, headSha, planCheckRun(result, options(), reportSummary(result, options()).output)));
        }
        const status = result.data?.commitStatus;
        if (status && headSha) {
            const before = notes.length;
            const { required, ...body } = status;
            await attemptWrite('post the commit status', 'statuses: write', logger, notes, runner.fromFork, () => postCommitStatus(client, ref, headSha, { ...body, target_url: body.target_url ?? runner.runUrl }));
            // A status the step exists to leave (ledger-record's anchored head) is not optional.
            if (required && notes.length > before)
                anchorFailure = notes[notes.length - 1].replace(/ The verdict still comes from the findings\.$/, '');
        }
    }
    else if (common.mode === 'check' && !client && (common.comment || common.checkRun) && runner.prNumber) {
        notes.push('No github-token was given: no comment or check run was posted.');
    }
    const reportedStatus = result.data?.commitStatus;
    if (common.mode === 'report' && reportedStatus?.required) {
        // mode: report makes no API writes: the anchor travels in the report's data, and bickford/publish posts it.
        const note = `mode: report: the ${reportedStatus.context} status (${reportedStatus.description}) was not posted; it is in the report for bickford/publish to post. Until it is, a deploy of this commit is refused for want of an anchored head.`;
        logger.info(note);
        notes.push(note);
    }
    const reportPath = path.resolve(runner.workspace, common.reportPath ?? target.defaultReportPath);
    writeFile(reportPath, reportJson(result, options()).output);
    if (common.sarifFile)
        writeFile(path.resolve(runner.workspace, common.sarifFile), reportSarif(result, options()).output);
    for (const [name, value] of Object.entries(result.outputs))
        core.setOutput(name, value);
    core.setOutput('report-path', reportPath);
    core.setOutput('verdict', target.options.verdict.failed ? 'fail' : 'pass');
    if (runner.summaryPath)
        fs.appendFileSync(runner.summaryPath, reportSummary(result, options()).output);
    for (const a of planAnnotations(result, options())) {
        const { file, line, endLine, col, endColumn, title } = a.properties;
        core[a.command](a.message, { title, file, startLine: line, endLine, startColumn: col, endColumn });
    }
    if (anchorFailure)
        throw new ConfigurationError(`The required commit status was not posted, so this step left no trace outside the database: ${anchorFailure}`);
}
function writeFile(file, content) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
}

;// CONCATENATED MODULE: ./actions/publish/src/publish-report.ts






/**
 * A validated report back into the GuardResult the shared reporters render. The verdict is decided again from
 * the findings (with the report's fail-on), so the check run's conclusion cannot contradict the findings it shows.
 */
function toResult(report, target) {
    const result = {
        guard: report.guard,
        findings: report.findings,
        outputs: {},
        headline: report.headline,
        sections: report.sections,
    };
    const options = {
        verdict: decideVerdict(report.findings, report.verdict.failOn),
        version: report.version,
        fullReportUrl: target.runUrl,
        runNotes: ['Published by bickford/publish from the report the pull-request workflow uploaded; it was validated, not re-run.'],
    };
    return { result, options };
}
/** The comment and the check run for one report; a refused write becomes a note, as in the guards. */
async function publishReport(report, target, client, ref, inputs, logger, anchor) {
    const { result, options } = toResult(report, target);
    const notes = [];
    const attempt = (what, permission, fn) => attemptWrite(`${what} for ${result.guard}`, permission, logger, notes, false, fn);
    if (inputs.comment && target.prNumber !== undefined) {
        await attempt('update the pull-request comment', 'pull-requests: write', () => publish_api_upsertStickyComment(client, ref, target.prNumber, result.guard, markdown_reportComment(result, options).output));
    }
    if (inputs.checkRun) {
        await attempt('create the check run', 'checks: write', () => publish_api_publishCheckRun(client, ref, target.headSha, check_run_planCheckRun(result, options, markdown_reportSummary(result, options).output)));
    }
    // The anchored head, as the guard posts it in check mode: report mode left it to the publisher.
    const anchorFailure = anchor ? await postReportAnchor(anchor, client, ref, target.headSha, target.runUrl, logger, notes) : undefined;
    return { title: titleLine(result, options), notes, ...(anchorFailure ? { anchorFailure } : {}) };
}
/**
 * Posts the anchor on `headSha`. A failure is a note, as every write; for a required anchor it is also
 * returned, and the publisher fails: a deploy of this commit would otherwise be refused for want of it.
 */
async function postReportAnchor(anchor, client, ref, headSha, runUrl, logger, notes) {
    const before = notes.length;
    await attemptWrite(`post the ${ANCHOR_CONTEXT} commit status (the ledger's anchored head)`, 'statuses: write', logger, notes, false, () => publish_api_postCommitStatus(client, ref, headSha, { ...anchor.status, ...(runUrl ? { target_url: runUrl } : {}) }));
    if (!anchor.required || notes.length === before)
        return undefined;
    return notes[notes.length - 1].replace(/ The verdict still comes from the findings\.$/, '');
}

;// CONCATENATED MODULE: ./actions/publish/src/read-inputs.ts
/** Every input of bickford/publish, read once. It has no `.bickford.yml` section: it never checks out the PR. */
function readPublishInputs(reader) {
    return Object.freeze({
        reports: reader.string('reports', 'bickford-reports'),
        comment: reader.boolean('comment', true),
        checkRun: reader.boolean('check-run', true),
    });
}

;// CONCATENATED MODULE: ./actions/publish/src/validate-report.ts




const OWN_DOCS = new RegExp(`^${DOCS_BASE.replace(/[.]/g, '\\.')}/[A-Za-z0-9_-]+\\.md(#[A-Za-z0-9_-]+)?$`);
let compiled;
/**
 * Ajv, imported and its validator compiled before the first report is checked: a run with no report to check (the
 * common workflow_run of a push, or a refused event) never pays to load Ajv and generate the validator's code, which
 * on Node 24 also woke V8's optimising compilers during start-up (bench/results/startup.md). A dynamic import, so
 * that the bundler puts Ajv in a chunk of its own and start-up does not even parse it (publish's index.js is then
 * about a third smaller; Node 24 pays more than Node 20 per byte of script it loads).
 */
async function prepareValidator() {
    if (compiled)
        return;
    const { default: Ajv } = await __nccwpck_require__.e(/* import() */ 463).then(__nccwpck_require__.t.bind(__nccwpck_require__, 2463, 23));
    compiled = new Ajv({ allErrors: false, strict: true }).compile(REPORT_SCHEMA);
}
function validator() {
    if (!compiled)
        throw new InternalError('validateReport was called before prepareValidator');
    return compiled;
}
/** Ajv's words, with the JSON path it failed at cut short: both come from the untrusted file. */
function describe(error) {
    if (!error)
        return 'it does not match the report schema';
    const where = error.instancePath ? error.instancePath.slice(0, 120) : 'the top level';
    const extra = error.keyword === 'additionalProperties' ? ` (${String(error.params.additionalProperty).slice(0, 60)})` : '';
    return `${where} ${error.message ?? 'is invalid'}${extra}`;
}
/**
 * A report file's bytes to a report the publisher may render, or the reason it may not (after prepareValidator). Nothing in the file
 * is trusted: its size, its JSON, its shape, its version. Docs links are kept only when they point at
 * Bickford's own docs, because the comment renders them as links under the publisher's name.
 */
function validateReport(bytes) {
    if (bytes.length > LIMITS.reportBytes)
        return { ok: false, reason: `it is ${bytes.length} bytes, over the ${LIMITS.reportBytes}-byte limit` };
    let parsed;
    try {
        parsed = JSON.parse(bytes.toString('utf8'));
    }
    catch (e) {
        return { ok: false, reason: `it is not JSON (${String(e.message).slice(0, 100)})` };
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
        return { ok: false, reason: 'it is not a JSON object' };
    const schema = parsed.schema;
    if (schema !== REPORT_SCHEMA_VERSION) {
        const got = typeof schema === 'string' ? `'${schema.slice(0, 60)}'` : 'missing';
        return {
            ok: false,
            reason: `its schema is ${got}, and this publisher reads ${REPORT_SCHEMA_VERSION} only: use bickford/publish from the same release as the actions that wrote the report`,
        };
    }
    const validate = validator();
    if (!validate(parsed))
        return { ok: false, reason: describe(validate.errors?.[0]) };
    const report = parsed;
    for (const f of report.findings) {
        if (f.docsUrl !== undefined && !OWN_DOCS.test(f.docsUrl))
            f.docsUrl = docsUrlFor(f.ruleId);
    }
    return { ok: true, report };
}

;// CONCATENATED MODULE: ./actions/publish/src/run-publish.ts

















function summary(target, outcomes, notes) {
    const where = target.prNumber !== undefined ? `pull request #${target.prNumber}, commit ${inlineCode(target.headSha.slice(0, 12))}` : `commit ${inlineCode(target.headSha.slice(0, 12))}`;
    const rows = outcomes.map((o) => `| ${inlineCode(o.file)} | ${o.title ? `published: ${escape_escapeMarkdown(o.title)}` : `**refused**: ${escape_escapeMarkdown(o.refused ?? '')}`} |`);
    const lines = [`## bickford/publish\n\nReports for ${where}.\n\n| Report | Result |\n|---|---|\n${rows.join('\n')}`, ...notes.map((n) => `> ${escape_escapeMarkdown(n)}`)];
    return `${lines.join('\n\n')}\n`;
}
/**
 * The fork-safe publisher: reports uploaded by an unprivileged pull_request run become the sticky comments and
 * check runs of that PR. Only the event (written by GitHub) says which PR and commit; the reports are data.
 */
async function runPublish(env = process.env) {
    const logger = new ActionsLogger();
    try {
        const runner = readRunnerEnv(env);
        const source = new EnvInputSource(env);
        const token = source.get('github-token');
        if (token)
            setSecret(token);
        const inputs = readPublishInputs(new InputReader([source]));
        if (!runner.owner || !runner.repo)
            throw new errors_ConfigurationError('GITHUB_REPOSITORY is not set: run bickford/publish in a GitHub Actions job', PUBLISH_DOCS);
        if (!token)
            throw new errors_ConfigurationError('github-token is empty: the publisher needs a token with pull-requests: write and checks: write', PUBLISH_DOCS);
        const ref = { owner: runner.owner, repo: runner.repo };
        const client = new GitHubClient(runner.apiUrl, token, { logger, timeoutMs: runner.apiTimeoutMs });
        const target = await resolveTarget(runner.event, runner.eventName, ref, client, logger);
        const found = findReports(runner.workspace, inputs.reports);
        const outcomes = found.skipped.map((s) => ({ file: s.file, refused: s.reason }));
        const notes = [];
        const guards = new Set();
        const anchorFailures = [];
        if (found.files.length > 0)
            await prepareValidator();
        for (const file of found.files) {
            const abs = external_node_path_namespaceObject.join(runner.workspace, file);
            const size = external_node_fs_namespaceObject.statSync(abs).size;
            const check = size > LIMITS.reportBytes ? { ok: false, reason: `it is ${size} bytes, over the ${LIMITS.reportBytes}-byte limit` } : validateReport(external_node_fs_namespaceObject.readFileSync(abs));
            if (!check.ok) {
                outcomes.push({ file, refused: check.reason });
                continue;
            }
            if (guards.has(check.report.guard)) {
                outcomes.push({ file, refused: `a second report for ${check.report.guard}: one report per guard and run` });
                continue;
            }
            const anchor = reportAnchor(check.report);
            if (!anchor.ok) {
                outcomes.push({ file, refused: anchor.reason });
                continue;
            }
            guards.add(check.report.guard);
            const published = await publishReport(check.report, target, client, ref, inputs, logger, anchor.anchor);
            notes.push(...published.notes);
            if (published.anchorFailure)
                anchorFailures.push(published.anchorFailure);
            outcomes.push({ file, title: published.title });
        }
        const refused = outcomes.filter((o) => o.refused);
        for (const o of refused)
            logger.error(`Refused report ${o.file}: ${o.refused}`);
        if (runner.summaryPath)
            external_node_fs_namespaceObject.appendFileSync(runner.summaryPath, summary(target, outcomes, notes));
        setOutput('published', String(outcomes.length - refused.length));
        setOutput('refused', String(refused.length));
        setOutput('pr-number', target.prNumber === undefined ? '' : String(target.prNumber));
        setOutput('head-sha', target.headSha);
        if (refused.length > 0) {
            logger.error(`${refused.length} report(s) refused: they were not published. See ${PUBLISH_DOCS}`);
            process.exitCode = EXIT.configuration;
        }
        for (const failure of anchorFailures) {
            logger.error(`The ledger's anchored head was not posted, so the recorded step left no trace outside the database: ${failure}`);
            process.exitCode = EXIT.configuration;
        }
    }
    catch (e) {
        process.exitCode = handleError(e, logger, (message) => error(message));
    }
}

;// CONCATENATED MODULE: ./actions/publish/src/main.ts

void runPublish();

module.exports = __webpack_exports__;
/******/ })()
;