import type ts from 'typescript';
import { typescript } from './typescript';
import { LineIndex } from '@shared/findings/positions';
import type { ConfigValue, PrismaConfigInfo } from './types';

/** Stands for the config file's own directory (`__dirname`, `import.meta.dirname`) until paths are resolved. */
export const CONFIG_DIR = '\u0000CONFIG_DIR';

/**
 * Reads prisma.config.ts without running it: Bickford must not execute repository code to find a schema,
 * and running it would need the repository's `prisma/config` installed. It follows what configs are
 * written with in practice (literals, `path.join(__dirname, …)`, `env('X')`, `process.env.X ?? 'y'`,
 * top-level consts); anything else becomes an `unknown` value that the caller reports at its location.
 * https://www.prisma.io/docs/orm/reference/prisma-config-reference
 */
export function readPrismaConfig(file: string, text: string): PrismaConfigInfo {
  const ts = typescript();
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const lines = new LineIndex(text);
  const loc = (node: ts.Node) => lines.locationOfChars(file, node.getStart(source), node.getEnd());
  const envNames = new Set<string>(); // local names bound to prisma's env()
  const consts = new Map<string, ts.Expression>();
  let loadsDotenv = false;
  let root: ts.ObjectLiteralExpression | undefined;

  for (const stmt of source.statements) {
    if (ts.isImportDeclaration(stmt) && ts.isStringLiteral(stmt.moduleSpecifier)) {
      const from = stmt.moduleSpecifier.text;
      if (from === 'dotenv/config' || from === 'dotenv/config.js') loadsDotenv = true;
      const bindings = stmt.importClause?.namedBindings;
      if ((from === 'prisma/config' || from === '@prisma/config') && bindings && ts.isNamedImports(bindings)) {
        for (const el of bindings.elements) if ((el.propertyName ?? el.name).text === 'env') envNames.add(el.name.text);
      }
    } else if (ts.isVariableStatement(stmt)) {
      for (const d of stmt.declarationList.declarations) if (ts.isIdentifier(d.name) && d.initializer) consts.set(d.name.text, d.initializer);
    } else if (ts.isExportAssignment(stmt)) {
      root = configObject(stmt.expression, consts);
    }
    if (/\bdotenv\b[\s\S]*\.config\(|loadEnvFile\(/.test(stmt.getText(source)) && !ts.isImportDeclaration(stmt)) loadsDotenv = true;
  }

  const envCalls: PrismaConfigInfo['envCalls'] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node)) return; // bodies run later, if ever: not at load
    const name = envCallName(node, envNames);
    if (name !== undefined) envCalls.push({ name, location: loc(node) });
    ts.forEachChild(node, visit);
  };
  visit(source);

  const evaluate = (expr: ts.Expression, depth = 0): ConfigValue => {
    const location = loc(expr);
    const unknown: ConfigValue = { kind: 'unknown', text: expr.getText(source), location };
    if (depth > 20) return unknown;
    const e = skipWrappers(expr);
    if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return { kind: 'literal', value: e.text, location };
    const envName = envCallName(e, envNames);
    if (envName !== undefined) return { kind: 'env', name: envName, location };
    if (isDirname(e)) return { kind: 'literal', value: CONFIG_DIR, location };
    if (ts.isIdentifier(e) && consts.has(e.text)) return { ...evaluate(consts.get(e.text)!, depth + 1), location };
    const processEnv = processEnvName(e);
    if (processEnv !== undefined) return { kind: 'env', name: processEnv, location };
    if (ts.isBinaryExpression(e) && (e.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || e.operatorToken.kind === ts.SyntaxKind.BarBarToken)) {
      const left = evaluate(e.left, depth + 1);
      const right = evaluate(e.right, depth + 1);
      if (left.kind === 'env' && right.kind === 'literal') return { ...left, fallback: right.value, location };
    }
    if (ts.isCallExpression(e) && isPathCall(e.expression)) {
      const parts = e.arguments.map((a) => evaluate(a, depth + 1));
      if (parts.every((p) => p.kind === 'literal')) return { kind: 'literal', value: joinPosix(parts.map((p) => (p as { value: string }).value)), location };
    }
    return unknown;
  };

  const info: PrismaConfigInfo = { file, envCalls, loadsDotenv };
  if (!root) return info;
  const schema = property(root, 'schema');
  if (schema) info.schema = evaluate(schema);
  const migrations = objectAt(root, 'migrations', consts);
  const migrationsPath = migrations && property(migrations, 'path');
  if (migrationsPath) info.migrationsPath = evaluate(migrationsPath);
  const datasource = objectAt(root, 'datasource', consts);
  const url = datasource && property(datasource, 'url');
  if (url) info.datasourceUrl = evaluate(url);
  const shadow = datasource && property(datasource, 'shadowDatabaseUrl');
  if (shadow) info.shadowDatabaseUrl = evaluate(shadow);
  return info;
}

