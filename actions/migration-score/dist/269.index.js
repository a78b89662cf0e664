"use strict";
exports.id = 269;
exports.ids = [269];
exports.modules = {

/***/ 9269:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  configEnv: function() { return /* reexport */ configEnv; },
  findPrismaProjects: function() { return /* reexport */ findPrismaProjects; },
  readPrismaConfig: function() { return /* reexport */ readPrismaConfig; },
  valueOf: function() { return /* reexport */ config_env_valueOf; }
});

// EXTERNAL MODULE: ./shared/io/repo-fs.ts
var repo_fs = __webpack_require__(9023);
// EXTERNAL MODULE: ./shared/findings/positions.ts
var positions = __webpack_require__(5933);
;// CONCATENATED MODULE: ./shared/prisma/config-syntax/from-babel.ts
/**
 * Babel's options as Prisma's loader has them: Prisma 6 and 7 load prisma.config.ts through c12 and jiti, and
 * jiti transpiles it with Babel (a module, the TypeScript syntax plugin and legacy decorators), so a file
 * Babel rejects here is one every prisma command fails to load (front-ends.test.ts compares with jiti).
 */
const BABEL_OPTIONS = {
    sourceType: 'module',
    plugins: ['typescript', 'decorators-legacy'],
    // TypeScript's tree has a node for parentheses, and a condition's span includes them.
    createParenthesizedExpressions: true,
    attachComment: false,
};
/** @babel/parser, required on first use: only a repository with a prisma.config.ts pays to load it. */
function babel() {
    return __webpack_require__(5429);
}
/**
 * The config's syntax tree from Babel's parser. It throws Babel's SyntaxError (with `loc`) for a file that is
 * not valid TypeScript; read-config.ts turns it into a located error. The tree is the one from-typescript.ts
 * builds from the TypeScript compiler (front-ends.test.ts holds the two equal), so that the evaluator does
 * not know which front end ran.
 */
