import ts from 'typescript';

/** One read of an environment variable in a source file, with UTF-16 offsets (LineIndex turns them into lines). */
export interface EnvRead {
  /** The variable name; undefined for a dynamic key (`process.env[name]`). */
  name?: string;
  /** `process.env` or `import.meta.env`. */
  via: 'process.env' | 'import.meta.env';
  start: number;
  end: number;
  /** The key expression's text, for a dynamic read's message. */
  keyText?: string;
}

/**
 * Vite's own `import.meta.env` fields: values Vite computes, not variables from the environment.
 * https://vite.dev/guide/env-and-mode#built-in-constants
 */
const VITE_BUILT_INS = new Set(['MODE', 'BASE_URL', 'PROD', 'DEV', 'SSR']);

function scriptKindOf(file: string): ts.ScriptKind {
  if (/\.tsx$/.test(file)) return ts.ScriptKind.TSX;
  if (/\.(jsx)$/.test(file)) return ts.ScriptKind.JSX;
  if (/\.(js|mjs|cjs)$/.test(file)) return ts.ScriptKind.JS;
  return ts.ScriptKind.TS;
}

function envObjectOf(node: ts.Expression): EnvRead['via'] | undefined {
  if (!ts.isPropertyAccessExpression(node) || node.name.text !== 'env') return undefined;
  const obj = node.expression;
  if (ts.isIdentifier(obj) && obj.text === 'process') return 'process.env';
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

function staticKey(arg: ts.Expression): string | undefined {
  if (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) return arg.text;
  return undefined;
}

/** Every read of `process.env` and `import.meta.env` in one file, parsed on its own (no program, no type check). */
export function findEnvReads(file: string, text: string): EnvRead[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, scriptKindOf(file));
  const reads: EnvRead[] = [];
  const add = (read: EnvRead) => {
    if (read.via === 'import.meta.env' && read.name && VITE_BUILT_INS.has(read.name)) return;
    reads.push(read);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
      const via = envObjectOf(node.expression);
      if (via && !isWrite(node)) {
        const start = node.getStart(source);
        if (ts.isPropertyAccessExpression(node)) add({ name: node.name.text, via, start, end: node.end });
        else {
          const key = staticKey(node.argumentExpression);
          add(key !== undefined ? { name: key, via, start, end: node.end } : { via, start, end: node.end, keyText: node.argumentExpression.getText(source) });
        }
      }
    } else if (ts.isVariableDeclaration(node) && node.initializer && ts.isObjectBindingPattern(node.name)) {
      const via = envObjectOf(skipParens(node.initializer));
      if (via) collectBindings(node.name, via, source, add);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return reads;
}

function skipParens(e: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isNonNullExpression(e) || ts.isSatisfiesExpression(e)) e = e.expression;
  return e;
}

/** `const { A, B: b, ['C']: c, D = 'x' } = process.env`: each named property is a read; `...rest` is not one. */
function collectBindings(pattern: ts.ObjectBindingPattern, via: EnvRead['via'], source: ts.SourceFile, add: (r: EnvRead) => void): void {
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
