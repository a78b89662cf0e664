import type ts from 'typescript';
import { typescript } from '@shared/prisma/typescript';
import type { CallCandidate, CallCondition, ConfigProgram, Expr, Prop, Statement } from './types';

/**
 * The config's syntax tree from the TypeScript compiler: the slow front end (~160 ms to load the compiler).
 * It is the reference front-ends.test.ts holds from-babel.ts to, and read-config.ts falls back to it when
 * Babel fails other than on a syntax error. It reads every file TypeScript can parse, broken ones by error recovery.
 */
export function fromTypeScript(file: string, text: string): ConfigProgram {
  const ts = typescript();
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const span = (node: ts.Node) => ({ start: node.getStart(source), end: node.getEnd() });

  const expr = (e: ts.Expression): Expr => {
    const at = span(e);
    if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return { kind: 'string', value: e.text, template: !ts.isStringLiteral(e), ...at };
    if (ts.isIdentifier(e)) return { kind: 'ident', name: e.text, ...at };
    if (ts.isMetaProperty(e)) return { kind: 'meta', ...at };
    if (ts.isPropertyAccessExpression(e)) return { kind: 'member', object: expr(e.expression), name: e.name.text, ...at };
    if (ts.isElementAccessExpression(e)) return { kind: 'index', object: expr(e.expression), index: expr(e.argumentExpression), ...at };
    if (ts.isCallExpression(e)) return { kind: 'call', callee: expr(e.expression), args: e.arguments.map(expr), ...at };
    if (ts.isObjectLiteralExpression(e)) return { kind: 'object', props: e.properties.map(prop), ...at };
    if (ts.isBinaryExpression(e)) {
      const op = e.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken ? '??' : e.operatorToken.kind === ts.SyntaxKind.BarBarToken ? '||' : undefined;
      if (op) return { kind: 'binary', op, left: expr(e.left), right: expr(e.right), ...at };
    }
    if (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e) || ts.isNonNullExpression(e)) return { kind: 'wrap', inner: expr(e.expression), ...at };
    return { kind: 'other', ...at };
  };

  const prop = (p: ts.ObjectLiteralElementLike): Prop => {
    if (ts.isPropertyAssignment(p)) return { kind: 'assign', key: ts.isIdentifier(p.name) || ts.isStringLiteral(p.name) ? p.name.text : undefined, value: expr(p.initializer) };
    if (ts.isShorthandPropertyAssignment(p)) return { kind: 'shorthand', value: { kind: 'ident', name: p.name.text, ...span(p.name) } };
    return { kind: 'other' };
  };

  const statement = (stmt: ts.Statement): Statement => {
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
    if (ts.isExportAssignment(stmt)) return { kind: 'export', expression: expr(stmt.expression), ...at };
    return { kind: 'other', ...at };
  };

  // What a condition tests, when it is the truthiness of one `process.env.NAME`.
  const condition = (e: ts.Expression, negated: boolean): CallCondition => {
    let x = e;
    while (ts.isParenthesizedExpression(x) || ts.isAsExpression(x) || ts.isNonNullExpression(x) || ts.isSatisfiesExpression(x)) x = x.expression;
    // `!x` stays unknown: the environment decides only a plain `process.env.X` (from-babel.ts reads it alike).
    const name = processEnvKey(x);
    return { ...(name !== undefined ? { env: name } : {}), negated, ...span(e) };
  };
  const processEnvKey = (x: ts.Expression): string | undefined => {
    const isProcessEnv = (o: ts.Expression) => ts.isPropertyAccessExpression(o) && o.name.text === 'env' && ts.isIdentifier(o.expression) && o.expression.text === 'process';
    if (ts.isPropertyAccessExpression(x) && isProcessEnv(x.expression)) return x.name.text;
    if (ts.isElementAccessExpression(x) && isProcessEnv(x.expression) && ts.isStringLiteral(x.argumentExpression)) return x.argumentExpression.text;
    return undefined;
  };

  const calls: CallCandidate[] = [];
  const visit = (node: ts.Node, when: CallCondition[]): void => {
    if (ts.isFunctionLike(node)) return; // bodies run later, if ever: not at load
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
      const arg = node.arguments[0];
      if (arg && (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg))) calls.push({ callee: node.expression.text, arg: arg.text, ...span(node), ...(when.length > 0 ? { when } : {}) });
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
      if (node.elseStatement) visit(node.elseStatement, [...when, condition(node.expression, true)]);
      return;
    }
    ts.forEachChild(node, (child) => visit(child, when));
  };
  visit(source, []);

  return { statements: source.statements.map(statement), calls };
}
