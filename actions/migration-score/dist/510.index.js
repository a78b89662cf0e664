"use strict";
exports.id = 510;
exports.ids = [510];
exports.modules = {

/***/ 9510:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  configEnv: function() { return /* reexport */ configEnv; },
  findPrismaProjects: function() { return /* reexport */ findPrismaProjects; },
  readPrismaConfig: function() { return /* reexport */ readPrismaConfig; },
  valueOf: function() { return /* reexport */ config_env_valueOf; }
});

// EXTERNAL MODULE: ./shared/io/repo-fs.ts
var repo_fs = __webpack_require__(1404);
// EXTERNAL MODULE: ./shared/findings/positions.ts
var positions = __webpack_require__(5933);
;// CONCATENATED MODULE: ./shared/prisma/config-syntax/tokenize.ts
const NAME = /[A-Za-z_$][\w$]*/y;
// Digits TypeScript reads the same way JavaScript does; `0x`, `1_000`, `1n`, `08`, `1.` all decline.
const NUMBER = /(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?(?![\w$.\\])/y;
const SPACE = new Set([0x20, 0x09, 0x0b, 0x0c, 0xa0, 0xfeff]);
const LINE_BREAK = new Set([0x0a, 0x0d, 0x2028, 0x2029]);
const SINGLE = new Set(['{', '}', '(', ')', '[', ']', ',', ';', ':']);
const ESCAPES = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v' };
function tokenize(text) {
    const tokens = [];
    let pos = 0;
    let newline = false;
    const push = (type, value, end) => {
        tokens.push({ type, value, start: pos, end, newline });
        pos = end;
        newline = false;
    };
    while (pos < text.length) {
        const code = text.charCodeAt(pos);
        const ch = text[pos];
        const next = text[pos + 1];
        let end;
        if (SPACE.has(code))
            pos++;
        else if (LINE_BREAK.has(code)) {
            pos++;
            newline = true;
        }
        else if (ch === '/' && next === '/') {
            while (pos < text.length && !LINE_BREAK.has(text.charCodeAt(pos)))
                pos++;
        }
        else if (ch === '/' && next === '*') {
            const close = text.indexOf('*/', pos + 2);
            if (close < 0)
                return undefined;
            if (/[\n\r\u2028\u2029]/.test(text.slice(pos, close)))
                newline = true;
            pos = close + 2;
        }
        else if (ch === '"' || ch === "'" || ch === '`') {
            const str = readString(text, pos);
            if (!str)
                return undefined;
            push(ch === '`' ? 'template' : 'string', str.value, str.end);
        }
        else if ((end = matchAt(NAME, text, pos)) > 0) {
            const after = text.charCodeAt(end);
            if (after === 0x5c || (after > 0x7f && !SPACE.has(after) && !LINE_BREAK.has(after)))
                return undefined; // TypeScript reads on
            push('name', text.slice(pos, end), end);
        }
        else if ((end = matchAt(NUMBER, text, pos)) > 0)
            push('number', text.slice(pos, end), end);
        else if (SINGLE.has(ch))
            push('punct', ch, pos + 1);
        else if (text.startsWith('...', pos))
            push('punct', '...', pos + 3);
        else if (ch === '.' && !/\d/.test(next ?? ''))
            push('punct', '.', pos + 1);
        // `a?.5:b` is a conditional, as TypeScript's scanner reads it.
        else if (ch === '?' && next === '.' && !/\d/.test(text[pos + 2] ?? ''))
            push('punct', '?.', pos + 2);
        else if ((ch === '?' && next === '?') || (ch === '|' && next === '|')) {
            if (text[pos + 2] === '=')
                return undefined;
            push('punct', ch + next, pos + 2);
        }
        else if (ch === '=' && next === '>')
            push('punct', '=>', pos + 2);
        else if ((ch === '!' || ch === '=' || ch === '*') && !/[=>*]/.test(next ?? ''))
            push('punct', ch, pos + 1);
        else if ((ch === '<' || ch === '>') && !/[<>=]/.test(next ?? ''))
            push('punct', ch, pos + 1);
        else
            return undefined;
    }
    push('eof', '', pos);
    return tokens;
}
/** The end of a sticky regular expression's match at `pos`, or -1. */
function matchAt(re, text, pos) {
    re.lastIndex = pos;
    return re.test(text) ? re.lastIndex : -1;
}
/** A quoted string or a template without `${`, cooked as TypeScript cooks it (`.text`). */
function readString(text, start) {
    const quote = text[start];
    let value = '';
    let pos = start + 1;
    while (pos < text.length) {
        const ch = text[pos];
        const code = text.charCodeAt(pos);
        if (ch === quote)
            return { value, end: pos + 1 };
        // Strings end at a line break; templates keep one, but TypeScript turns CRLF into LF there: decline.
        if (code === 0x0d || (quote !== '`' && LINE_BREAK.has(code)))
            return undefined;
        if (quote === '`' && ch === '$' && text[pos + 1] === '{')
            return undefined;
        if (ch !== '\\') {
            value += ch;
            pos++;
            continue;
        }
        const esc = readEscape(text, pos + 1, quote === '`');
        if (!esc)
            return undefined;
        value += esc.value;
        pos = esc.end;
    }
    return undefined;
}
function readEscape(text, pos, template) {
    const ch = text[pos];
    if (ch === undefined)
        return undefined;
    if (ch in ESCAPES)
        return { value: ESCAPES[ch], end: pos + 1 };
    if (ch === '0')
        return /\d/.test(text[pos + 1] ?? '') ? undefined : { value: '\0', end: pos + 1 };
    if (/[1-9]/.test(ch))
        return undefined; // legacy octal
    if (ch === '\r')
        return template ? undefined : { value: '', end: text[pos + 1] === '\n' ? pos + 2 : pos + 1 };
    if (LINE_BREAK.has(text.charCodeAt(pos)))
        return { value: '', end: pos + 1 }; // line continuation
    if (ch === 'x')
        return hex(text.slice(pos + 1, pos + 3), 2, pos + 3);
    if (ch !== 'u')
        return { value: ch, end: pos + 1 };
    if (text[pos + 1] !== '{')
        return hex(text.slice(pos + 1, pos + 5), 4, pos + 5);
    const close = text.indexOf('}', pos + 2);
    return close < 0 ? undefined : hex(text.slice(pos + 2, close), 0, close + 1);
}
function hex(digits, length, end) {
    if (!/^[0-9a-fA-F]+$/.test(digits) || (length > 0 && digits.length !== length) || digits.length > 8)
        return undefined;
    const code = parseInt(digits, 16);
    return code > 0x10ffff ? undefined : { value: String.fromCodePoint(code), end };
}

;// CONCATENATED MODULE: ./shared/prisma/config-syntax/token-cursor.ts
/** Thrown to decline a file: the caller falls back to the TypeScript compiler. */
const DECLINE = Symbol('decline');
/** Words that are never a plain identifier in an expression (JavaScript's reserved words, strict mode's). */
const RESERVED = new Set(('break case catch class const continue debugger default delete do else enum export extends false finally for function if import in ' +
    'instanceof new null return super switch this throw true try typeof var void while with implements interface let package private ' +
    'protected public static yield await').split(' '));
/** Contextual words that may start something other than an identifier (`async () =>`, `declare`, `type X =`). */
const CONTEXTUAL = new Set('abstract accessor async declare global module namespace type using as satisfies infer keyof readonly unique asserts is out override'.split(' '));
/** Walks the tokens; every unexpected token declines the whole file. */
class TokenCursor {
    tokens;
    pos = 0;
    constructor(tokens) {
        this.tokens = tokens;
    }
    peek(ahead = 0) {
        return this.tokens[Math.min(this.pos + ahead, this.tokens.length - 1)];
    }
    next() {
        return this.tokens[this.pos++] ?? decline();
    }
    /** The end of the last token consumed. */
    get lastEnd() {
        return this.tokens[this.pos - 1].end;
    }
    is(value, ahead = 0) {
        const t = this.peek(ahead);
        return (t.type === 'punct' || t.type === 'name') && t.value === value;
    }
    expect(value) {
        return this.is(value) ? this.next() : decline();
    }
    /** An identifier that binds or reads a variable (not a keyword, not a contextual word). */
    identifier() {
        const t = this.next();
        return t.type === 'name' && !RESERVED.has(t.value) && !CONTEXTUAL.has(t.value) ? t : decline();
    }
}
function decline() {
    throw DECLINE;
}

;// CONCATENATED MODULE: ./shared/prisma/config-syntax/parse-type.ts

/** Type keywords accepted in annotations, after `as` and after `satisfies`; every other type is a dotted name. */
const TYPE_KEYWORDS = new Set('any unknown never string number boolean bigint symbol object undefined null void const'.split(' '));
/** The types the subset reads: only their extent matters, since no type reaches the tree. */
class TypeParser extends TokenCursor {
    /** A keyword type, or a dotted name with type arguments (`Promise<string>`). */
    type() {
        const t = this.next();
        if (t.type !== 'name')
            decline();
        if (TYPE_KEYWORDS.has(t.value)) {
            if (this.is('.'))
                decline(); // `string.X` is a type reference TypeScript reads its own way
            return;
        }
        if (RESERVED.has(t.value) || CONTEXTUAL.has(t.value))
            decline();
        while (this.is('.')) {
            this.next();
            this.nameAfterDot();
        }
        // TypeScript reads `<` as type arguments only on the same line; after a break it is a comparison.
        if (!this.is('<') || this.peek().newline)
            return;
        this.next();
        for (;;) {
            // `const` is no start of a type, so TypeScript ends the list before it (`as A<const>`).
            if (this.is('const'))
                decline();
            this.type();
            if (!this.is(','))
                break;
            this.next();
        }
        this.expect('>');
    }
    /**
     * `a.\nb c` is `a.<missing>` then `b c` to TypeScript (it guesses the line is being typed), so a name on
     * the next line followed by another name on its own line is left to TypeScript.
     */
    nameAfterDot() {
        const name = this.next();
        if (name.type !== 'name' || (name.newline && this.peek().type === 'name' && !this.peek().newline))
            decline();
        return name;
    }
}

;// CONCATENATED MODULE: ./shared/prisma/config-syntax/queries.ts
/** The expression inside parentheses, `as T`, `satisfies T` and `x!`, which change no value. */
function unwrap(e) {
    while (e.kind === 'wrap')
        e = e.inner;
    return e;
}
/** The first property called `name`, written `name: value` or as a shorthand; spreads and methods are passed over. */
function property(obj, name) {
    for (const p of obj.props) {
        if (p.kind === 'assign' && p.key === name)
            return p.value;
        if (p.kind === 'shorthand' && p.value.name === name)
            return p.value;
    }
    return undefined;
}
/** `NAME` of `env('NAME')` when `env` is a local name of prisma's env(). */
function envCallName(e, envNames) {
    if (e.kind !== 'call' || e.callee.kind !== 'ident' || !envNames.has(e.callee.name))
        return undefined;
    const arg = e.args[0];
    return arg?.kind === 'string' ? arg.value : undefined;
}
/** `X` of `process.env.X` or `process.env['X']`. */
function processEnvName(e) {
    const isProcessEnv = (x) => x.kind === 'member' && x.name === 'env' && x.object.kind === 'ident' && x.object.name === 'process';
    if (e.kind === 'member' && isProcessEnv(e.object))
        return e.name;
    if (e.kind === 'index' && isProcessEnv(e.object) && e.index.kind === 'string' && !e.index.template)
        return e.index.value;
    return undefined;
}
/** `__dirname` or `import.meta.dirname`: the config file's directory. */
function isDirname(e) {
    if (e.kind === 'ident')
        return e.name === '__dirname';
    return e.kind === 'member' && e.name === 'dirname' && e.object.kind === 'meta';
}
/** `path.join(...)`, `path.resolve(...)`, or `join`/`resolve` imported bare. */
function isPathCall(callee) {
    const name = callee.kind === 'member' ? callee.name : callee.kind === 'ident' ? callee.name : '';
    return name === 'join' || name === 'resolve';
}

;// CONCATENATED MODULE: ./shared/prisma/config-syntax/parse-expression.ts



/**
 * Expressions of the subset: literals, identifiers, `import.meta`, arrays, object literals, member, index
 * and call chains (optional ones too), `new`, `!x`, `??`/`||`, parentheses, `as T`/`satisfies T`/`x!`,
 * and functions (parse-function.ts). Precedence and ASI follow TypeScript's parser: `as` binds tighter
 * than `??`, needs no line break before it, and ends the left-hand side (`x as T\n(y)` is two statements).
 */
class ExpressionParser extends TypeParser {
    calls = [];
    /** Marks the calls recorded since `mark` as running only when `test` is truthy (or falsy, `negated`). */
    callsUnder(mark, test, negated) {
        const e = unwrap(test);
        const name = processEnvName(e);
        const when = { ...(name !== undefined ? { env: name } : {}), negated, start: test.start, end: test.end };
        for (const c of this.calls.slice(mark))
            c.when = [when, ...(c.when ?? [])];
    }
    /** An assignment expression, as TypeScript names it: where an arrow function may stand. */
    expression() {
        const arrow = this.arrowFunction();
        if (arrow)
            return arrow;
        let left = this.asExpression();
        const op = this.peek().value;
        if (!this.is('??') && !this.is('||'))
            return left;
        while (this.is(op)) {
            this.next();
            const mark = this.calls.length;
            const right = this.asExpression();
            this.callsUnder(mark, left, true); // the right side runs only when the left is empty
            left = { kind: 'binary', op: op, left, right, start: left.start, end: right.end };
        }
        return this.is('??') || this.is('||') ? decline() : left; // mixed without parentheses: TypeScript's own precedence
    }
    asExpression() {
        let e = this.unary();
        while ((this.is('as') || this.is('satisfies')) && !this.peek().newline) {
            this.next();
            this.type();
            e = { kind: 'wrap', inner: e, start: e.start, end: this.lastEnd };
        }
        return e;
    }
    /** `!x`, which binds looser than member access and calls (`!a.b()`) and tighter than `as`. */
    unary() {
        if (!this.is('!'))
            return this.postfix(this.primary());
        const start = this.next().start;
        return { kind: 'other', start, end: this.unary().end };
    }
    primary() {
        const t = this.peek();
        if (t.type === 'string' || t.type === 'template') {
            this.next();
            return { kind: 'string', value: t.value, template: t.type === 'template', start: t.start, end: t.end };
        }
        if (t.type === 'number' || this.is('true') || this.is('false') || this.is('null')) {
            this.next();
            return { kind: 'other', start: t.start, end: t.end };
        }
        if (this.is('import')) {
            this.next();
            this.expect('.');
            this.expect('meta');
            return { kind: 'meta', start: t.start, end: this.lastEnd };
        }
        if (this.is('(')) {
            this.next();
            const inner = this.expression();
            return { kind: 'wrap', inner, start: t.start, end: this.expect(')').end };
        }
        if (this.is('[')) {
            this.next();
            this.list(']', () => this.argument());
            return { kind: 'other', start: t.start, end: this.lastEnd };
        }
        if (this.is('{'))
            return this.object();
        if (this.is('new'))
            return this.newExpression();
        return this.functionExpression() ?? this.ident(this.identifier());
    }
    /** Member, index and call chains; under `new` the first argument list ends the chain, and `?.` is an error. */
    postfix(e, callable = true) {
        for (;;) {
            const t = this.peek();
            if (t.type === 'template')
                decline(); // a tagged template
            const chained = this.is('?.');
            if (chained && !callable)
                decline();
            if (chained)
                this.next();
            if (this.is('[')) {
                this.next();
                const index = this.expression();
                e = { kind: 'index', object: e, index, start: e.start, end: this.expect(']').end };
            }
            else if (this.is('(') && callable) {
                this.next();
                e = this.call(e, this.list(')', () => this.argument()));
            }
            else if (this.is('.') || chained) {
                if (!chained)
                    this.next();
                const name = this.nameAfterDot();
                e = { kind: 'member', object: e, name: name.value, start: e.start, end: name.end };
            }
            else if (this.is('!') && !t.newline) {
                e = { kind: 'wrap', inner: e, start: e.start, end: this.next().end };
            }
            else
                return e;
        }
    }
    /** `new X.y[z](args)` and `new X`, whose calls inside are kept like any others. */
    newExpression() {
        const start = this.next().start;
        // `new.target`; and TypeScript reads `import.meta` only outside `new` (`new import.meta.X()` is an error).
        if (this.is('.') || this.is('import'))
            decline();
        this.postfix(this.primary(), false);
        if (this.is('(')) {
            this.next();
            this.list(')', () => this.argument());
        }
        return { kind: 'other', start, end: this.lastEnd };
    }
    call(callee, args) {
        const e = { kind: 'call', callee, args, start: callee.start, end: this.lastEnd };
        const first = args[0];
        if (callee.kind === 'ident' && first?.kind === 'string')
            this.calls.push({ callee: callee.name, arg: first.value, start: e.start, end: e.end });
        return e;
    }
    argument() {
        if (!this.is('...'))
            return this.expression();
        const start = this.next().start;
        this.expression();
        return { kind: 'other', start, end: this.lastEnd };
    }
    object() {
        const start = this.next().start;
        const props = this.list('}', () => {
            if (this.is('...')) {
                this.argument();
                return { kind: 'other' };
            }
            if (this.method())
                return { kind: 'other' };
            const key = this.peek();
            if (key.type === 'string' || (key.type === 'name' && this.is(':', 1))) {
                this.next();
                this.expect(':');
                return { kind: 'assign', key: key.value, value: this.expression() };
            }
            return this.is(',', 1) || this.is('}', 1) ? { kind: 'shorthand', value: this.ident(this.identifier()) } : decline();
        });
        return { kind: 'object', props, start, end: this.lastEnd };
    }
    /** Items up to `close`, separated by commas, a trailing comma allowed; consumes `close`. */
    list(close, item) {
        const items = [];
        while (!this.is(close)) {
            items.push(item());
            if (!this.is(close))
                this.expect(',');
        }
        this.next();
        return items;
    }
    ident(t) {
        return { kind: 'ident', name: t.value, start: t.start, end: t.end };
    }
}

;// CONCATENATED MODULE: ./shared/prisma/config-syntax/parse-function.ts


/**
 * Functions: arrow functions, function expressions and declarations, object methods. Each is one `other`
 * node; its body runs later, if ever, so nothing in it is kept (TypeScript's front end skips function-like
 * nodes). The body is still parsed, not skipped by brackets: in broken code TypeScript's error recovery
 * may end a function before its matching brace (`f(() => { g(a; b) }, h())` ends at `b`), and only a
 * parse of the body can tell it is not broken.
 */
class FunctionParser extends ExpressionParser {
    /**
     * `x => …`, `async x => …`, `(a, b: T = 'd'): R => …`, `async () => {…}`. As TypeScript does, a
     * parenthesis is an arrow's when its match is followed by `=>`, by `:` (a return type), or by `{` (an
     * arrow missing its `=>`, which is left to TypeScript).
     */
    arrowFunction() {
        const start = this.peek().start;
        const modifier = this.is('async') && !this.peek(1).newline ? 1 : 0;
        const simple = this.peek(modifier).type === 'name' && this.is('=>', modifier + 1);
        if (!simple) {
            if (!this.is('(', modifier))
                return undefined;
            const after = this.afterParentheses(this.pos + modifier);
            const follows = (value) => after?.type === 'punct' && after.value === value;
            if (follows('{'))
                decline();
            if (!follows('=>') && !follows(':'))
                return modifier ? decline() : undefined; // `async (x)` is a call
        }
        this.pos += modifier;
        const mark = this.calls.length;
        if (simple)
            this.identifier();
        else {
            this.parameters();
            this.returnType();
        }
        if (this.peek().newline)
            decline(); // TypeScript reads on, but reports the line break
        this.expect('=>');
        if (this.is('{'))
            this.block(true);
        else
            this.expression();
        this.calls.length = mark;
        return { kind: 'other', start, end: this.lastEnd };
    }
    /** `function [name](…) {…}` or `async function …`, with no `*`. */
    functionExpression() {
        if (!this.isFunctionStart())
            return undefined;
        const start = this.peek().start;
        this.functionDeclaration(true);
        return { kind: 'other', start, end: this.lastEnd };
    }
    /** `async` is a modifier only before `function` on the same line. */
    isFunctionStart(ahead = 0) {
        return this.is('function', ahead) || (this.is('async', ahead) && this.is('function', ahead + 1) && !this.peek(ahead + 1).newline);
    }
    /** A declaration's name is optional only after `export default`, an expression's always. */
    functionDeclaration(nameOptional) {
        if (this.is('async'))
            this.next();
        this.expect('function');
        if (!nameOptional || !this.is('('))
            this.identifier();
        this.functionRest();
    }
    /**
     * `name() {}`, `async name() {}`, `get name() {}`, `set name(v) {}`, read whole when one starts here.
     * TypeScript takes `async` as a modifier only before a name on the same line, `get`/`set` on any line.
     */
    method() {
        const named = (ahead) => ['name', 'string'].includes(this.peek(ahead).type) && this.is('(', ahead + 1);
        const modifier = this.is('get') || this.is('set') || (this.is('async') && !this.peek(1).newline);
        const skip = named(0) ? 1 : modifier && named(1) ? 2 : 0;
        if (skip === 0)
            return false;
        this.pos += skip;
        this.functionRest();
        return true;
    }
    functionRest() {
        const mark = this.calls.length;
        this.parameters();
        this.returnType();
        this.block(true);
        this.calls.length = mark;
    }
    /** `(a, b: T, c = 'd')`; rest parameters, optional ones and destructuring are left to TypeScript. */
    parameters() {
        this.expect('(');
        this.list(')', () => {
            this.identifier();
            if (this.is(':')) {
                this.next();
                this.type();
            }
            if (this.is('=')) {
                this.next();
                this.expression();
            }
        });
    }
    returnType() {
        if (!this.is(':'))
            return;
        this.next();
        this.type();
    }
    /** The token after the parenthesis that closes the one at `index`, or undefined at the end of the file. */
    afterParentheses(index) {
        let depth = 0;
        for (let i = index; i < this.tokens.length; i++) {
            const t = this.tokens[i];
            if (t.type !== 'punct')
                continue;
            if (t.value === '(')
                depth++;
            else if (t.value === ')' && --depth === 0)
                return this.tokens[i + 1];
        }
        return undefined;
    }
}

;// CONCATENATED MODULE: ./shared/prisma/config-syntax/parse-statement.ts


/**
 * Statements other than imports and exports: declarations, expression statements, blocks, `if`/`else`,
 * `try`/`catch`/`finally`, `throw`, and `return` in a function body. Inside a block nothing but the calls
 * is kept: its declarations are not the file's top-level consts.
 */
class StatementParser extends FunctionParser {
    inFunction = false;
    block(functionBody = false) {
        const outer = this.inFunction;
        this.inFunction = outer || functionBody;
        this.expect('{');
        while (!this.is('}'))
            this.statement();
        this.next();
        this.inFunction = outer;
    }
    statement() {
        const t = this.peek();
        if (this.is(';'))
            this.next();
        else if (this.is('{'))
            this.block();
        else if (this.isVariables())
            this.variables(t.start);
        else if (this.isFunctionStart())
            this.functionDeclaration(false);
        else if (this.is('if'))
            this.ifStatement();
        else if (this.is('try'))
            this.tryStatement();
        else if (this.is('throw')) {
            this.next();
            if (this.peek().newline)
                decline(); // an error TypeScript recovers from
            this.expression();
            this.end();
        }
        else if (this.is('return') && this.inFunction) {
            this.next();
            if (!this.atStatementEnd())
                this.expression(); // `return\nx` returns nothing, as ASI has it
            this.end();
        }
        else {
            // A statement starting with `(` or `[` is rarely a config's; a keyword's is not in the subset.
            if (t.type !== 'name')
                decline();
            this.expression(); // `dotenv.config()`, `config({ path: '../.env' })`
            this.end();
        }
    }
    ifStatement() {
        this.next();
        this.expect('(');
        const test = this.expression();
        this.expect(')');
        const mark = this.calls.length;
        this.statement();
        this.callsUnder(mark, test, false);
        if (!this.is('else'))
            return;
        this.next();
        const elseMark = this.calls.length;
        this.statement();
        this.callsUnder(elseMark, test, true);
    }
    /** `try {…} catch (e: unknown) {…} finally {…}`; without a catch clause the finally block is required. */
    tryStatement() {
        this.next();
        this.block();
        const caught = this.is('catch');
        if (caught) {
            this.next();
            if (this.is('(')) {
                this.next();
                this.identifier();
                if (this.is(':')) {
                    this.next();
                    this.type();
                }
                this.expect(')');
            }
            this.block();
        }
        if (caught && !this.is('finally'))
            return;
        this.expect('finally');
        this.block();
    }
    isVariables() {
        return this.is('const') || this.is('let') || this.is('var');
    }
    variables(start) {
        this.next();
        const declarations = [];
        for (;;) {
            const name = this.identifier();
            if (this.is(':')) {
                this.next();
                this.type();
            }
            if (this.is('=')) {
                this.next();
                declarations.push({ name: name.value, init: this.expression() });
            }
            if (!this.is(','))
                break;
            this.next();
        }
        return { kind: 'variables', declarations, start, end: this.end() };
    }
    /** Ends a statement at `;`, or where TypeScript inserts one: before a line break, a `}`, or the end of the file. */
    end() {
        if (this.is(';'))
            return this.next().end;
        return this.atStatementEnd() ? this.lastEnd : decline();
    }
    atStatementEnd() {
        const t = this.peek();
        return this.is(';') || this.is('}') || t.type === 'eof' || t.newline;
    }
}

;// CONCATENATED MODULE: ./shared/prisma/config-syntax/parse-fast.ts



/**
 * The config's syntax tree without the TypeScript compiler, which costs ~160 ms to load: nearly every
 * prisma.config.ts is imports, consts, maybe `dotenv.config()`, and `export default defineConfig({...})`.
 * Functions, `try`, `if` and `new` are read too. Returns undefined for anything outside that subset
 * (classes, loops, most operators, `${}` templates, ...), and the caller asks TypeScript instead:
 * declining is always safe, a wrong tree is not.
 */
function parseFast(text) {
    const tokens = tokenize(text);
    if (!tokens)
        return undefined;
    try {
        return new ProgramParser(tokens).program();
    }
    catch (e) {
        if (e === DECLINE || e instanceof RangeError)
            return undefined; // RangeError: nesting deeper than the stack
        throw e;
    }
}
class ProgramParser extends StatementParser {
    program() {
        const statements = [];
        while (this.peek().type !== 'eof')
            statements.push(this.topLevelStatement());
        return { statements, calls: this.calls.sort((a, b) => a.start - b.start) };
    }
    topLevelStatement() {
        const start = this.peek().start;
        if (this.is('import'))
            return this.importDeclaration(start);
        if (this.is('export') && this.is('default', 1) && this.isFunctionStart(2)) {
            this.pos += 2;
            this.functionDeclaration(true); // a declaration, where `export default (function () {})` is an expression
            return { kind: 'other', start, end: this.lastEnd };
        }
        if (this.is('export') && (this.is('default', 1) || this.is('=', 1)))
            return this.exportAssignment(start, 2);
        if (this.is('export')) {
            this.next();
            if (!this.isFunctionStart() && !this.isVariables())
                decline(); // `export { a }`, `export class`, ...
        }
        if (this.isVariables())
            return this.variables(start);
        this.statement();
        return { kind: 'other', start, end: this.lastEnd };
    }
    /** `import 'm'`, `import x from 'm'`, `import * as x from 'm'`, `import x, { a as b, type C } from 'm'`, `import type ...`. */
    importDeclaration(start) {
        this.next();
        const named = [];
        if (this.peek().type !== 'string') {
            if (this.is('type') && (this.is('{', 1) || this.is('*', 1) || (this.peek(1).type === 'name' && !this.is('from', 1))))
                this.next();
            let clause = this.is('{') || this.is('*');
            if (!clause) {
                this.binding();
                clause = this.is(',');
                if (clause)
                    this.next();
            }
            if (clause && this.is('*')) {
                this.next();
                this.expect('as');
                this.binding();
            }
            else if (clause) {
                this.expect('{');
                while (!this.is('}')) {
                    named.push(this.specifier());
                    if (!this.is('}'))
                        this.expect(',');
                }
                this.next();
            }
            this.expect('from');
        }
        const from = this.next();
        if (from.type !== 'string')
            decline();
        return { kind: 'import', from: from.value, named, start, end: this.end() };
    }
    /** `a`, `a as b`, `type a`, `type a as b`; `type` and `as` as names themselves are left to TypeScript. */
    specifier() {
        const words = [];
        while (this.peek().type === 'name')
            words.push(this.next().value);
        if (words[0] === 'type')
            words.shift();
        const [imported, as, local] = words;
        const plain = (w) => w !== undefined && w !== 'type' && w !== 'as';
        if (words.length === 1 && plain(imported) && !RESERVED.has(imported))
            return { imported, local: imported };
        if (words.length === 3 && plain(imported) && as === 'as' && plain(local) && !RESERVED.has(local))
            return { imported, local };
        return decline();
    }
    binding() {
        if (this.is('from') || this.is('type'))
            decline();
        this.identifier();
    }
    exportAssignment(start, keywords) {
        for (let i = 0; i < keywords; i++)
            this.next();
        const expression = this.expression();
        return { kind: 'export', expression, start, end: this.end() };
    }
}

;// CONCATENATED MODULE: ./shared/prisma/typescript.ts
/**
 * The TypeScript compiler, required on first use: evaluating it costs ~200 ms, and only a prisma.config.ts
 * or a module that constructs a PrismaClient needs parsing. Import the types with `import type ts`.
 */
function typescript() {
    return __webpack_require__(5116);
}

;// CONCATENATED MODULE: ./shared/prisma/config-syntax/from-typescript.ts

/**
 * The config's syntax tree from the TypeScript compiler: the slow front end (~160 ms to load the
 * compiler), used only when parse-fast.ts declines a file. It reads every file TypeScript can parse.
 */
function fromTypeScript(file, text) {
    const ts = typescript();
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const span = (node) => ({ start: node.getStart(source), end: node.getEnd() });
    const expr = (e) => {
        const at = span(e);
        if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e))
            return { kind: 'string', value: e.text, template: !ts.isStringLiteral(e), ...at };
        if (ts.isIdentifier(e))
            return { kind: 'ident', name: e.text, ...at };
        if (ts.isMetaProperty(e))
            return { kind: 'meta', ...at };
        if (ts.isPropertyAccessExpression(e))
            return { kind: 'member', object: expr(e.expression), name: e.name.text, ...at };
        if (ts.isElementAccessExpression(e))
            return { kind: 'index', object: expr(e.expression), index: expr(e.argumentExpression), ...at };
        if (ts.isCallExpression(e))
            return { kind: 'call', callee: expr(e.expression), args: e.arguments.map(expr), ...at };
        if (ts.isObjectLiteralExpression(e))
            return { kind: 'object', props: e.properties.map(prop), ...at };
        if (ts.isBinaryExpression(e)) {
            const op = e.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken ? '??' : e.operatorToken.kind === ts.SyntaxKind.BarBarToken ? '||' : undefined;
            if (op)
                return { kind: 'binary', op, left: expr(e.left), right: expr(e.right), ...at };
        }
        if (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e) || ts.isNonNullExpression(e))
            return { kind: 'wrap', inner: expr(e.expression), ...at };
        return { kind: 'other', ...at };
    };
    const prop = (p) => {
        if (ts.isPropertyAssignment(p))
            return { kind: 'assign', key: ts.isIdentifier(p.name) || ts.isStringLiteral(p.name) ? p.name.text : undefined, value: expr(p.initializer) };
        if (ts.isShorthandPropertyAssignment(p))
            return { kind: 'shorthand', value: { kind: 'ident', name: p.name.text, ...span(p.name) } };
        return { kind: 'other' };
    };
    const statement = (stmt) => {
        const at = span(stmt);
        if (ts.isImportDeclaration(stmt)) {
            const bindings = stmt.importClause?.namedBindings;
            const named = bindings && ts.isNamedImports(bindings) ? bindings.elements.map((el) => ({ imported: (el.propertyName ?? el.name).text, local: el.name.text })) : [];
            return { kind: 'import', from: ts.isStringLiteral(stmt.moduleSpecifier) ? stmt.moduleSpecifier.text : undefined, named, ...at };
        }
        if (ts.isVariableStatement(stmt)) {
            const declarations = stmt.declarationList.declarations.flatMap((d) => (ts.isIdentifier(d.name) && d.initializer ? [{ name: d.name.text, init: expr(d.initializer) }] : []));
            return { kind: 'variables', declarations, ...at };
        }
        if (ts.isExportAssignment(stmt))
            return { kind: 'export', expression: expr(stmt.expression), ...at };
        return { kind: 'other', ...at };
    };
    // What a condition tests, when it is the truthiness of one `process.env.NAME`.
    const condition = (e, negated) => {
        let x = e;
        while (ts.isParenthesizedExpression(x) || ts.isAsExpression(x) || ts.isNonNullExpression(x) || ts.isSatisfiesExpression(x))
            x = x.expression;
        // `!x` stays unknown, as parse-fast.ts keeps no operand for it (front-ends.test.ts holds the two equal).
        const name = processEnvKey(x);
        return { ...(name !== undefined ? { env: name } : {}), negated, ...span(e) };
    };
    const processEnvKey = (x) => {
        const isProcessEnv = (o) => ts.isPropertyAccessExpression(o) && o.name.text === 'env' && ts.isIdentifier(o.expression) && o.expression.text === 'process';
        if (ts.isPropertyAccessExpression(x) && isProcessEnv(x.expression))
            return x.name.text;
        if (ts.isElementAccessExpression(x) && isProcessEnv(x.expression) && ts.isStringLiteral(x.argumentExpression))
            return x.argumentExpression.text;
        return undefined;
    };
    const calls = [];
    const visit = (node, when) => {
        if (ts.isFunctionLike(node))
            return; // bodies run later, if ever: not at load
        if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
            const arg = node.arguments[0];
            if (arg && (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)))
                calls.push({ callee: node.expression.text, arg: arg.text, ...span(node), ...(when.length > 0 ? { when } : {}) });
        }
        // Short-circuits and branches: the part after the condition runs only when the condition allows it.
        if (ts.isBinaryExpression(node)) {
            const op = node.operatorToken.kind;
            if (op === ts.SyntaxKind.AmpersandAmpersandToken || op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken) {
                visit(node.left, when);
                // `??` runs the right side when the left is nullish; read as "when it is not set", like `||`.
                visit(node.right, [...when, condition(node.left, op !== ts.SyntaxKind.AmpersandAmpersandToken)]);
                return;
            }
        }
        if (ts.isConditionalExpression(node)) {
            visit(node.condition, when);
            visit(node.whenTrue, [...when, condition(node.condition, false)]);
            visit(node.whenFalse, [...when, condition(node.condition, true)]);
            return;
        }
        if (ts.isIfStatement(node)) {
            visit(node.expression, when);
            visit(node.thenStatement, [...when, condition(node.expression, false)]);
            if (node.elseStatement)
                visit(node.elseStatement, [...when, condition(node.expression, true)]);
            return;
        }
        ts.forEachChild(node, (child) => visit(child, when));
    };
    visit(source, []);
    return { statements: source.statements.map(statement), calls };
}

