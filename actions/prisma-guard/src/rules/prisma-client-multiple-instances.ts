import type ts from 'typescript';
import type { RepoFs } from '@shared/io/repo-fs';
import type { Finding, Location } from '@shared/findings/finding';
import { LineIndex } from '@shared/findings/positions';
import { isGenerated } from '@shared/prisma';
import { joinRel } from '@shared/prisma/paths';
import { typescript } from '@shared/prisma/typescript';
import { defineRule } from '@shared/rules/define-rule';

export const prismaClientMultipleInstances = defineRule({
  id: 'prisma-client-multiple-instances',
  guard: 'prisma-guard',
  severity: 'warning',
  description: '`new PrismaClient(` in more than one module.',
  help: 'Construct the client once in the database package and import it everywhere else.',
});

const SOURCES = ['**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}'];
const SKIP = /(^|\/)(__tests__|__mocks__|__fixtures__|test|tests|e2e)\/|\.(test|spec)\.[cm]?[jt]sx?$|\.d\.[cm]?ts$/;
/** One-off processes with a pool of their own that ends with them: seeds and scripts, not the app's client. */
const ONE_OFF = /(^|\/)scripts?\/|(^|\/)prisma\/seed(\/|\.[cm]?[jt]sx?$)|(^|\/)seed\.[cm]?[jt]sx?$/;
/** The edge entry of the client, and the adapters that run on edge runtimes (https://www.prisma.io/docs/orm/prisma-client/deployment/edge/overview). */
const EDGE_MODULE = /\/edge$|^@prisma\/adapter-(neon|d1|planetscale)$|^@prisma\/adapter-libsql\/web$|^@neondatabase\/serverless$/;
const EDGE_RUNTIME = /export\s+const\s+runtime\s*=\s*['"]edge['"]/;
const SCRIPT_FILE = /^(?:\.\/)?[\w./@-]+\.[cm]?[jt]sx?$/;

/**
 * `new PrismaClient(` in more than one module means one connection pool per module (and per hot reload).
 * Found with the TypeScript parser, so comments, strings and `new PrismaClientKnownRequestError(` do not count.
 * Tests and generated code are left out: a test may build its own client on purpose; so are seeds and
 * scripts, which run as processes of their own.
 */
export function checkClientInstances(fs: RepoFs): { findings: Finding[] } {
  const candidates: [file: string, text: string][] = [];
  const runByScripts = scriptFiles(fs);
  for (const file of fs.glob(SOURCES)) {
    if (isGenerated(file) || SKIP.test(file) || ONE_OFF.test(file) || runByScripts.has(file)) continue;
    const text = fs.readText(file);
    if (mayConstruct(text)) candidates.push([file, text]);
  }
  // The usual repository constructs its client once: with fewer than two candidates there is nothing to confirm.
  if (candidates.length < 2) return { findings: [] };
  const found = candidates.map(([file, text]) => firstConstruction(file, text)).filter((s): s is Site => s !== undefined);
  // An edge client (a driver adapter or the /edge entry) beside the Node one is a second runtime, not a second pool of the same one.
  const node = found.filter((s) => !s.edge).map((s) => s.location);
  const edge = found.filter((s) => s.edge).map((s) => s.location);
  const sites = node.length >= 2 ? node : edge;
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

interface Site {
  location: Location;
  edge: boolean;
}

/**
 * Files that package.json scripts run (`tsx src/seed.ts`, `node ./tools/backfill.mjs`) and package.json's
 * `prisma.seed`: a process of their own. A module imported by the app is never named there.
 */
function scriptFiles(fs: RepoFs): Set<string> {
  const out = new Set<string>();
  for (const pkgFile of fs.glob(['**/package.json'])) {
    if (isGenerated(pkgFile)) continue;
    const dir = pkgFile.includes('/') ? pkgFile.slice(0, pkgFile.lastIndexOf('/')) : '.';
    let pkg: { scripts?: Record<string, unknown>; prisma?: { seed?: unknown } };
    try {
      pkg = JSON.parse(fs.readText(pkgFile)) as typeof pkg;
    } catch {
      continue;
    }
    const commands = [...Object.values(pkg.scripts ?? {}), pkg.prisma?.seed].filter((c): c is string => typeof c === 'string');
    for (const word of commands.flatMap((c) => c.split(/\s+/))) {
      const w = word.replace(/^['"]|['"]$/g, '');
      if (SCRIPT_FILE.test(w) && !w.startsWith('/')) out.add(joinRel(dir, w));
    }
  }
  return out;
}

function firstConstruction(file: string, text: string): Site | undefined {
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
  if (!found) return undefined;
  // Prisma 7 constructs every client with an adapter, so an adapter alone says nothing: only the edge ones do.
  const edge = source.statements.some((st) => ts.isImportDeclaration(st) && ts.isStringLiteral(st.moduleSpecifier) && EDGE_MODULE.test(st.moduleSpecifier.text)) || EDGE_RUNTIME.test(text);
  return { location: new LineIndex(text).locationOfChars(file, found.getStart(source), found.getEnd()), edge };
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
