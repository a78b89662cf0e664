/**
 * prisma.config.ts variants for the front-end tests: `fast` says whether parse-fast.ts must read the
 * variant itself (true) or must decline it (false); either way the TypeScript front end is the reference.
 */
export interface ConfigVariant {
  name: string;
  text: string;
  fast: boolean;
}

const COMMON = `import 'dotenv/config';
import path from 'node:path';
import { defineConfig, env } from 'prisma/config';
export default defineConfig({
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: 'prisma/migrations', seed: 'tsx prisma/seed.ts' },
  datasource: { url: env('DATABASE_URL'), shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL ?? 'postgres://x' },
});
`;

const fast = (name: string, text: string): ConfigVariant => ({ name, text, fast: true });
const declined = (name: string, text: string): ConfigVariant => ({ name, text, fast: false });
const wrap = (body: string) => `import { defineConfig, env } from 'prisma/config';\nexport default defineConfig({\n${body}\n});\n`;

export const SUPPORTED: ConfigVariant[] = [
  fast('the common shape', COMMON),
  fast('the common shape with CRLF line endings', COMMON.replace(/\n/g, '\r\n')),
  fast('the common shape without semicolons', COMMON.replace(/;$/gm, '').replace(/\)\n$/, ')')),
  fast('the common shape after a byte-order mark', `\uFEFF${COMMON}`),
  fast('a minimal config without a trailing newline', `import { defineConfig } from "prisma/config"\nexport default defineConfig({ schema: "prisma/schema.prisma" })`),
  fast(
    'comments everywhere',
    `// top\n/** JSDoc */ import /* a */ { /* b */ defineConfig /* c */, env } /* d */ from /* e */ 'prisma/config' /* f */;\n/* before */ export /* x */ default /* y */ defineConfig( // call\n  { /* open */ schema /* k */ : /* v */ 'prisma/schema.prisma' /* after */, // line\n  datasource: { url: process /* p */ . /* q */ env . /* r */ DATABASE_URL /* s */ ?? /* t */ 'postgres://x' } /* end */ } /* close */ ) /* semi */ ; // done\n/* trailing */`,
  ),
  fast('non-ASCII text before values', `// Konfiguration für Prisma — схема 🚀\nimport { defineConfig, env } from 'prisma/config';\nexport default defineConfig({ /* ü 😀 */ schema: 'prisma/схема.prisma', datasource: { /* 日本 */ url: env('DATABASE_URL') } });\n`),
  fast('non-ASCII keys and values in strings', wrap(`  'schéma': 'x',\n  schema: '😀/prisma',\n  datasource: { url: 'postgres://ü@host/db' },`)),
  fast('satisfies PrismaConfig', `import type { PrismaConfig } from 'prisma';\nexport default {\n  schema: 'prisma/schema.prisma',\n} satisfies PrismaConfig;\n`),
  fast('a dotted type after satisfies and as', `export default ({ schema: 'db/schema.prisma' }) as unknown as Prisma.Config satisfies object;\n`),
  fast('a typed const exported', `import type { PrismaConfig } from 'prisma';\nconst config: PrismaConfig = { schema: 'prisma/schema.prisma', migrations: { path: 'prisma/migrations' } };\nexport default config;\n`),
  fast('defineConfig of a const', `import { defineConfig } from 'prisma/config';\nconst config = { schema: 'db/schema.prisma', datasource: { url: process.env['DATABASE_URL'] } };\nexport default defineConfig(config);\n`),
  fast('a const holding defineConfig', `import { defineConfig } from 'prisma/config';\nconst config = defineConfig({ schema: 'db/schema.prisma' });\nexport default config;\n`),
  fast('consts in values and shorthands', `import { defineConfig } from 'prisma/config';\nconst schema = 'prisma/schema.prisma';\nconst migrations = { path: 'prisma/migrations' };\nconst dir = 'prisma', file = 'schema.prisma';\nexport default defineConfig({ schema, migrations, datasource: { url: process.env.URL ?? dir } });\n`),
  fast('exported consts', `import { defineConfig } from 'prisma/config';\nexport const schema = 'prisma/schema.prisma';\nexport let datasource = { url: 'postgres://localhost/db' };\nexport default defineConfig({ schema, datasource });\n`),
  fast('var and let redeclared, the last one counting', `var schema = 'a.prisma';\nlet unset;\nvar schema = 'b.prisma';\nexport default { schema };\n`),
  fast('a const declared after the export', `export default defineConfig(config);\nconst config = { schema: 'late.prisma' };\n`),
  fast('a value const declared after the export', `export default defineConfig({ schema });\nconst schema = 'late.prisma';\n`),
  fast('__dirname in path.join', wrap(`  schema: path.join(__dirname, 'prisma', 'schema.prisma'),\n  migrations: { path: path.join(__dirname, '..', 'migrations') },`)),
  fast('import.meta.dirname in path.resolve', `import path from 'node:path';\nexport default { schema: path.resolve(import.meta.dirname, 'prisma'), migrations: { path: path.join(import.meta.dirname!, 'db', import.meta.dirname, 'm') } };\n`),
  fast('join and resolve imported bare', `import { join, resolve } from 'node:path';\nexport default { schema: join('prisma', 'schema.prisma'), migrations: { path: resolve(__dirname, 'prisma\\\\migrations') } };\n`),
  fast('process.env by index and by template', wrap(`  datasource: { url: process.env['DATABASE_URL'], shadowDatabaseUrl: process.env[\`SHADOW\`] },`)),
  fast('process.env with a non-null assertion and ||', wrap(`  datasource: { url: process.env.DATABASE_URL!, shadowDatabaseUrl: process.env.SHADOW || 'postgres://shadow' },`)),
  fast('env() with a fallback and env() on both sides', wrap(`  datasource: { url: env('DATABASE_URL') ?? 'postgres://x', shadowDatabaseUrl: process.env.A ?? env('B') },`)),
  fast('env() aliased', `import { defineConfig, env as e } from 'prisma/config';\nexport default defineConfig({ datasource: { url: e('DATABASE_URL'), shadowDatabaseUrl: env('NOT_PRISMAS') } });\n`),
  fast('env() from @prisma/config with a default import', `import prismaConfig, { env } from '@prisma/config';\nexport default prismaConfig.defineConfig({ datasource: { url: env(\`DATABASE_URL\`) } });\n`),
  fast('env() imported as a type-only specifier', `import { type env, defineConfig } from 'prisma/config';\nexport default defineConfig({ datasource: { url: env('X') } });\n`),
  fast('env() from another module', `import { env } from './env';\nexport default { datasource: { url: env('X') } };\n`),
  fast('env() calls in arrays, arguments and statements', `import { env } from 'prisma/config';\nenv('TOP');\nconst list = [env('A'), ...[env('B')], 'x', 1, true, null];\nexport default { schema: log('s', env('C')), datasource: { url: env(('WRAPPED')) ?? (env)('CALLEE') } };\n`),
  fast('every import form', `import 'dotenv/config.js';\nimport './side-effect';\nimport type Def from 'a';\nimport type { T1, T2 as T3 } from 'b';\nimport type * as NS from 'c';\nimport * as path from 'node:path';\nimport def, * as all from 'd';\nimport { default as x, type Y, z as w, } from 'e';\nimport {} from 'f';\nexport default { schema: path.join('a', 'b') };\n`),
  fast('dotenv.config()', `import dotenv from 'dotenv';\ndotenv.config();\nexport default { schema: 'prisma/schema.prisma' };\n`),
  fast('config() from dotenv with a path', `import { config } from 'dotenv';\nconfig({ path: '../.env' });\nexport default { schema: 'prisma/schema.prisma' };\n`),
  fast('dotenv as a namespace with override', `import * as dotenv from 'dotenv';\nimport path from 'node:path';\ndotenv.config({ path: path.resolve(__dirname, '../../.env'), override: true, quiet: true });\nexport default { schema: 'prisma/schema.prisma' };\n`),
  fast('require(dotenv).config()', `require('dotenv').config()\nexport default { schema: 'prisma/schema.prisma' }\n`),
  fast('process.loadEnvFile()', `process.loadEnvFile('.env');\nexport default { schema: 'prisma/schema.prisma' };\n`),
  fast('export =', `import { defineConfig } from 'prisma/config';\nexport = defineConfig({ schema: 'prisma/schema.prisma' });\n`),
  fast('two default exports, the last one counting', `export default { schema: 'a.prisma' };\nexport default { schema: 'b.prisma' };\n`),
  fast('as const, parentheses and string keys', `export default ({ 'schema': ('prisma/schema.prisma' as const), "datasource": { url: (process.env.URL as string) } });\n`),
  fast('spreads, numbers, booleans, arrays and nested objects', wrap(`  ...base,\n  experimental: { externalTables: true, adapter: false },\n  tables: { external: ['public.a', "public.b",] },\n  timeout: 1000.5e3,\n  schema: 'prisma',\n  schema: 'duplicate',`)),
  fast('string escapes', wrap(`  schema: 'pri\\x73ma/\\u0073chema.prisma',\n  migrations: { path: "a\\\\b\\u{1F600}\\0\\n\\t\\'q\\"" },\n  datasource: { url: 'line\\\ncontinued' },`)),
  fast('a template without substitutions', wrap(`  schema: \`prisma/schema.prisma\`,\n  migrations: { path: \`multi\nline \\u0041 $ {}\` },`)),
  fast('a call continued on the next line', `const base = defineConfig\n({ schema: 'x.prisma' })\nexport default base\n`),
  fast('an index continued on the next line', `export default { schema: 'x' }\n[0]\n`),
  fast('member access across lines and keywords as names', `export default {\n  schema: process\n    .env\n    .default,\n  datasource: { url: a.if.class },\n};\n`),
  fast('a line separator and a block comment as line breaks', `const a = 'x'\u2028const b = 'y' /*\n*/ const c = 'z'\nexport default { schema: c }\n`),
  fast('unusual whitespace', `export\u00a0default\t{\u000bschema:\u000c'x' }\n`),
  fast('empty statements', `;;export default { schema: 'x' };;\n`),
  fast('an empty file', ``),
  fast('only comments', `// nothing\n/* here */\n`),
  fast('no root object', `export default makeConfig;\n`),
  fast('get and set as keys and shorthands', `const get = 'g';\nexport default { get, set: 'x', schema: get };\n`),
];

