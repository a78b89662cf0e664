import ts from 'typescript';
import { findEnvReads, skipParens, type Readers } from './find-reads';

/** A named function and the variable-name parameter it reads through. */
export interface Wrapper {
  name: string;
  index: number;
  file: string;
}

/** Text that a direct wrapper must contain: an env object indexed by a name (not a string literal); most files have none. */
const MAY_WRAP = /env\s*(\?\.)?\s*\[\s*[A-Za-z_$]/;

/**
 * Functions that read the variable a parameter names: `const env = (name) => process.env[name]`,
 * `function get(k) { return process.env[k] ?? '' }`, and, to a fixed point, functions that pass a
 * parameter on to one of those (`requireEnv(v)` calling `env(v)`). Their callers' literal arguments are
 * reads (`env('NEXT_PRIVATE_SES_REGION')`). Names are matched across the repository, as imports do.
 */
export function findWrappers(sources: readonly { file: string; text: string; source: () => ts.SourceFile }[], given: Readers): Map<string, number> {
  const readers = new Map(given);
  const found: Wrapper[] = [];
  let pending = sources.filter((s) => MAY_WRAP.test(s.text));
  // Round 1 finds direct wrappers; each later round, functions calling a wrapper found in the round before.
  for (let round = 0; round < 4 && pending.length > 0; round++) {
    const before = readers.size;
    for (const s of pending) for (const w of wrappersIn(s.file, s.source(), readers)) if (!readers.has(w.name)) (readers.set(w.name, w.index), found.push(w));
    if (readers.size === before) break;
    const names = [...readers.keys()].filter((n) => !given.has(n));
    pending = sources.filter((s) => names.some((n) => s.text.includes(`${n}(`)));
  }
  return readers;
}

function wrappersIn(file: string, source: ts.SourceFile, readers: Readers): Wrapper[] {
  const out: Wrapper[] = [];
  const visit = (node: ts.Node): void => {
    const named = namedFunction(node);
    if (named) {
      const index = readParameter(named.fn, source, readers);
      if (index !== undefined) out.push({ name: named.name, index, file });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

function namedFunction(node: ts.Node): { name: string; fn: ts.SignatureDeclaration & { body?: ts.Node } } | undefined {
  if (ts.isFunctionDeclaration(node) && node.name && node.body) return { name: node.name.text, fn: node };
  if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
    const init = skipParens(node.initializer);
    if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) return { name: node.name.text, fn: init };
  }
  return undefined;
}

/** The index of the parameter this function reads as a variable name, directly or through a reader. */
function readParameter(fn: ts.SignatureDeclaration & { body?: ts.Node }, source: ts.SourceFile, readers: Readers): number | undefined {
  const params = fn.parameters.map((p) => (ts.isIdentifier(p.name) ? p.name.text : undefined));
  if (!fn.body || params.every((p) => p === undefined)) return undefined;
  let index: number | undefined;
  const visit = (node: ts.Node): void => {
    if (index !== undefined) return;
    if (node !== fn.body && ts.isFunctionLike(node)) return; // a nested function's parameters are its own
    if (ts.isElementAccessExpression(node)) {
      const arg = skipParens(node.argumentExpression);
      if (ts.isIdentifier(arg) && params.includes(arg.text) && isEnvObject(node.expression, source)) index = params.indexOf(arg.text);
    } else if (ts.isCallExpression(node)) {
      const callee = skipParens(node.expression);
      const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
      const at = name !== undefined ? readers.get(name) : undefined;
      const arg = at !== undefined ? node.arguments[at] : undefined;
      if (arg && ts.isIdentifier(skipParens(arg)) && params.includes((skipParens(arg) as ts.Identifier).text)) index = params.indexOf((skipParens(arg) as ts.Identifier).text);
    }
    ts.forEachChild(node, visit);
  };
  visit(fn.body);
  return index;
}

/** Whether `obj[key]` reads an env object, by asking the read finder about the expression alone. */
function isEnvObject(obj: ts.Expression, source: ts.SourceFile): boolean {
  const text = `(${obj.getText(source)})[k]`;
  return /env/.test(text) && findEnvReads('x.ts', text).length > 0;
}
