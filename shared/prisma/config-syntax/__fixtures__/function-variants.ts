import { type ConfigVariant, variant, wrap } from './variant';

/** Seen in public repositories: a function declaration the datasource URL comes from. */
const RESOLVER = `import 'dotenv/config';
import { defineConfig, env } from 'prisma/config';
const COMMANDS = new Set(['generate', 'format', 'validate']);
function resolveDatasourceUrl(): string {
  const databaseUrl = process.env.DATABASE_URL?.trim();
  if (databaseUrl) return databaseUrl;
  return env('DATABASE_URL');
}
export default defineConfig({ schema: 'prisma/schema.prisma', datasource: { url: resolveDatasourceUrl() } });
`;

/** Seen in public repositories: an optional chain, a try/catch and a driver adapter. */
const ADAPTER = `import { defineConfig, env } from 'prisma/config';
import { PrismaPg } from '@prisma/adapter-pg';
const url = process.env.DIRECT_URL ?? process.env.DATABASE_URL?.replace('-pooler.', '.');
try { process.loadEnvFile(); } catch {}
export default defineConfig({
  schema: 'prisma/schema.prisma',
  datasource: { url },
  adapter: async () => new PrismaPg({ connectionString: env('ADAPTER_URL') }),
});
`;

/** Functions, blocks, `new` and optional chains (env() in function bodies is not counted), then near misses of them. */
export const FUNCTION_VARIANTS: ConfigVariant[] = [
  variant('a function declaration resolving the URL', RESOLVER),
  variant('a function declaration with CRLF line endings and no semicolons', RESOLVER.replace(/;$/gm, '').replace(/\n/g, '\r\n')),
  variant('an optional chain, try/catch and an adapter arrow function', ADAPTER),
  variant('an adapter config with CRLF line endings and no semicolons', ADAPTER.replace(/;$/gm, '').replace(/\n/g, '\r\n')),
  variant('an adapter arrow function', `import { defineConfig, env } from 'prisma/config';\nimport { PrismaPg } from '@prisma/adapter-pg';\nexport default defineConfig({\n  schema: 'prisma/schema.prisma',\n  experimental: { adapter: true },\n  adapter: async () => new PrismaPg({ connectionString: env('DATABASE_URL') }),\n});\n`),
  variant('env() inside a function body', `import { env } from 'prisma/config';\nfunction url() { return env('INSIDE'); }\nexport default { datasource: { url: url() }, schema: env('OUTSIDE') };\n`),
  variant(
    'exported and async function declarations with parameters and return types',
    `import { env } from 'prisma/config';\nexport function schemaPath(): string { return 'prisma/schema.prisma'; }\nexport async function shadow(name: string, fallback: string = env('IN_DEFAULT'),): Promise<string> {\n  if (name) return name\n  return fallback\n}\nasync function unused() {}\nexport default { schema: schemaPath(), datasource: { url: env('DATABASE_URL') } };\n`,
  ),
  variant('export default async function', `export default async function () { return { schema: 'x' }; }\n`),
  variant('export default of a named function, then a call', `export default function config() { return env('IN_BODY'); } log('after')\n`),
  variant(
    'arrow functions of every form',
    wrap(`  a: x => x,\n  b: async x => env('IN_ARROW'),\n  c: (a, b) => { log('x'); },\n  d: (a: string = 'd'): string => a,\n  e: async (): Promise<Client> => {\n    return new Client();\n  },\n  f: () => () => ({ nested: env('NESTED') }),\n  g: (\n    a,\n  ) /* why */ =>\n    a,\n  datasource: { url: env('DATABASE_URL') },`),
  ),
  variant('function expressions', wrap(`  d: async function () { return env('A'); },\n  e: function named(a: string): void {},\n  f: (function () { return 'x'; })(),\n  g: function () {}\n  ('called'),`)),
  variant('a method', wrap(`  schema() { return 'x'; },`)),
  variant('an accessor', wrap(`  get schema() { return 'x'; },`)),
  variant('methods of every form', wrap(`  async adapter() { return env('IN_METHOD'); },\n  set migrations(v) {},\n  get\n  migrations() { return { path: 'm' }; },\n  'quoted'() {},\n  get() {},\n  async() {},\n  datasource: { url: env('DATABASE_URL') },`)),
  variant('optional chaining', wrap(`  datasource: { url: process.env?.DATABASE_URL },`)),
  variant('optional calls, indexes and non-null chains', `import { env } from 'prisma/config';\nconst url = env?.('OPTIONAL_CALL') ?? process.env?.['DATABASE_URL'] ?? process?.env.URL!.trim?.()\n  ?.toString();\nexport default { datasource: { url }, schema: config?.\n  schema };\n`),
  variant('new', wrap(`  datasource: { url: new URL('postgres://x').toString() },`)),
  variant('new with and without arguments', `const commands = new Set(['generate', 'format', 'validate']);\nconst date = new Date;\nconst pool = new pg.Pool({ connectionString: env('POOL_URL') }).options;\nnew Client(env('STATEMENT'))!.connect();\nexport default { schema: new URL('./prisma', import.meta.url).pathname, other: new (load('x'))() };\n`),
  variant('try/catch around loadEnvFile', `try {\n  process.loadEnvFile('.env');\n} catch {}\nexport default { schema: 'x' };\n`),
  variant(
    'try/catch/finally with env() inside',
    `import { env } from 'prisma/config';\ntry {\n  const local = env('IN_TRY');\n  process.loadEnvFile('.env.local');\n} catch (error: unknown) {\n  console.warn('no .env.local', env('IN_CATCH'));\n} finally {\n  log('done')\n}\ntry { load() } finally {}\nexport default { datasource: { url: local } };\n`,
  ),
  variant(
    'if/else blocks and throw',
    `import { env } from 'prisma/config';\nif (!process.env.DATABASE_URL) throw new Error('DATABASE_URL is not set');\nif (process.env.CI) {\n  config({ path: '.env.ci' });\n} else if (!!process.env.LOCAL) dotenv.config()\nelse {\n  const fallback = env('IN_ELSE');\n}\nif (x) ; else ;\nexport default { datasource: { url: env('DATABASE_URL') } };\n`,
  ),
  variant('nested blocks and functions', `try {\n  if (process.env.X) {\n    { log('deep'); }\n    function inner() { if (y) { return } else return env('IN_INNER'); }\n  }\n} catch {\n  ;\n}\nexport default {};\n`),
  variant('a block statement', `{ const x = 1; }\nexport default { schema: 'x' };\n`),
  variant(
    'comments around functions',
    `/** Resolves the URL. */\nexport /* a */ async /* b */ function /* c */ url /* d */ ( // params\n  name: string, /* e */\n) /* f */ : /* g */ string /* h */ {\n  // nothing\n}\nconst f = async /* i */ (a) /* j */ => /* k */ a;\nexport default { datasource: { url: url('x') } };\n`,
  ),
  variant('a generator function', `function* gen() {}\nexport default {};\n`),
  variant('a rest parameter', wrap(`  adapter: (...args) => args,`)),
  variant('a destructured parameter', wrap(`  adapter: ({ url }) => url,`)),
  variant('an optional parameter', wrap(`  adapter: (url?: string) => url,`)),
  variant('an arrow function missing its =>, which TypeScript reads as one', `const f = (a)\n{}\nexport default {};\n`),
  variant('a line break before =>', `const f = (a)\n=> a;\nexport default {};\n`),
  variant('await', wrap(`  adapter: async () => {\n    const { PrismaPg } = await import('@prisma/adapter-pg');\n    return new PrismaPg({});\n  },`)),
  variant('a comparison in a condition', `if (process.env.NODE_ENV === 'production') {}\nexport default {};\n`),
  variant('return outside a function', `return;\nexport default {};\n`),
  variant('an optional chain after new', `export default { schema: new a?.b() };\n`),
  variant('new.target', `function f() { return new.target; }\nexport default {};\n`),
  variant('import.meta after new, which TypeScript reads as two statements', `const url = new import.meta.X(env('A'));\nexport default {};\n`),
  variant('a for loop in a function body', `function f() { for (const x of []) {} }\nexport default {};\n`),
  variant('a nested generic type', `function f(): Promise<Array<string>> {}\nexport default {};\n`),
  variant('const in type arguments', `export default {} as A<const>;\n`),
  variant('a function overload without a body', `function f(): void;\nfunction f() {}\nexport default {};\n`),
  variant('try without catch or finally', `try {}\nexport default {};\n`),
  variant('else after a statement on the same line', `if (a) f() else g()\nexport default {};\n`),
  variant('an immediately invoked function at the start of a statement', `(function () {})();\nexport default {};\n`),
  variant('async and function on separate lines', `export async\nfunction f() {}\nexport default {};\n`),
  variant('throw followed by a line break', `throw\nnew Error('x');\nexport default {};\n`),
];
