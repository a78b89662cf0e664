import ts from 'typescript';

/** One read of an environment variable in a source file, with UTF-16 offsets (LineIndex turns them into lines). */
export interface EnvRead {
  /** The variable name; undefined for a dynamic key (`process.env[name]`). */
  name?: string;
  /** `process.env`, `import.meta.env`, or the wrapper it was read through (`env()`). */
  via: string;
  start: number;
  end: number;
  /** The key expression's text, for a dynamic read's message. */
  keyText?: string;
}

/** Functions that read the variable their argument names: function name → index of that argument. */
export type Readers = ReadonlyMap<string, number>;

/**
 * Vite's own `import.meta.env` fields: values Vite computes, not variables from the environment.
 * https://vite.dev/guide/env-and-mode#built-in-constants
 */
const VITE_BUILT_INS = new Set(['MODE', 'BASE_URL', 'PROD', 'DEV', 'SSR']);
const GLOBALS = new Set(['globalThis', 'global', 'self', 'window']);
const MAY_ALIAS = /=\s*\(?\s*(?:globalThis\s*\.\s*|global\s*\.\s*)?(?:process|import\s*\.\s*meta)\b(?!\s*\??\.\s*env\s*\??\.\s*\w)(?!\s*\??\.\s*env\s*\??\.?\s*\[)/;

export function scriptKindOf(file: string): ts.ScriptKind {
  if (/\.tsx$/.test(file)) return ts.ScriptKind.TSX;
  if (/\.(jsx)$/.test(file)) return ts.ScriptKind.JSX;
  if (/\.(js|mjs|cjs)$/.test(file)) return ts.ScriptKind.JS;
  return ts.ScriptKind.TS;
}

export function skipParens(e: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isNonNullExpression(e) || ts.isSatisfiesExpression(e) || ts.isTypeAssertionExpression(e)) e = e.expression;
  return e;
}

/** `process`, `globalThis.process`, `global['process']`. */
function isProcess(e: ts.Expression): boolean {
  const x = skipParens(e);
  if (ts.isIdentifier(x)) return x.text === 'process';
  if (ts.isPropertyAccessExpression(x)) return x.name.text === 'process' && ts.isIdentifier(skipParens(x.expression)) && GLOBALS.has((skipParens(x.expression) as ts.Identifier).text);
  return ts.isElementAccessExpression(x) && staticKey(x.argumentExpression) === 'process' && ts.isIdentifier(skipParens(x.expression)) && GLOBALS.has((skipParens(x.expression) as ts.Identifier).text);
}

/**
 * Which environment object an expression is: `process.env`, `process['env']`, `(process.env as any)`,
 * `globalThis.process.env`, `import.meta.env`, or a local alias of one (`const e = process.env`,
 * `const { env } = process`). Aliases are by name within the file, not by scope.
 */
function envObjectOf(node: ts.Expression, aliases: ReadonlyMap<string, 'process.env' | 'import.meta.env'>): 'process.env' | 'import.meta.env' | undefined {
  const e = skipParens(node);
  if (ts.isIdentifier(e)) return aliases.get(e.text);
  if (!ts.isPropertyAccessExpression(e) && !ts.isElementAccessExpression(e)) return undefined;
  const name = ts.isPropertyAccessExpression(e) ? e.name.text : staticKey(e.argumentExpression);
  if (name !== 'env') return undefined;
  const obj = skipParens(e.expression);
  if (isProcess(obj)) return 'process.env';
  if (ts.isMetaProperty(obj) && obj.keywordToken === ts.SyntaxKind.ImportKeyword && obj.name.text === 'meta') return 'import.meta.env';
  return undefined;
}

/** `process.env.X = v` and `delete process.env.X` set the variable for what runs next; they are not reads. */
function isWrite(node: ts.Node): boolean {
  const parent = node.parent;
  // Compound assignments (`??=`, `+=`) read the variable before writing it, so only `=` is a pure write.
  if (ts.isBinaryExpression(parent) && parent.left === node) return parent.operatorToken.kind === ts.SyntaxKind.EqualsToken;
  return ts.isDeleteExpression(parent);
}

export function staticKey(arg: ts.Expression): string | undefined {
  const a = skipParens(arg);
  if (ts.isStringLiteral(a) || ts.isNoSubstitutionTemplateLiteral(a)) return a.text;
  return undefined;
}

/** The parameter names of the function a node is inside, nearest function first. */
function enclosingParameters(node: ts.Node): Set<string> {
  const out = new Set<string>();
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isFunctionLike(n)) for (const p of n.parameters) if (ts.isIdentifier(p.name)) out.add(p.name.text);
  }
  return out;
}