function fromBabel(text) {
    const file = babel().parse(text, BABEL_OPTIONS);
    const program = file.program;
    const statements = [...program.directives.map((d) => ({ kind: 'other', ...span(d) })), ...program.body.map(statement)];
    const calls = [];
    for (const d of program.directives)
        visit(d, [], calls);
    for (const s of program.body)
        visit(s, [], calls);
    return { statements, calls: calls.sort((a, b) => a.start - b.start) };
}
const span = (node) => ({ start: node.start, end: node.end });
function expr(e) {
    const at = span(e);
    switch (e.type) {
        case 'StringLiteral':
            return { kind: 'string', value: e.value, template: false, ...at };
        case 'TemplateLiteral':
            // A template without substitutions; Babel has already failed on an invalid escape in an untagged one.
            if (e.expressions.length === 0)
                return { kind: 'string', value: e.quasis[0].value.cooked ?? '', template: true, ...at };
            break;
        case 'Identifier':
            return { kind: 'ident', name: e.name, ...at };
        case 'MetaProperty':
            return { kind: 'meta', ...at };
        case 'MemberExpression':
        case 'OptionalMemberExpression':
            if (e.computed)
                return { kind: 'index', object: expr(e.object), index: expr(e.property), ...at };
            return { kind: 'member', object: expr(e.object), name: e.property.type === 'PrivateName' ? `#${e.property.id.name}` : e.property.name, ...at };
        case 'CallExpression':
        case 'OptionalCallExpression':
            return { kind: 'call', callee: expr(e.callee), args: e.arguments.map(expr), ...at };
        case 'ObjectExpression':
            return { kind: 'object', props: e.properties.map(prop), ...at };
        case 'LogicalExpression':
            if (e.operator !== '&&')
                return { kind: 'binary', op: e.operator, left: expr(e.left), right: expr(e.right), ...at };
            break;
        case 'ParenthesizedExpression':
        case 'TSAsExpression':
        case 'TSSatisfiesExpression':
        case 'TSNonNullExpression':
            return { kind: 'wrap', inner: expr(e.expression), ...at };
    }
    return { kind: 'other', ...at };
}
function prop(p) {
    if (p.type !== 'ObjectProperty')
        return { kind: 'other' }; // spreads, methods, accessors
    if (p.shorthand && p.value.type === 'Identifier')
        return { kind: 'shorthand', value: { kind: 'ident', name: p.value.name, ...span(p.value) } };
    const key = p.computed ? undefined : p.key.type === 'Identifier' ? p.key.name : p.key.type === 'StringLiteral' ? p.key.value : undefined;
    return { kind: 'assign', key, value: expr(p.value) };
}
function statement(stmt) {
    const at = span(stmt);
    if (stmt.type === 'ImportDeclaration') {
        const named = stmt.specifiers.flatMap((s) => (s.type === 'ImportSpecifier' ? [{ imported: s.imported.type === 'Identifier' ? s.imported.name : s.imported.value, local: s.local.name }] : []));
        return { kind: 'import', from: stmt.source.value, named, ...at };
    }
    // `export const` is one statement to TypeScript (a modifier), two nodes to Babel.
    const declaration = stmt.type === 'ExportNamedDeclaration' ? stmt.declaration : stmt;
    if (declaration?.type === 'VariableDeclaration') {
        const declarations = declaration.declarations.flatMap((d) => (d.id.type === 'Identifier' && d.init ? [{ name: d.id.name, init: expr(d.init) }] : []));
        return { kind: 'variables', declarations, ...at };
    }
    // `export default function` and `export default class` are declarations, where TypeScript has no ExportAssignment.
    if (stmt.type === 'ExportDefaultDeclaration' && isExpression(stmt.declaration))
        return { kind: 'export', expression: expr(stmt.declaration), ...at };
    if (stmt.type === 'TSExportAssignment')
        return { kind: 'export', expression: expr(stmt.expression), ...at };
    return { kind: 'other', ...at };
}
function isExpression(node) {
    return !['FunctionDeclaration', 'ClassDeclaration', 'TSInterfaceDeclaration', 'TSDeclareFunction', 'TSEnumDeclaration', 'TSModuleDeclaration', 'TSTypeAliasDeclaration'].includes(node.type);
}
/** Function-like nodes, as TypeScript's `isFunctionLike` has them: their bodies run later, if ever, not at load. */
const FUNCTION_LIKE = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression', 'ObjectMethod', 'ClassMethod', 'ClassPrivateMethod', 'TSDeclareFunction', 'TSDeclareMethod']);
/** Keys that hold no child node the calls are looked for in (types hold no call). */
const SKIPPED_KEYS = new Set(['loc', 'extra', 'leadingComments', 'trailingComments', 'innerComments', 'typeAnnotation', 'typeParameters', 'typeArguments', 'returnType', 'superTypeParameters', 'implements']);
function unwrapCondition(e) {
    while (e.type === 'ParenthesizedExpression' || e.type === 'TSAsExpression' || e.type === 'TSNonNullExpression' || e.type === 'TSSatisfiesExpression')
        e = e.expression;
    return e;
}
/** `X` of `process.env.X` or `process.env['X']` (optional chains included), the test of a condition. */
function processEnvKey(x) {
    if (x.type !== 'MemberExpression' && x.type !== 'OptionalMemberExpression')
        return undefined;
    const o = x.object;
    const isProcessEnv = (o.type === 'MemberExpression' || o.type === 'OptionalMemberExpression') && !o.computed && o.property.type === 'Identifier' && o.property.name === 'env' && o.object.type === 'Identifier' && o.object.name === 'process';
    if (!isProcessEnv)
        return undefined;
    if (!x.computed)
        return x.property.type === 'Identifier' ? x.property.name : undefined;
    return x.property.type === 'StringLiteral' ? x.property.value : undefined;
}
function condition(e, negated) {
    // `!x` stays unknown, as from-typescript.ts keeps it.
    const name = processEnvKey(unwrapCondition(e));
    return { ...(name !== undefined ? { env: name } : {}), negated, ...span(e) };
}
/** The calls `name('text')` outside function bodies, with the conditions they run under. */
function visit(node, when, calls) {
    if (FUNCTION_LIKE.has(node.type))
        return;
    if (node.type === 'CallExpression' || node.type === 'OptionalCallExpression') {
        const arg = node.arguments[0];
        const literal = arg?.type === 'StringLiteral' ? arg.value : arg?.type === 'TemplateLiteral' && arg.expressions.length === 0 ? (arg.quasis[0].value.cooked ?? '') : undefined;
        if (node.callee.type === 'Identifier' && literal !== undefined)
            calls.push({ callee: node.callee.name, arg: literal, ...span(node), ...(when.length > 0 ? { when } : {}) });
    }
    // Short-circuits and branches: the part after the condition runs only when the condition allows it.
    if (node.type === 'LogicalExpression') {
        visit(node.left, when, calls);
        // `??` runs the right side when the left is nullish; read as "when it is not set", like `||`.
        visit(node.right, [...when, condition(node.left, node.operator !== '&&')], calls);
        return;
    }
    if (node.type === 'ConditionalExpression' || node.type === 'IfStatement') {
        visit(node.test, when, calls);
        visit(node.consequent, [...when, condition(node.test, false)], calls);
        if (node.alternate)
            visit(node.alternate, [...when, condition(node.test, true)], calls);
        return;
    }
    for (const [key, value] of Object.entries(node)) {
        if (SKIPPED_KEYS.has(key) || value === null || typeof value !== 'object')
            continue;
        if (Array.isArray(value)) {
            for (const child of value)
                if (isNode(child))
                    visit(child, when, calls);
        }
        else if (isNode(value))
            visit(value, when, calls);
    }
}
function isNode(value) {
    return typeof value === 'object' && value !== null && typeof value.type === 'string';
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
 * The config's syntax tree from the TypeScript compiler: the slow front end (~160 ms to load the compiler).
 * It is the reference front-ends.test.ts holds from-babel.ts to, and read-config.ts falls back to it when
 * Babel fails other than on a syntax error. It reads every file TypeScript can parse, broken ones by error recovery.
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
        // `!x` stays unknown: the environment decides only a plain `process.env.X` (from-babel.ts reads it alike).
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

// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(2635);
;// CONCATENATED MODULE: ./shared/prisma/config-syntax/syntax-error.ts

/**
 * prisma.config.ts is not valid TypeScript to Babel, the parser Prisma's loader (jiti) transpiles it with: every
 * prisma command fails to load it, so nothing read from it could be trusted. Located where Babel stopped.
 */
class PrismaConfigSyntaxError extends errors/* ConfigurationError */.j1 {
    constructor(reason, location) {
        super(`${reason}, so every prisma command fails to load it`, undefined, location);
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
 * Babel's parser builds the tree (about 40 ms on first use, bench/results/config-parser.md; the TypeScript compiler takes ~160 ms);
 * a syntax error throws PrismaConfigSyntaxError at its line and column.
 * https://www.prisma.io/docs/orm/reference/prisma-config-reference
 */
function readPrismaConfig(file, text) {
    return evaluateConfig(file, text, parseConfig(file, text));
}
function parseConfig(file, text) {
    try {
        return fromBabel(text);
    }
    catch (e) {
        const at = e.loc?.index;
        if (e instanceof SyntaxError && typeof at === 'number') {
            // Babel's message ends in its own "(line:column)", counted in UTF-16 units from column 0: ours counts characters.
            throw new PrismaConfigSyntaxError(e.message.replace(/ \(\d+:\d+\)$/, ''), new positions/* LineIndex */.r(text).locationOfChars(file, at));
        }
        // Anything else is Babel failing, not the file (a RangeError from nesting deeper than its stack): the TypeScript
        // compiler, the reference front end of front-ends.test.ts, reads it instead.
        return fromTypeScript(file, text);
    }
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
;// CONCATENATED MODULE: ./shared/io/repo-path.ts

// Repository-relative POSIX paths, as RepoFs speaks them: `.` is the root, no leading `./`, no trailing `/`.
// Every engine uses these; a second copy with a different edge case (`./`, `''`) is how two guards end up
// naming one file differently.
/** Joins repository-relative segments, normalised, `.` for the root; a result starting with `../` has left the repository. */
function joinRel(dir, ...parts) {
    const joined = external_node_path_.posix.normalize(external_node_path_.posix.join(dir, ...parts));
    return joined === '' || joined === './' ? '.' : joined.replace(/\/$/, '');
}
/** Parent directory of a repository-relative path, `.` at the top. */
function dirOf(file) {
    const i = file.lastIndexOf('/');
    return i < 0 ? '.' : file.slice(0, i);
}
/** Directories from `dir` up to the repository root, nearest first. */
function ancestors(dir) {
    const out = [];
    let d = dir;
    for (;;) {
        out.push(d);
        if (d === '.')
            return out;
        d = dirOf(d);
    }
}
/** Whether a resolved path stays inside the repository. */
function insideRepo(rel) {
    return rel !== '..' && !rel.startsWith('../') && !external_node_path_.posix.isAbsolute(rel);
}
/** Whether `file` is `dir` or below it (`.` contains everything). */
function isWithin(file, dir) {
    return dir === '.' || file === dir || file.startsWith(`${dir}/`);
}

;// CONCATENATED MODULE: ./shared/prisma/paths.ts


// The path helpers live in shared/io/repo-path.ts; re-exported for a rule that imports them from here.

/**
 * A path written in a config file, made repository-relative. Prisma resolves config paths against the
 * config file's directory; `__dirname` (CONFIG_DIR) is that directory too.
 */
function resolveFrom(baseDir, written) {
    const rest = written.startsWith(CONFIG_DIR) ? written.slice(CONFIG_DIR.length).replace(/^\//, '') : written;
    return joinRel(baseDir, rest || '.');
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
        problems.push({ kind: 'config-parse', message: reason, location: e instanceof PrismaConfigSyntaxError ? e.location : { file, line: 1, column: 1 } });
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