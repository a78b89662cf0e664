import { LineIndex } from '@shared/findings/positions';
import { fromBabel } from './config-syntax/from-babel';
import { fromTypeScript } from './config-syntax/from-typescript';
import { PrismaConfigSyntaxError } from './config-syntax/syntax-error';
import { envCallName, isDirname, isPathCall, processEnvName, property, unwrap } from './config-syntax/queries';
import type { ConfigProgram, Expr, ObjectExpr, Span } from './config-syntax/types';
import type { ConfigValue, PrismaConfigInfo } from './types';

/** Stands for the config file's own directory (`__dirname`, `import.meta.dirname`) until paths are resolved. */
export const CONFIG_DIR = '\u0000CONFIG_DIR';

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
export function readPrismaConfig(file: string, text: string): PrismaConfigInfo {
  return evaluateConfig(file, text, parseConfig(file, text));
}

function parseConfig(file: string, text: string): ConfigProgram {
  try {
    return fromBabel(text);
  } catch (e) {
    const at = (e as { loc?: { index?: unknown } }).loc?.index;
    if (e instanceof SyntaxError && typeof at === 'number') {
      // Babel's message ends in its own "(line:column)", counted in UTF-16 units from column 0: ours counts characters.
      throw new PrismaConfigSyntaxError(e.message.replace(/ \(\d+:\d+\)$/, ''), new LineIndex(text).locationOfChars(file, at));
    }
    // Anything else is Babel failing, not the file (a RangeError from nesting deeper than its stack): the TypeScript
    // compiler, the reference front end of front-ends.test.ts, reads it instead.
    return fromTypeScript(file, text);
  }
}

/** What a config's syntax tree says, whichever front end built it. */
export function evaluateConfig(file: string, text: string, program: ConfigProgram): PrismaConfigInfo {
  const lines = new LineIndex(text);
  const loc = (node: Span) => lines.locationOfChars(file, node.start, node.end);
  const envNames = new Set<string>(); // local names bound to prisma's env()
  const consts = new Map<string, Expr>();
  let loadsDotenv = false;
  let root: ObjectExpr | undefined;

  const dotenvConfig: string[] = []; // local names of `import { config } from 'dotenv'`
  for (const stmt of program.statements) {
    if (stmt.kind === 'import' && stmt.from !== undefined) {
      if (stmt.from === 'dotenv/config' || stmt.from === 'dotenv/config.js') loadsDotenv = true;
      if (stmt.from === 'dotenv') for (const b of stmt.named) if (b.imported === 'config') dotenvConfig.push(b.local);
      if (stmt.from === 'prisma/config' || stmt.from === '@prisma/config') for (const b of stmt.named) if (b.imported === 'env') envNames.add(b.local);
    } else if (stmt.kind === 'variables') {
      for (const d of stmt.declarations) consts.set(d.name, d.init);
    } else if (stmt.kind === 'export') {
      // Only consts declared above it: one declared below is in its temporal dead zone when the export runs.
      root = configObject(stmt.expression, consts);
    }
    if (stmt.kind !== 'import' && loadsEnvFile(text.slice(stmt.start, stmt.end), dotenvConfig)) loadsDotenv = true;
  }

  const envCalls = program.calls.filter((c) => envNames.has(c.callee)).map((c) => ({ name: c.arg, location: loc(c), ...(c.when ? { when: c.when.map((w) => ({ env: w.env, negated: w.negated, text: text.slice(w.start, w.end) })) } : {}) }));

  const evaluate = (expr: Expr, depth = 0): ConfigValue => {
    const location = loc(expr);
    const unknown: ConfigValue = { kind: 'unknown', text: text.slice(expr.start, expr.end), location };
    if (depth > MAX_DEPTH) return unknown;
    const e = unwrap(expr);
    if (e.kind === 'string') return { kind: 'literal', value: e.value, location };
    const envName = envCallName(e, envNames);
    if (envName !== undefined) return { kind: 'env', name: envName, location };
    if (isDirname(e)) return { kind: 'literal', value: CONFIG_DIR, location };
    if (e.kind === 'ident' && consts.has(e.name)) return { ...evaluate(consts.get(e.name)!, depth + 1), location };
    const processEnv = processEnvName(e);
    if (processEnv !== undefined) return { kind: 'env', name: processEnv, location };
    if (e.kind === 'binary') {
      const left = evaluate(e.left, depth + 1);
      const right = evaluate(e.right, depth + 1);
      if (left.kind === 'env' && right.kind === 'literal') return { ...left, fallback: right.value, location };
    }
    if (e.kind === 'call' && isPathCall(e.callee)) {
      const parts = e.args.map((a) => evaluate(a, depth + 1));
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

/** `defineConfig({...})`, `{...} satisfies PrismaConfig`, or a const holding either. */
function configObject(expr: Expr, consts: Map<string, Expr>, depth = 0): ObjectExpr | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const e = unwrap(expr);
  if (e.kind === 'object') return e;
  if (e.kind === 'call' && e.args[0]) return configObject(e.args[0], consts, depth + 1);
  if (e.kind === 'ident' && consts.has(e.name)) return configObject(consts.get(e.name)!, consts, depth + 1);
  return undefined;
}

function objectAt(obj: ObjectExpr, name: string, consts: Map<string, Expr>): ObjectExpr | undefined {
  const value = property(obj, name);
  return value ? configObject(value, consts) : undefined;
}

function joinPosix(parts: string[]): string {
  const start = parts.map((p) => p.replace(/\\/g, '/')).lastIndexOf(CONFIG_DIR);
  return (start >= 0 ? parts.slice(start) : parts).map((p) => p.replace(/\\/g, '/')).filter((p) => p !== '').join('/');
}

/** `dotenv.config()`, `process.loadEnvFile()`, or a call of dotenv's `config` imported by name. */
function loadsEnvFile(statement: string, dotenvConfig: readonly string[]): boolean {
  return LOADS_DOTENV.test(statement) || dotenvConfig.some((name) => new RegExp(`(^|[^\\w$.])${name.replace(/\$/g, '\\$')}\\s*\\(`).test(statement));
}
