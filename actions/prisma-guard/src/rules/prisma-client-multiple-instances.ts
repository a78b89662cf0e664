import type ts from 'typescript';
import type { RepoFs } from '@shared/io/repo-fs';
import type { Finding, Location } from '@shared/findings/finding';
import { LineIndex } from '@shared/findings/positions';
import { isGenerated } from '@shared/prisma';
import { typescript } from '@shared/prisma/typescript';
import { defineRule } from './define-rule';

export const prismaClientMultipleInstances = defineRule({
  id: 'prisma-client-multiple-instances',
  severity: 'warning',
  description: '`new PrismaClient(` in more than one module.',
  help: 'Construct the client once in the database package and import it everywhere else.',
});

const SOURCES = ['**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}'];
const SKIP = /(^|\/)(__tests__|__mocks__|__fixtures__|test|tests|e2e)\/|\.(test|spec)\.[cm]?[jt]sx?$|\.d\.[cm]?ts$/;

/**
 * `new PrismaClient(` in more than one module means one connection pool per module (and per hot reload).
 * Found with the TypeScript parser, so comments, strings and `new PrismaClientKnownRequestError(` do not count.
 * Tests and generated code are left out: a test may build its own client on purpose.
 */
export function checkClientInstances(fs: RepoFs): { findings: Finding[] } {
  const candidates: [file: string, text: string][] = [];
  for (const file of fs.glob(SOURCES)) {
    if (isGenerated(file) || SKIP.test(file)) continue;
    const text = fs.readText(file);
    if (mayConstruct(text)) candidates.push([file, text]);
  }
  // The usual repository constructs its client once: with fewer than two candidates there is nothing to confirm.
  if (candidates.length < 2) return { findings: [] };
  const sites = candidates.map(([file, text]) => firstConstruction(file, text)).filter((s): s is Location => s !== undefined);
  if (sites.length < 2) return { findings: [] };
  const f = prismaClientMultipleInstances.report({
    message: `new PrismaClient() is called in ${sites.length} modules: ${sites.map((s) => s.file).join(', ')}`,
    location: sites[1],
    fingerprintKey: sites.map((s) => s.file).join(','),
    trace: sites.map((s) => ({ location: s, note: 'constructs a PrismaClient' })),
  });
  return { findings: [f] };
}

/**
 * A superset of what the parser confirms: `new` before PrismaClient or a name it is imported as. Most
 * modules fail it, so TypeScript (~160 ms to load) is only loaded when two or more modules pass it.
 */
function mayConstruct(text: string): boolean {
  if (!text.includes('PrismaClient')) return false;
  const names = ['PrismaClient', ...[...text.matchAll(/\bPrismaClient\s+as\s+([\w$]+)/g)].map((m) => m[1])];
  return names.some((n) => new RegExp(`\\bnew\\s+(?:[\\w$]+\\s*\\.\\s*)*${n.replace(/\$/g, '\\$')}(?![\\w$])`).test(text));
}

function firstConstruction(file: string, text: string): Location | undefined {
  const ts = typescript();
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kindOf(file));
  const names = new Set(['PrismaClient']);
  for (const stmt of source.statements) {
    const bindings = ts.isImportDeclaration(stmt) ? stmt.importClause?.namedBindings : undefined;
    if (bindings && ts.isNamedImports(bindings)) for (const el of bindings.elements) if (el.propertyName?.text === 'PrismaClient') names.add(el.name.text);
  }
  let found: ts.NewExpression | undefined;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isNewExpression(node) && names.has(calleeName(node.expression) ?? '')) {
      found = node;
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found && new LineIndex(text).locationOfChars(file, found.getStart(source), found.getEnd());
}

function calleeName(e: ts.Expression): string | undefined {
  const ts = typescript();
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) return e.name.text;
  return undefined;
}

function kindOf(file: string): ts.ScriptKind {
  const ts = typescript();
  if (/\.tsx$/.test(file)) return ts.ScriptKind.TSX;
  if (/\.jsx$/.test(file)) return ts.ScriptKind.JSX;
  if (/\.[cm]?js$/.test(file)) return ts.ScriptKind.JS;
  return ts.ScriptKind.TS;
}