;// CONCATENATED MODULE: ./shared/prisma/read-config.ts




/** Stands for the config file's own directory (`__dirname`, `import.meta.dirname`) until paths are resolved. */
const CONFIG_DIR = '\u0000CONFIG_DIR';
const LOADS_DOTENV = /\bdotenv\b[\s\S]*\.config\(|loadEnvFile\(/;
/** Deeper than any config is written; ends cycles such as `const a = b; const b = a`. */
const MAX_DEPTH = 20;
/**
 * Reads prisma.config.ts without running it: Bickford must not execute repository code to find a schema,
 * and running it would need the repository's `prisma/config` installed. It follows what configs are
 * written with in practice (literals, `path.join(__dirname, …)`, `env('X')`, `process.env.X ?? 'y'`,
 * top-level consts); anything else becomes an `unknown` value that the caller reports at its location.
 * The hand-written parser reads the common shapes; only the others load the TypeScript compiler (~160 ms).
 * https://www.prisma.io/docs/orm/reference/prisma-config-reference
 */
function readPrismaConfig(file, text) {
    return evaluateConfig(file, text, parseFast(text) ?? fromTypeScript(file, text));
}
/** What a config's syntax tree says, whichever front end built it. */
function evaluateConfig(file, text, program) {
    const lines = new positions/* LineIndex */.r(text);
    const loc = (node) => lines.locationOfChars(file, node.start, node.end);
    const envNames = new Set(); // local names bound to prisma's env()
    const consts = new Map();
    let loadsDotenv = false;
    let root;
    const dotenvConfig = []; // local names of `import { config } from 'dotenv'`
    for (const stmt of program.statements) {
        if (stmt.kind === 'import' && stmt.from !== undefined) {
            if (stmt.from === 'dotenv/config' || stmt.from === 'dotenv/config.js')
                loadsDotenv = true;
            if (stmt.from === 'dotenv')
                for (const b of stmt.named)
                    if (b.imported === 'config')
                        dotenvConfig.push(b.local);
            if (stmt.from === 'prisma/config' || stmt.from === '@prisma/config')
                for (const b of stmt.named)
                    if (b.imported === 'env')
                        envNames.add(b.local);
        }
        else if (stmt.kind === 'variables') {
            for (const d of stmt.declarations)
                consts.set(d.name, d.init);
        }
        else if (stmt.kind === 'export') {
            // Only consts declared above it: one declared below is in its temporal dead zone when the export runs.
            root = configObject(stmt.expression, consts);
        }
        if (stmt.kind !== 'import' && loadsEnvFile(text.slice(stmt.start, stmt.end), dotenvConfig))
            loadsDotenv = true;
    }
    const envCalls = program.calls.filter((c) => envNames.has(c.callee)).map((c) => ({ name: c.arg, location: loc(c), ...(c.when ? { when: c.when.map((w) => ({ env: w.env, negated: w.negated, text: text.slice(w.start, w.end) })) } : {}) }));
    const evaluate = (expr, depth = 0) => {
        const location = loc(expr);
        const unknown = { kind: 'unknown', text: text.slice(expr.start, expr.end), location };
        if (depth > MAX_DEPTH)
            return unknown;
        const e = unwrap(expr);
        if (e.kind === 'string')
            return { kind: 'literal', value: e.value, location };
        const envName = envCallName(e, envNames);
        if (envName !== undefined)
            return { kind: 'env', name: envName, location };
        if (isDirname(e))
            return { kind: 'literal', value: CONFIG_DIR, location };
        if (e.kind === 'ident' && consts.has(e.name))
            return { ...evaluate(consts.get(e.name), depth + 1), location };
        const processEnv = processEnvName(e);
        if (processEnv !== undefined)
            return { kind: 'env', name: processEnv, location };
        if (e.kind === 'binary') {
            const left = evaluate(e.left, depth + 1);
            const right = evaluate(e.right, depth + 1);
            if (left.kind === 'env' && right.kind === 'literal')
                return { ...left, fallback: right.value, location };
        }
        if (e.kind === 'call' && isPathCall(e.callee)) {
            const parts = e.args.map((a) => evaluate(a, depth + 1));
            if (parts.every((p) => p.kind === 'literal'))
                return { kind: 'literal', value: joinPosix(parts.map((p) => p.value)), location };
        }
        return unknown;
    };
    const info = { file, envCalls, loadsDotenv };
    if (!root)
        return info;
    const schema = property(root, 'schema');
    if (schema)
        info.schema = evaluate(schema);
    const migrations = objectAt(root, 'migrations', consts);
    const migrationsPath = migrations && property(migrations, 'path');
    if (migrationsPath)
        info.migrationsPath = evaluate(migrationsPath);
    const datasource = objectAt(root, 'datasource', consts);
    const url = datasource && property(datasource, 'url');
    if (url)
        info.datasourceUrl = evaluate(url);
    const shadow = datasource && property(datasource, 'shadowDatabaseUrl');
    if (shadow)
        info.shadowDatabaseUrl = evaluate(shadow);
    return info;
}
/** `defineConfig({...})`, `{...} satisfies PrismaConfig`, or a const holding either. */
function configObject(expr, consts, depth = 0) {
    if (depth > MAX_DEPTH)
        return undefined;
    const e = unwrap(expr);
    if (e.kind === 'object')
        return e;
    if (e.kind === 'call' && e.args[0])
        return configObject(e.args[0], consts, depth + 1);
    if (e.kind === 'ident' && consts.has(e.name))
        return configObject(consts.get(e.name), consts, depth + 1);
    return undefined;
}
function objectAt(obj, name, consts) {
    const value = property(obj, name);
    return value ? configObject(value, consts) : undefined;
}
function joinPosix(parts) {
    const start = parts.map((p) => p.replace(/\\/g, '/')).lastIndexOf(CONFIG_DIR);
    return (start >= 0 ? parts.slice(start) : parts).map((p) => p.replace(/\\/g, '/')).filter((p) => p !== '').join('/');
}
/** `dotenv.config()`, `process.loadEnvFile()`, or a call of dotenv's `config` imported by name. */
function loadsEnvFile(statement, dotenvConfig) {
    return LOADS_DOTENV.test(statement) || dotenvConfig.some((name) => new RegExp(`(^|[^\\w$.])${name.replace(/\$/g, '\\$')}\\s*\\(`).test(statement));
}

;// CONCATENATED MODULE: ./shared/prisma/config-env.ts
/**
 * The variables prisma.config.ts would see: the job's environment, plus the package's .env when the
 * config loads dotenv (Prisma 7 no longer loads .env itself; dotenv never overrides a set variable).
 */
function configEnv(fs, config, env) {
    if (!config.loadsDotenv)
        return env;
    const dir = config.file.includes('/') ? config.file.slice(0, config.file.lastIndexOf('/')) : '.';
    const file = dir === '.' ? '.env' : `${dir}/.env`;
    if (!fs.isFile(file))
        return env;
    return { ...parseDotenv(fs.readText(file)), ...definedOnly(env) };
}
/** The KEY=value lines of a .env file, quotes removed; enough for the values Prisma configs read. */
function parseDotenv(text) {
    const out = {};
    for (const raw of text.split(/\r?\n/)) {
        const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*?)\s*$/.exec(raw);
        if (!m)
            continue;
        let value = m[2];
        const q = value[0];
        if ((q === '"' || q === "'" || q === '`') && value.endsWith(q) && value.length >= 2)
            value = value.slice(1, -1);
        else
            value = value.replace(/\s+#.*$/, '');
        out[m[1]] = value;
    }
    return out;
}
function definedOnly(env) {
    const out = {};
    for (const [k, v] of Object.entries(env))
        if (v !== undefined)
            out[k] = v;
    return out;
}
/** The string a config value stands for in this environment, or undefined when it cannot be known. */
function config_env_valueOf(value, env) {
    if (!value)
        return undefined;
    if (value.kind === 'literal')
        return value.value;
    if (value.kind === 'env')
        return env[value.name] || value.fallback;
    return undefined;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./shared/prisma/paths.ts


/** Parent directory of a repository-relative path, `.` at the top. */
function dirOf(rel) {
    const d = external_node_path_.posix.dirname(rel);
    return d === '' ? '.' : d;
}
/** Joins repository-relative segments, normalised, `.` for the root. */
function joinRel(...parts) {
    const j = external_node_path_.posix.normalize(external_node_path_.posix.join(...parts));
    return j === '' || j === './' ? '.' : j.replace(/\/$/, '');
}
/**
 * A path written in a config file, made repository-relative. Prisma resolves config paths against the
 * config file's directory; `__dirname` (CONFIG_DIR) is that directory too.
 */
function resolveFrom(baseDir, written) {
    const rest = written.startsWith(CONFIG_DIR) ? written.slice(CONFIG_DIR.length).replace(/^\//, '') : written;
    return joinRel(baseDir, rest || '.');
}
/** Whether a resolved path stays inside the repository. */
function insideRepo(rel) {
    return rel !== '..' && !rel.startsWith('../') && !external_node_path_.posix.isAbsolute(rel);
}

;// CONCATENATED MODULE: ./shared/prisma/node-modules.ts

/** Where Node would resolve a package from a directory: the nearest node_modules/<name> walking up. */
function resolvePackageDir(fs, fromDir, name) {
    for (let dir = fromDir;; dir = dirOf(dir)) {
        const candidate = joinRel(dir, 'node_modules', name);
        if (fs.isFile(joinRel(candidate, 'package.json')))
            return candidate;
        if (dir === '.')
            return undefined;
    }
}
/** The `version` of an installed package, resolved from a directory. */
function installedVersion(fs, fromDir, name) {
    const dir = resolvePackageDir(fs, fromDir, name);
    if (!dir)
        return undefined;
    try {
        const v = JSON.parse(fs.readText(joinRel(dir, 'package.json'))).version;
        return typeof v === 'string' ? v : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./shared/prisma/prisma-version.ts


const NAMES = ['prisma', '@prisma/client'];
/**
 * The Prisma major version a package uses: the installed CLI first (what `prisma validate` would run),
 * then the package.json ranges from the package up to the root, then the lockfile. Majors after 7 are
 * validated as 7, the nearest rules this build ships; majors before 6 keep `foundMajor` so the guard can
 * say it has no rules for them (Prisma 6's rules give advice Prisma 5 rejects).
 */
function detectPrismaVersion(fs, packageDir) {
    for (const name of NAMES) {
        const v = installedVersion(fs, packageDir, name);
        if (v)
            return { major: toMajor(v), foundMajor: majorOf(v), version: v, source: `node_modules/${name} (installed)` };
    }
    for (let dir = packageDir;; dir = dirOf(dir)) {
        const file = joinRel(dir, 'package.json');
        const range = dependencyRange(fs, file);
        if (range)
            return { major: toMajor(range), foundMajor: majorOf(range), version: range, source: file };
        if (dir === '.')
            break;
    }
    const locked = lockedVersion(fs);
    if (locked)
        return { major: toMajor(locked.version), foundMajor: majorOf(locked.version), version: locked.version, source: locked.file };
    return { major: 7, foundMajor: 7, source: 'no prisma dependency found; assuming Prisma 7' };
}
function dependencyRange(fs, file) {
    if (!fs.isFile(file))
        return undefined;
    try {
        const pkg = JSON.parse(fs.readText(file));
        for (const field of ['devDependencies', 'dependencies', 'peerDependencies']) {
            for (const name of NAMES) {
                const r = pkg[field]?.[name];
                if (typeof r === 'string' && /\d/.test(r))
                    return r;
            }
        }
    }
    catch {
        /* a broken package.json is someone else's finding */
    }
    return undefined;
}
function lockedVersion(fs) {
    const patterns = [
        ['package-lock.json', /"node_modules\/prisma":\s*\{\s*"version":\s*"([^"]+)"/],
        ['pnpm-lock.yaml', /^\s+\/?prisma@(\d[^:(\s]*)/m],
        ['yarn.lock', /^"?prisma@[^\n]*\n\s+version:?\s+"?([^"\n]+)"?/m],
    ];
    for (const [file, re] of patterns) {
        if (!fs.isFile(file))
            continue;
        const m = re.exec(fs.readText(file));
        if (m)
            return { file, version: m[1] };
    }
    return undefined;
}
function toMajor(version) {
    return majorOf(version) <= 6 ? 6 : 7;
}
/** The first number of a version or range (`~5.22.0` is 5); 7 when there is none. */
function majorOf(version) {
    const m = /(\d+)\./.exec(version) ?? /(\d+)/.exec(version);
    return m ? Number(m[1]) : 7;
}

;// CONCATENATED MODULE: ./shared/prisma/script-schema.ts

/** A command word that runs Prisma's CLI: `prisma`, `./node_modules/.bin/prisma`, `prisma@6` (npx/pnpm dlx). */
const PRISMA_BIN = /^(?:.*\/)?prisma(?:@[^\s]*)?$/;
/**
 * The schema a package.json script passes to `prisma` with `--schema X` or `--schema=X`. Package managers
 * run scripts in the package's directory, which is where Prisma resolves the path. The first script
 * (in key order) that names one wins; a script without `prisma` as a command word is not read.
 */
function schemaFromScripts(fs, dir) {
    const file = joinRel(dir, 'package.json');
    if (!fs.isFile(file))
        return undefined;
    let scripts;
    try {
        scripts = JSON.parse(fs.readText(file)).scripts;
    }
    catch {
        return undefined; // the package.json reader reports it
    }
    if (!scripts || typeof scripts !== 'object')
        return undefined;
    for (const command of Object.values(scripts)) {
        if (typeof command !== 'string')
            continue;
        const named = schemaArgument(command);
        if (named !== undefined)
            return { path: joinRel(dir, named), source: 'script' };
    }
    return undefined;
}
/** The `--schema` value of the first `prisma` command in a shell line (`a && prisma generate --schema=x`). */
function schemaArgument(command) {
    for (const part of command.split(/&&|\|\||[;|]/)) {
        const words = part.trim().split(/\s+/).map(unquote);
        const at = words.findIndex((w) => PRISMA_BIN.test(w));
        if (at < 0)
            continue;
        for (let i = at + 1; i < words.length; i++) {
            if (words[i].startsWith('--schema='))
                return words[i].slice('--schema='.length) || undefined;
            if (words[i] === '--schema' && words[i + 1] && !words[i + 1].startsWith('-'))
                return words[i + 1];
        }
    }
    return undefined;
}
function unquote(word) {
    return /^(['"]).*\1$/.test(word) ? word.slice(1, -1) : word;
}

;// CONCATENATED MODULE: ./shared/prisma/find-projects.ts






/** Config file names Prisma 7 loads from the working directory, in its order. */
const CONFIG_NAMES = ['prisma.config.ts', 'prisma.config.mts', 'prisma.config.cts', 'prisma.config.js', 'prisma.config.mjs', 'prisma.config.cjs'];
/**
 * Prisma's default schema locations, relative to the package, in its order: checked with Prisma 6.19 and
 * 7.10's CLIs (`prisma validate` with both present loads `./schema.prisma`; see find-projects.test.ts).
 */
const DEFAULT_SCHEMAS = ['schema.prisma', 'prisma/schema.prisma'];
/** Folders whose .prisma files are copies (generated clients, build output), never sources. */
const GENERATED_SEGMENTS = new Set(['node_modules', '.prisma', 'generated', 'dist', 'build', '.next', '.turbo', 'out']);
/**
 * Finds every package with a Prisma schema the way Prisma itself would from that package's directory:
 * prisma.config.ts `schema`, then package.json `prisma.schema`, then prisma/schema.prisma and schema.prisma.
 * Problems are returned as data; nothing here throws for a user's mistake.
 */
function findPrismaProjects(fs, options = {}) {
    const dirs = new Set(['.']);
    for (const f of fs.glob(['**/package.json', ...CONFIG_NAMES.map((n) => `**/${n}`)], { ignore: options.ignore }))
        if (!isGenerated(f))
            dirs.add(dirOf(f));
    const looked = [];
    let problems = [];
    const bySchema = new Map();
    for (const dir of [...dirs].sort()) {
        const project = discoverPackage(fs, dir, options.env, looked, problems);
        if (project && !bySchema.has(project.schemaPath))
            bySchema.set(project.schemaPath, project);
        else if (project)
            problems.push(...project.problems); // a second config naming the same schema still loads, and may throw
    }
    let projects = [...bySchema.values()];
    let copies = [];
    if (options.schemas && options.schemas.length > 0)
        projects = canonicalOnly(fs, projects, options.schemas, problems);
    else
        ({ projects, copies } = oneCanonical(fs, projects));
    const loaded = new Set(projects.flatMap((p) => p.schemaFiles));
    // A folder named schema.prisma that the `schemas` input names is a project, not an odd default.
    const schemaPaths = new Set(projects.map((p) => p.schemaPath));
    problems = problems.filter((p) => !(p.kind === 'schema-missing' && p.location && schemaPaths.has(p.location.file)));
    const strays = fs.glob('**/*.prisma', { ignore: options.ignore }).filter((f) => !loaded.has(f) && !isGenerated(f));
    return { projects, strays, copies, problems, looked };
}
/**
 * The repository has one schema unless it says otherwise: every schema a prisma.config.* names is
 * canonical; without such a config the one schema a package finds by itself is, and any other package's
 * schema is a second copy (a stray). Preference among those: named (a script's `--schema`, package.json
 * `prisma.schema`) over default, then the one with migrations, then the first by path.
 */
function oneCanonical(fs, found) {
    const configured = found.filter((p) => p.schemaSource === 'prisma.config.ts');
    if (configured.length > 0)
        return { projects: configured, copies: found.filter((p) => !configured.includes(p)).map((p) => p.schemaPath) };
    if (found.length <= 1)
        return { projects: found, copies: [] };
    const rank = (p) => (p.schemaSource === 'default' ? 2 : 0) + (fs.isDirectory(p.migrationsDir) ? 0 : 1);
    const best = [...found].sort((a, b) => rank(a) - rank(b))[0];
    return { projects: [best], copies: found.filter((p) => p !== best).map((p) => p.schemaPath) };
}
function isGenerated(rel) {
    return rel.split('/').some((seg) => GENERATED_SEGMENTS.has(seg));
}
function discoverPackage(fs, dir, env, looked, problems) {
    const configFile = CONFIG_NAMES.map((n) => joinRel(dir, n)).find((f) => fs.isFile(f));
    const own = [];
    let config;
    let written;
    // Prisma's order: the --schema argument, prisma.config.ts `schema`, package.json `prisma.schema` (which
    // Prisma 7 no longer reads), then the defaults.
    written = schemaFromScripts(fs, dir);
    if (configFile) {
        config = readConfig(fs, configFile, own);
        if (config) {
            const fromConfig = schemaFromConfig(fs, config, env, own);
            written ??= fromConfig;
        }
    }
    if (!written && detectPrismaVersion(fs, dir).major <= 6)
        written = schemaFromPackageJson(fs, dir, own);
    let schemaPath;
    let source = 'default';
    if (written) {
        schemaPath = written.path;
        source = written.source;
        looked.push(schemaPath);
        if (!fs.exists(schemaPath)) {
            const namer = source === 'package.json' ? `${joinRel(dir, 'package.json')} \`prisma.schema\`` : source === 'script' ? `the \`--schema\` argument of a script in ${joinRel(dir, 'package.json')}` : configFile;
            own.push({ kind: 'schema-missing', message: `${namer} names the schema ${schemaPath}, which does not exist` });
            schemaPath = undefined;
        }
    }
    else {
        for (const candidate of DEFAULT_SCHEMAS.map((s) => joinRel(dir, s))) {
            looked.push(candidate);
            if (fs.isFile(candidate)) {
                schemaPath = candidate;
                break;
            }
        }
    }
    if (!schemaPath) {
        if (configFile || source === 'script')
            problems.push(...own);
        // Something other than a file where Prisma looks (a folder named schema.prisma, a dangling symlink) is reported
        // at its path, as an unreadable migration is: "no schema found" would send the user looking elsewhere.
        if (!written)
            problems.push(...oddDefaults(fs, dir));
        return undefined;
    }
    return makeProject(fs, { packageDir: dir, configFile, config, schemaSource: source, schemaPath, problems: own, env });
}
/** Default schema paths that exist as something other than a file. */
function oddDefaults(fs, dir) {
    return DEFAULT_SCHEMAS.map((s) => joinRel(dir, s))
        .filter((f) => fs.list(dirOf(f)).includes(f.slice(f.lastIndexOf('/') + 1)))
        .map((f) => ({
        kind: 'schema-missing',
        message: `${f} is ${fs.isDirectory(f) ? 'a folder' : 'not a readable file (a dangling symlink?)'}, where Prisma looks for the schema file`,
        location: { file: f, line: 1, column: 1 },
    }));
}
function makeProject(fs, seed) {
    const isFolder = fs.isDirectory(seed.schemaPath);
    const schemaFiles = isFolder ? fs.glob('**/*.prisma', { cwd: seed.schemaPath }).filter((f) => !isGenerated(f.slice(seed.schemaPath.length + 1))) : [seed.schemaPath];
    const schemaRootDir = isFolder ? seed.schemaPath : dirOf(seed.schemaPath);
    let migrationsDir = joinRel(schemaRootDir, 'migrations');
    let fromConfig = false;
    const configured = seed.config && config_env_valueOf(seed.config.migrationsPath, envFor(fs, seed.config, seed.env));
    if (seed.config?.migrationsPath?.kind === 'unknown') {
        seed.problems.push({ kind: 'config-unreadable', message: `cannot read migrations.path in ${seed.config.file} without running it (${seed.config.migrationsPath.text}); assuming ${migrationsDir}`, location: seed.config.migrationsPath.location });
    }
    else if (configured !== undefined) {
        migrationsDir = resolveFrom(dirOf(seed.config.file), configured);
        fromConfig = true;
        // `migrate dev` would create it, but drift and the immutability check would silently see "no migrations".
        if (!fs.isDirectory(migrationsDir)) {
            seed.problems.push({ kind: 'migrations-missing', message: `${seed.config.file} sets migrations.path to ${configured}, but ${migrationsDir} does not exist, so no migration can be checked for drift or edits`, location: seed.config.migrationsPath.location });
        }
    }
    const { env: _env, ...rest } = seed;
    return { ...rest, schemaKind: isFolder ? 'folder' : 'file', schemaFiles, schemaRootDir, migrationsDir, migrationsDirFromConfig: fromConfig };
}
function envFor(fs, config, env) {
    return env ? configEnv(fs, config, env) : {};
}
function readConfig(fs, file, problems) {
    try {
        return readPrismaConfig(file, fs.readText(file));
    }
    catch (e) {
        const reason = e instanceof repo_fs/* FileReadError */.tJ ? e.message : `cannot parse ${file}: ${e.message}`;
        problems.push({ kind: 'config-parse', message: reason, location: { file, line: 1, column: 1 } });
        return undefined;
    }
}
function schemaFromConfig(fs, config, env, problems) {
    if (env) {
        const seen = configEnv(fs, config, env);
        for (const call of config.envCalls) {
            if (seen[call.name])
                continue; // prisma/config env(): `if (!value) throw`, so an empty value throws too
            // Prisma runs the file: a call behind a condition on an unset variable never runs (and cannot throw).
            const runs = (call.when ?? []).map((c) => (c.env === undefined ? undefined : Boolean(seen[c.env]) !== c.negated));
            if (runs.includes(false))
                continue;
            const unknown = (call.when ?? []).filter((_, i) => runs[i] === undefined).map((c) => (c.negated ? `!(${c.text})` : c.text));
            problems.push({
                kind: 'config-throws',
                message: `${config.file} throws when loaded${unknown.length > 0 ? ` and ${unknown.join(' and ')} holds` : ''}: env('${call.name}') is called but ${call.name} is not set, so every prisma command fails (PrismaConfigEnvError)`,
                location: call.location,
            });
        }
    }
    const schema = config.schema;
    if (!schema)
        return undefined;
    const value = config_env_valueOf(schema, env ? configEnv(fs, config, env) : {});
    if (value === undefined) {
        problems.push({ kind: 'config-unreadable', message: `cannot read the schema path in ${config.file} without running it (${schema.kind === 'unknown' ? schema.text : `env('${schema.kind === 'env' ? schema.name : ''}') is not set`})`, location: schema.location });
        return undefined;
    }
    const resolved = resolveFrom(dirOf(config.file), value);
    if (!insideRepo(resolved)) {
        problems.push({ kind: 'schema-missing', message: `${config.file} names the schema ${value}, which is outside the repository`, location: schema.location });
        return undefined;
    }
    return { path: resolved, source: 'prisma.config.ts' };
}
function schemaFromPackageJson(fs, dir, problems) {
    const file = joinRel(dir, 'package.json');
    if (!fs.isFile(file))
        return undefined;
    try {
        const pkg = JSON.parse(fs.readText(file));
        const schema = pkg.prisma?.schema;
        return typeof schema === 'string' ? { path: joinRel(dir, schema), source: 'package.json' } : undefined;
    }
    catch (e) {
        problems.push({ kind: 'config-parse', message: `cannot parse ${file}: ${e.message}`, location: { file, line: 1, column: 1 } });
        return undefined;
    }
}
/** Keeps the projects named by the `schemas` input, adding those discovery did not find on its own. */
function canonicalOnly(fs, found, schemas, problems) {
    const out = [];
    for (const raw of schemas) {
        const wanted = joinRel(raw);
        const hit = found.find((p) => p.schemaPath === wanted);
        if (hit)
            out.push(hit);
        else if (!fs.exists(wanted))
            problems.push({ kind: 'schema-missing', message: `the schemas setting names ${wanted}, which does not exist` });
        else {
            const packageDir = nearestPackage(fs, wanted);
            const configFile = CONFIG_NAMES.map((n) => joinRel(packageDir, n)).find((f) => fs.isFile(f));
            const own = [];
            const config = configFile ? readConfig(fs, configFile, own) : undefined;
            out.push(makeProject(fs, { packageDir, configFile, config, schemaSource: 'input', schemaPath: wanted, problems: own }));
        }
    }
    return out;
}
function nearestPackage(fs, rel) {
    for (let dir = dirOf(rel);; dir = dirOf(dir)) {
        if (fs.isFile(joinRel(dir, 'package.json')) || dir === '.')
            return dir;
    }
}

;// CONCATENATED MODULE: ./actions/migration-score/src/engine/prisma-discovery.ts
/**
 * Prisma project discovery and the config reader, loaded lazily and always through this one module (by
 * migrations-dir.ts and search-path.ts): ncc gives each dynamically imported module its own chunk, so two import
 * paths would ship the config reader twice.
 */





/***/ })

};
;