function skipWrappers(e: ts.Expression): ts.Expression {
  const ts = typescript();
  while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e) || ts.isNonNullExpression(e)) e = e.expression;
  return e;
}

/** `defineConfig({...})`, `{...} satisfies PrismaConfig`, or a const holding either. */
function configObject(expr: ts.Expression, consts: Map<string, ts.Expression>): ts.ObjectLiteralExpression | undefined {
  const ts = typescript();
  const e = skipWrappers(expr);
  if (ts.isObjectLiteralExpression(e)) return e;
  if (ts.isCallExpression(e) && e.arguments[0]) return configObject(e.arguments[0], consts);
  if (ts.isIdentifier(e) && consts.has(e.text)) return configObject(consts.get(e.text)!, consts);
  return undefined;
}

function property(obj: ts.ObjectLiteralExpression, name: string): ts.Expression | undefined {
  const ts = typescript();
  for (const p of obj.properties) {
    if (ts.isPropertyAssignment(p) && propName(p.name) === name) return p.initializer;
    if (ts.isShorthandPropertyAssignment(p) && p.name.text === name) return p.name;
  }
  return undefined;
}

function objectAt(obj: ts.ObjectLiteralExpression, name: string, consts: Map<string, ts.Expression>): ts.ObjectLiteralExpression | undefined {
  const value = property(obj, name);
  return value ? configObject(value, consts) : undefined;
}

function propName(name: ts.PropertyName): string | undefined {
  const ts = typescript();
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined;
}

function envCallName(node: ts.Node, envNames: Set<string>): string | undefined {
  const ts = typescript();
  if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || !envNames.has(node.expression.text)) return undefined;
  const arg = node.arguments[0];
  return arg && (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) ? arg.text : undefined;
}

function processEnvName(e: ts.Expression): string | undefined {
  const ts = typescript();
  const isProcessEnv = (x: ts.Expression) => ts.isPropertyAccessExpression(x) && x.name.text === 'env' && ts.isIdentifier(x.expression) && x.expression.text === 'process';
  if (ts.isPropertyAccessExpression(e) && isProcessEnv(e.expression)) return e.name.text;
  if (ts.isElementAccessExpression(e) && isProcessEnv(e.expression) && ts.isStringLiteral(e.argumentExpression)) return e.argumentExpression.text;
  return undefined;
}

function isDirname(e: ts.Expression): boolean {
  const ts = typescript();
  if (ts.isIdentifier(e)) return e.text === '__dirname';
  return ts.isPropertyAccessExpression(e) && e.name.text === 'dirname' && ts.isMetaProperty(e.expression);
}

function isPathCall(callee: ts.Expression): boolean {
  const ts = typescript();
  const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : '';
  return name === 'join' || name === 'resolve';
}

function joinPosix(parts: string[]): string {
  const start = parts.map((p) => p.replace(/\\/g, '/')).lastIndexOf(CONFIG_DIR);
  return (start >= 0 ? parts.slice(start) : parts).map((p) => p.replace(/\\/g, '/')).filter((p) => p !== '').join('/');
}