export const UNSUPPORTED: ConfigVariant[] = [
  declined('an adapter arrow function', `import { defineConfig, env } from 'prisma/config';\nimport { PrismaPg } from '@prisma/adapter-pg';\nexport default defineConfig({\n  schema: 'prisma/schema.prisma',\n  experimental: { adapter: true },\n  adapter: async () => new PrismaPg({ connectionString: env('DATABASE_URL') }),\n});\n`),
  declined('env() inside a function body', `import { env } from 'prisma/config';\nfunction url() { return env('INSIDE'); }\nexport default { datasource: { url: url() }, schema: env('OUTSIDE') };\n`),
  declined('a method', wrap(`  schema() { return 'x'; },`)),
  declined('an accessor', wrap(`  get schema() { return 'x'; },`)),
  declined('a class', `class C { url = env('IN_CLASS'); }\nexport default { schema: 'x' };\n`),
  declined('new', wrap(`  datasource: { url: new URL('postgres://x').toString() },`)),
  declined('a template with a substitution', wrap(`  schema: \`\${'prisma'}/schema.prisma\`,`)),
  declined('a regular expression', wrap(`  schema: 'x'.replace(/x/, 'y'),`)),
  declined('optional chaining', wrap(`  datasource: { url: process.env?.DATABASE_URL },`)),
  declined('a generic call', `export default defineConfig<Config>({ schema: 'x' });\n`),
  declined('a computed key', wrap(`  ['schema']: 'x',`)),
  declined('string concatenation', wrap(`  schema: 'prisma/' + 'schema.prisma',`)),
  declined('a conditional', wrap(`  schema: process.env.CI ? 'a' : 'b',`)),
  declined('?? mixed with || without parentheses', wrap(`  datasource: { url: process.env.A ?? process.env.B || 'x' },`)),
  declined('a line break before as', `export default {\n  schema: 'x',\n}\nas PrismaConfig;\n`),
  declined('a line break before satisfies', `const c = { schema: 'x' }\nsatisfies PrismaConfig\nexport default c\n`),
  declined('a non-null assertion after a line break', `const url = process.env.URL\n!\nexport default { datasource: { url } };\n`),
  declined('a member name on the next line before another word', `const url = process.env.\nDATABASE_URL as string;\nexport default { datasource: { url } };\n`),
  declined('a call after a type assertion on the next line', `const c = x as Foo\n(y)\nexport default c\n`),
  declined('an array type after as', `export default { schema: ['x'] as string[] };\n`),
  declined('try/catch around loadEnvFile', `try {\n  process.loadEnvFile('.env');\n} catch {}\nexport default { schema: 'x' };\n`),
  declined('module.exports', `module.exports = { schema: 'x' };\n`),
  declined('export default async function', `export default async function () { return { schema: 'x' }; }\n`),
  declined('a shebang', `#!/usr/bin/env node\nexport default { schema: 'x' };\n`),
  declined('a unicode escape in an identifier', `export default { sch\\u0065ma: 'x' };\n`),
  declined('a legacy octal escape', `export default { schema: '\\101' };\n`),
  declined('use strict', `'use strict';\nexport default { schema: 'x' };\n`),
  declined('a declare statement', `declare const process: any;\nexport default { schema: 'x' };\n`),
  declined('a type alias', `type C = { schema: string };\nexport default { schema: 'x' } satisfies C;\n`),
  declined('destructuring', `const { DATABASE_URL } = process.env;\nexport default { datasource: { url: DATABASE_URL } };\n`),
  declined('an assignment', `let url;\nurl = 'x';\nexport default { datasource: { url } };\n`),
  declined('a tagged template', `export default { schema: String.raw\`prisma\\schema.prisma\` };\n`),
  declined('import attributes', `import config from './c.json' with { type: 'json' };\nexport default config;\n`),
  declined('import x = require()', `import path = require('path');\nexport default { schema: path.join('a') };\n`),
  declined('export of a list', `const c = { schema: 'x' };\nexport { c as default };\n`),
  declined('a block statement', `{ const x = 1; }\nexport default { schema: 'x' };\n`),
  declined('a carriage return inside a template', `export default { schema: \`a\r\nb\` };\n`),
  declined('a number key', wrap(`  1: 'x',`)),
  declined('a non-ASCII identifier', `const схема = 'x';\nexport default { schema: схема };\n`),
];
