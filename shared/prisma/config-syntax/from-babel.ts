import type * as B from '@babel/types';
import type { ParserOptions } from '@babel/parser';
import type { CallCandidate, CallCondition, ConfigProgram, Expr, Prop, Statement } from './types';

/**
 * Babel's options as Prisma's loader has them: Prisma 6 and 7 load prisma.config.ts through c12 and jiti, and
 * jiti transpiles it with Babel (a module, the TypeScript syntax plugin and legacy decorators), so a file
 * Babel rejects here is one every prisma command fails to load (front-ends.test.ts compares with jiti).
 */
export const BABEL_OPTIONS: ParserOptions = {
  sourceType: 'module',
  plugins: ['typescript', 'decorators-legacy'],
  // TypeScript's tree has a node for parentheses, and a condition's span includes them.
  createParenthesizedExpressions: true,
  attachComment: false,
};

/** @babel/parser, required on first use: only a repository with a prisma.config.ts pays to load it. */
function babel(): typeof import('@babel/parser') {
  return require('@babel/parser') as typeof import('@babel/parser');
}

/**
 * The config's syntax tree from Babel's parser. It throws Babel's SyntaxError (with `loc`) for a file that is
 * not valid TypeScript; read-config.ts turns it into a located error. The tree is the one from-typescript.ts
 * builds from the TypeScript compiler (front-ends.test.ts holds the two equal), so that the evaluator does
 * not know which front end ran.
 */
export function fromBabel(text: string): ConfigProgram {
  const file = babel().parse(text, BABEL_OPTIONS);
  const program = file.program;
  const statements: Statement[] = [...program.directives.map((d): Statement => ({ kind: 'other', ...span(d) })), ...program.body.map(statement)];
  const calls: CallCandidate[] = [];
  for (const d of program.directives) visit(d, [], calls);
  for (const s of program.body) visit(s, [], calls);
  return { statements, calls: calls.sort((a, b) => a.start - b.start) };
}

const span = (node: B.Node) => ({ start: node.start!, end: node.end! });

function expr(e: B.Node): Expr {
  const at = span(e);
  switch (e.type) {
    case 'StringLiteral':
      return { kind: 'string', value: e.value, template: false, ...at };
    case 'TemplateLiteral':
      // A template without substitutions; Babel has already failed on an invalid escape in an untagged one.
      if (e.expressions.length === 0) return { kind: 'string', value: e.quasis[0].value.cooked ?? '', template: true, ...at };
      break;
    case 'Identifier':
      return { kind: 'ident', name: e.name, ...at };
    case 'MetaProperty':
      return { kind: 'meta', ...at };
    case 'MemberExpression':
    case 'OptionalMemberExpression':
      if (e.computed) return { kind: 'index', object: expr(e.object), index: expr(e.property), ...at };
      return { kind: 'member', object: expr(e.object), name: e.property.type === 'PrivateName' ? `#${e.property.id.name}` : (e.property as B.Identifier).name, ...at };
    case 'CallExpression':
    case 'OptionalCallExpression':
      return { kind: 'call', callee: expr(e.callee), args: e.arguments.map(expr), ...at };
    case 'ObjectExpression':
      return { kind: 'object', props: e.properties.map(prop), ...at };
    case 'LogicalExpression':
      if (e.operator !== '&&') return { kind: 'binary', op: e.operator, left: expr(e.left), right: expr(e.right), ...at };
      break;
    case 'ParenthesizedExpression':
    case 'TSAsExpression':
    case 'TSSatisfiesExpression':
    case 'TSNonNullExpression':
      return { kind: 'wrap', inner: expr(e.expression), ...at };
  }
  return { kind: 'other', ...at };
}

function prop(p: B.ObjectExpression['properties'][number]): Prop {
  if (p.type !== 'ObjectProperty') return { kind: 'other' }; // spreads, methods, accessors
  if (p.shorthand && p.value.type === 'Identifier') return { kind: 'shorthand', value: { kind: 'ident', name: p.value.name, ...span(p.value) } };
  const key = p.computed ? undefined : p.key.type === 'Identifier' ? p.key.name : p.key.type === 'StringLiteral' ? p.key.value : undefined;
  return { kind: 'assign', key, value: expr(p.value) };
}