/** The local names bound to an env object: `const e = process.env`, `const { env } = process`, `const { env: e } = process`. */
function collectAliases(source: ts.SourceFile): Map<string, 'process.env' | 'import.meta.env'> {
  const aliases = new Map<string, 'process.env' | 'import.meta.env'>();
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && node.initializer) {
      if (ts.isIdentifier(node.name)) {
        const via = envObjectOf(node.initializer, aliases);
        if (via) aliases.set(node.name.text, via);
      } else if (ts.isObjectBindingPattern(node.name) && isProcess(node.initializer)) {
        for (const el of node.name.elements) {
          const prop = el.propertyName ?? el.name;
          if ((ts.isIdentifier(prop) || ts.isStringLiteral(prop)) && prop.text === 'env' && ts.isIdentifier(el.name)) aliases.set(el.name.text, 'process.env');
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return aliases;
}

export function parseSource(file: string, text: string): ts.SourceFile {
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, scriptKindOf(file));
}

/**
 * Every read of `process.env` and `import.meta.env` in one file, parsed on its own (no program, no type
 * check), and every call of a reader (a wrapper such as `env('X')`) with a literal name. A dynamic key that
 * is a parameter of the enclosing function is not reported: that function is a wrapper, its callers are the reads.
 */
export function findEnvReads(file: string, text: string, readers: Readers = new Map(), parsed?: ts.SourceFile): EnvRead[] {
  const source = parsed ?? parseSource(file, text);
  // A superset of the files with an alias: `= process` or `= process.env` not read further on the spot.
  const aliases = MAY_ALIAS.test(text) ? collectAliases(source) : new Map<string, 'process.env' | 'import.meta.env'>();
  const reads: EnvRead[] = [];
  const add = (read: EnvRead) => {
    if (read.via === 'import.meta.env' && read.name && VITE_BUILT_INS.has(read.name)) return;
    reads.push(read);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
      const via = envObjectOf(node.expression, aliases);
      if (via && !isWrite(node)) {
        const start = node.getStart(source);
        if (ts.isPropertyAccessExpression(node)) add({ name: node.name.text, via, start, end: node.end });
        else {
          const key = staticKey(node.argumentExpression);
          const arg = skipParens(node.argumentExpression);
          if (key !== undefined) add({ name: key, via, start, end: node.end });
          else if (!(ts.isIdentifier(arg) && enclosingParameters(node).has(arg.text))) add({ via, start, end: node.end, keyText: node.argumentExpression.getText(source) });
        }
      }
    } else if ((ts.isVariableDeclaration(node) || ts.isParameter(node) || ts.isBindingElement(node)) && node.initializer && ts.isObjectBindingPattern(node.name)) {
      // `const { A } = process.env`, `function f({ A } = process.env)`
      const via = envObjectOf(node.initializer, aliases);
      if (via) collectBindings(node.name, via, source, add);
    } else if (ts.isBinaryExpression(node)) {
      const op = node.operatorToken.kind;
      const via = envObjectOf(node.right, aliases);
      // `({ A, B: b } = process.env)`
      if (via && op === ts.SyntaxKind.EqualsToken && ts.isObjectLiteralExpression(skipParens(node.left))) collectAssigned(skipParens(node.left) as ts.ObjectLiteralExpression, via, source, add);
      // `'A' in process.env` asks whether A is set: a read of A.
      if (via && op === ts.SyntaxKind.InKeyword) {
        const key = staticKey(node.left);
        if (key !== undefined) add({ name: key, via, start: node.getStart(source), end: node.end });
      }
    } else if (ts.isCallExpression(node) && readers.size > 0) {
      const callee = skipParens(node.expression);
      const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
      const index = name !== undefined ? readers.get(name) : undefined;
      const arg = index !== undefined ? node.arguments[index] : undefined;
      const key = arg && staticKey(arg);
      if (key !== undefined) add({ name: key, via: `${name}()`, start: node.getStart(source), end: node.end });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return reads;
}

/** `const { A, B: b, ['C']: c, D = 'x' } = process.env`: each named property is a read; `...rest` is not one. */
function collectBindings(pattern: ts.ObjectBindingPattern, via: string, source: ts.SourceFile, add: (r: EnvRead) => void): void {
  for (const element of pattern.elements) {
    if (element.dotDotDotToken) continue;
    const prop = element.propertyName ?? element.name;
    const start = element.getStart(source);
    if (ts.isIdentifier(prop) || ts.isStringLiteral(prop)) add({ name: prop.text, via, start, end: element.end });
    else if (ts.isComputedPropertyName(prop)) {
      const key = staticKey(prop.expression);
      add(key !== undefined ? { name: key, via, start, end: element.end } : { via, start, end: element.end, keyText: prop.expression.getText(source) });
    }
  }
}

/** `({ A, B: b, C = 'x' } = process.env)`: the assignment form of the same destructuring. */
function collectAssigned(pattern: ts.ObjectLiteralExpression, via: string, source: ts.SourceFile, add: (r: EnvRead) => void): void {
  for (const p of pattern.properties) {
    const start = p.getStart(source);
    if (ts.isShorthandPropertyAssignment(p)) add({ name: p.name.text, via, start, end: p.end });
    else if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) add({ name: p.name.text, via, start, end: p.end });
  }
}