function statement(stmt: B.Statement): Statement {
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
  if (stmt.type === 'ExportDefaultDeclaration' && isExpression(stmt.declaration)) return { kind: 'export', expression: expr(stmt.declaration), ...at };
  if (stmt.type === 'TSExportAssignment') return { kind: 'export', expression: expr(stmt.expression), ...at };
  return { kind: 'other', ...at };
}

function isExpression(node: B.Node): node is B.Expression {
  return !['FunctionDeclaration', 'ClassDeclaration', 'TSInterfaceDeclaration', 'TSDeclareFunction', 'TSEnumDeclaration', 'TSModuleDeclaration', 'TSTypeAliasDeclaration'].includes(node.type);
}

/** Function-like nodes, as TypeScript's `isFunctionLike` has them: their bodies run later, if ever, not at load. */
const FUNCTION_LIKE = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression', 'ObjectMethod', 'ClassMethod', 'ClassPrivateMethod', 'TSDeclareFunction', 'TSDeclareMethod']);
/** Keys that hold no child node the calls are looked for in (types hold no call). */
const SKIPPED_KEYS = new Set(['loc', 'extra', 'leadingComments', 'trailingComments', 'innerComments', 'typeAnnotation', 'typeParameters', 'typeArguments', 'returnType', 'superTypeParameters', 'implements']);

function unwrapCondition(e: B.Node): B.Node {
  while (e.type === 'ParenthesizedExpression' || e.type === 'TSAsExpression' || e.type === 'TSNonNullExpression' || e.type === 'TSSatisfiesExpression') e = e.expression;
  return e;
}

/** `X` of `process.env.X` or `process.env['X']` (optional chains included), the test of a condition. */
function processEnvKey(x: B.Node): string | undefined {
  if (x.type !== 'MemberExpression' && x.type !== 'OptionalMemberExpression') return undefined;
  const o = x.object;
  const isProcessEnv = (o.type === 'MemberExpression' || o.type === 'OptionalMemberExpression') && !o.computed && o.property.type === 'Identifier' && o.property.name === 'env' && o.object.type === 'Identifier' && o.object.name === 'process';
  if (!isProcessEnv) return undefined;
  if (!x.computed) return x.property.type === 'Identifier' ? x.property.name : undefined;
  return x.property.type === 'StringLiteral' ? x.property.value : undefined;
}

function condition(e: B.Node, negated: boolean): CallCondition {
  // `!x` stays unknown, as from-typescript.ts keeps it.
  const name = processEnvKey(unwrapCondition(e));
  return { ...(name !== undefined ? { env: name } : {}), negated, ...span(e) };
}

/** The calls `name('text')` outside function bodies, with the conditions they run under. */
function visit(node: B.Node, when: CallCondition[], calls: CallCandidate[]): void {
  if (FUNCTION_LIKE.has(node.type)) return;
  if (node.type === 'CallExpression' || node.type === 'OptionalCallExpression') {
    const arg = node.arguments[0];
    const literal = arg?.type === 'StringLiteral' ? arg.value : arg?.type === 'TemplateLiteral' && arg.expressions.length === 0 ? (arg.quasis[0].value.cooked ?? '') : undefined;
    if (node.callee.type === 'Identifier' && literal !== undefined) calls.push({ callee: node.callee.name, arg: literal, ...span(node), ...(when.length > 0 ? { when } : {}) });
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
    if (node.alternate) visit(node.alternate, [...when, condition(node.test, true)], calls);
    return;
  }
  for (const [key, value] of Object.entries(node)) {
    if (SKIPPED_KEYS.has(key) || value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (const child of value) if (isNode(child)) visit(child, when, calls);
    } else if (isNode(value)) visit(value, when, calls);
  }
}

function isNode(value: unknown): value is B.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
