import { runOn, writeTree } from './engine-context';

// Each case mirrors one of test/next-oracle/cases.cjs, where the real `next build` decided the expected verdict.
const NEXT_APP = { 'package.json': JSON.stringify({ name: 'app', dependencies: { next: '15.5.29' } }) };
const APP_LAYOUT = { 'app/layout.tsx': 'export default function L({ children }: any) { return children; }\n' };

type Result = Awaited<ReturnType<typeof runOn>>;
const errors = (r: Result) => r.findings.filter((f) => f.severity === 'error').map((f) => `${f.ruleId} ${f.location?.file}:${f.location?.line}`);
const entries = (r: Result) => (r.data!.entries as { file: string }[]).map((e) => e.file).sort();

describe('edge-guard follows Next: which files are edge', () => {
  it("applies a layout's runtime to the pages below it but not to route.ts handlers", async () => {
    const root = writeTree({
      ...NEXT_APP,
      ...APP_LAYOUT,
      'app/shop/layout.tsx': "export const runtime = 'edge';\nexport default function L({ children }: any) { return children; }\n",
      'app/shop/page.tsx': "import fs from 'node:fs';\nexport default function P() { return String(fs.existsSync('/x')); }\n",
      'app/shop/api/route.ts': "import fs from 'node:fs';\nexport function GET() { return new Response(String(fs.existsSync('/x'))); }\n",
    });
    const r = await runOn(root);
    expect(entries(r)).toEqual(['app/shop/layout.tsx', 'app/shop/page.tsx']);
    expect(errors(r)).toEqual(['edge-node-builtin app/shop/page.tsx:1']);
  });

  it("applies a layout's runtime to route.ts too under Turbopack (Next 16), and not under Next 16 --webpack", async () => {
    const webpack = await runOn(writeTree({
      'package.json': JSON.stringify({ name: 'app', dependencies: { next: '16.4.6' }, scripts: { build: 'next build --webpack' } }),
      ...APP_LAYOUT,
      'app/shop/layout.tsx': "export const runtime = 'edge';\nexport default function L({ children }: any) { return children; }\n",
      'app/shop/api/route.ts': "import fs from 'node:fs';\nexport function GET() { return new Response(String(fs.existsSync('/x'))); }\n",
    }));
    expect(entries(webpack)).toEqual(['app/shop/layout.tsx']);
    const root = writeTree({
      'package.json': JSON.stringify({ name: 'app', dependencies: { next: '16.4.6' } }),
      ...APP_LAYOUT,
      'app/shop/layout.tsx': "export const runtime = 'edge';\nexport default function L({ children }: any) { return children; }\n",
      'app/shop/api/route.ts': "import fs from 'node:fs';\nexport function GET() { return new Response(String(fs.existsSync('/x'))); }\n",
    });
    const r = await runOn(root);
    expect(entries(r)).toEqual(['app/shop/api/route.ts', 'app/shop/layout.tsx']);
    expect(errors(r)).toEqual(['edge-node-builtin app/shop/api/route.ts:1']);
  });

  it("reports App Router runtime = 'experimental-edge' as a build error at the literal", async () => {
    const root = writeTree({ ...NEXT_APP, ...APP_LAYOUT, 'app/api/hello/route.ts': "// hello\nexport const runtime = 'experimental-edge';\nexport const GET = () => new Response('hi');\n" });
    const r = await runOn(root);
    expect(errors(r)).toEqual(['edge-segment-config app/api/hello/route.ts:2']);
    expect(r.findings[0].location?.column).toBe(24);
  });

  it("accepts runtime = 'experimental-edge' in the Pages Router", async () => {
    const root = writeTree({ ...NEXT_APP, 'pages/api/x.ts': "export const config = { runtime: 'experimental-edge' };\nexport default () => new Response('x');\n" });
    const r = await runOn(root);
    expect(errors(r)).toEqual([]);
    expect(entries(r)).toEqual(['pages/api/x.ts']);
  });
});

describe('edge-guard follows Next: resolution', () => {
  it('does not take a Node-only target behind worker or workerd, which Next never picks', async () => {
    const root = writeTree({
      ...NEXT_APP,
      'middleware.ts': "import { hello } from 'split-pkg';\nexport function middleware() { return new Response(hello()); }\n",
      'node_modules/split-pkg/package.json': JSON.stringify({ name: 'split-pkg', exports: { '.': { worker: './worker.js', workerd: './worker.js', default: './web.js' } } }),
      'node_modules/split-pkg/worker.js': "import fs from 'node:fs';\nexport const hello = () => String(fs);\n",
      'node_modules/split-pkg/web.js': "export const hello = () => 'web';\n",
    });
    expect(errors(await runOn(root))).toEqual([]);
  });

  it('takes edge-light first, and require or import by how the module is pulled in', async () => {
    const pkg = { name: 'dual', exports: { '.': { 'edge-light': { require: './edge.cjs', import: './edge.mjs' }, default: './node.js' } } };
    const root = writeTree({
      ...NEXT_APP,
      'middleware.js': "const d = require('dual');\nexport function middleware() { return new Response(d.x); }\n",
      'node_modules/dual/package.json': JSON.stringify(pkg),
      'node_modules/dual/edge.cjs': "exports.x = require('node:net').x;\n",
      'node_modules/dual/edge.mjs': "export const x = 'fine';\n",
      'node_modules/dual/node.js': "module.exports = require('node:tls');\n",
    });
    const r = await runOn(root);
    expect((r.data!.chains as { target: string }[]).map((c) => c.target)).toEqual(['builtin:net']);
  });

  it("follows package.json imports (#subpath) of the workspace and of an installed package", async () => {
    const root = writeTree({
      'package.json': JSON.stringify({ name: 'app', dependencies: { next: '15.5.29' }, imports: { '#db': './lib/db.ts', '#util/*': { 'edge-light': './lib/edge/*.ts', default: './lib/node/*.ts' } } }),
      'middleware.ts': "import { read } from '#db';\nimport { u } from '#util/a';\nimport { p } from 'inner';\nexport function middleware() { return new Response(read() + u + p); }\n",
      'lib/db.ts': "import fs from 'node:fs';\nexport const read = () => String(fs.existsSync('/x'));\n",
      'lib/edge/a.ts': "export const u = 'edge';\n",
      'lib/node/a.ts': "import 'node:child_process';\nexport const u = 'node';\n",
      'node_modules/inner/package.json': JSON.stringify({ name: 'inner', main: 'index.js', imports: { '#impl': './impl.js' } }),
      'node_modules/inner/index.js': "export { p } from '#impl';\n",
      'node_modules/inner/impl.js': "import 'node:dns';\nexport const p = 1;\n",
    });
    const r = await runOn(root);
    expect((r.data!.chains as { target: string }[]).map((c) => c.target).sort()).toEqual(['builtin:dns', 'builtin:fs']);
    expect(r.findings.filter((f) => f.ruleId === 'edge-unresolved-import')).toEqual([]);
  });

  it("treats 'server-only' and 'client-only' as Next's aliases, not missing packages", async () => {
    const root = writeTree({ ...NEXT_APP, 'middleware.ts': "import 'server-only';\nimport 'client-only';\nexport function middleware() { return new Response('ok'); }\n" });
    const r = await runOn(root);
    expect(r.findings).toEqual([]);
  });
});

describe('edge-guard follows Next: Prisma on the edge', () => {
  const route = (db: string) => ({
    ...NEXT_APP,
    'app/api/u/route.ts': "import { db } from '../../../lib/db';\nexport const runtime = 'edge';\nexport const GET = async () => Response.json(await db.user.findMany());\n",
    'lib/db.ts': db,
  });
  const verdict = async (db: string) => {
    const r = await runOn(writeTree(route(db)));
    return r.findings.map((f) => `${f.ruleId}:${f.severity}`);
  };

  it.each([
    ['@prisma/client/edge', "import { PrismaClient } from '@prisma/client/edge';\nexport const db = new PrismaClient();\n"],
    ['a generated client’s edge entry', "import { PrismaClient } from './generated/client/edge';\nexport const db = new PrismaClient();\n"],
    ['accelerateUrl', "import { PrismaClient } from '@prisma/client';\nexport const db = new PrismaClient({ accelerateUrl: process.env.DATABASE_URL! });\n"],
    ['a prisma:// datasourceUrl', "import { PrismaClient } from '@prisma/client';\nexport const db = new PrismaClient({ datasourceUrl: 'prisma://accelerate.prisma-data.net/?api_key=x' });\n"],
    ['a prisma:// datasources url', "import { PrismaClient } from '@prisma/client';\nexport const db = new PrismaClient({ datasources: { db: { url: `prisma://accelerate.prisma-data.net/?api_key=${'x'}` } } });\n"],
    ['withAccelerate()', "import { PrismaClient } from '@prisma/client';\nimport { withAccelerate } from '@prisma/extension-accelerate';\nexport const db = new PrismaClient().$extends(withAccelerate());\n"],
    ['the Neon adapter', "import { PrismaClient } from '@prisma/client';\nimport { PrismaNeon } from '@prisma/adapter-neon';\nexport const db = new PrismaClient({ adapter: new PrismaNeon({ connectionString: '' }) });\n"],
    ['the PlanetScale adapter', "import { PrismaClient } from '@prisma/client';\nimport { PrismaPlanetScale } from '@prisma/adapter-planetscale';\nexport const db = new PrismaClient({ adapter: new PrismaPlanetScale({ url: '' }) });\n"],
    ['the libSQL adapter', "import { PrismaClient } from '@prisma/client';\nimport { PrismaLibSQL } from '@prisma/adapter-libsql';\nexport const db = new PrismaClient({ adapter: new PrismaLibSQL({ url: '' }) });\n"],
    ['the D1 adapter', "import { PrismaClient } from '@prisma/client';\nimport { PrismaD1 } from '@prisma/adapter-d1';\nexport const db = new PrismaClient({ adapter: new PrismaD1(env.DB) });\n"],
  ])('allows a client built with %s', async (_name, db) => {
    // Uninstalled adapters are one warning about packages not followed, never a Prisma finding.
    expect((await verdict(db)).filter((f) => f.startsWith('edge-prisma'))).toEqual([]);
  });

  it('reports a client on the Node engine, at its import line, naming the construction line', async () => {
    const r = await runOn(writeTree(route("import { PrismaClient } from '@prisma/client';\n\nexport const db = new PrismaClient();\n")));
    const f = r.findings.find((x) => x.ruleId === 'edge-prisma-client')!;
    expect(f.severity).toBe('error');
    expect(f.trace!.at(-1)).toMatchObject({ location: { file: 'lib/db.ts', line: 1 }, note: "import '@prisma/client', new PrismaClient() at line 3" });
  });

  it('reports the pg adapter as Node-only, and keeps an enum-only import a warning', async () => {
    expect(await verdict("import { PrismaClient } from '@prisma/client';\nimport { PrismaPg } from '@prisma/adapter-pg';\nexport const db = new PrismaClient({ adapter: new PrismaPg({}) });\n")).toContain('edge-prisma-client:error');
    expect(await verdict("import { Role } from '@prisma/client';\nexport const db = { user: { findMany: async () => [Role.ADMIN] } };\n")).toEqual(['edge-prisma-import:warning']);
  });

  it('counts in violations only the chains that decide the verdict (errors, not the enum-only warning)', async () => {
    const r = await runOn(writeTree({
      ...route("import { Role } from '@prisma/client';\nimport fs from 'node:fs';\nexport const db = { user: { findMany: async () => [Role.ADMIN, fs.existsSync('/')] } };\n"),
    }));
    expect(r.findings.map((f) => `${f.ruleId}:${f.severity}`).sort()).toEqual(['edge-node-builtin:error', 'edge-prisma-import:warning']);
    expect(r.outputs!.violations).toBe('1');
  });
});

describe('edge-missing-runtime-guard scope', () => {
  const lib = {
    'packages/db/package.json': JSON.stringify({ name: '@acme/db', main: 'src/index.ts' }),
    'packages/db/src/index.ts': "import { PrismaClient } from '@prisma/client';\nexport const db = new PrismaClient();\n",
    'packages/db/src/format.ts': 'export const format = (s: string) => s.trim();\n',
  };
  const root = (files: Record<string, string>) =>
    writeTree({ 'package.json': JSON.stringify({ name: 'root', private: true, workspaces: ['apps/*', 'packages/*'] }), 'apps/web/package.json': JSON.stringify({ name: 'web', dependencies: { next: '15.5.29' } }), ...files });
  const guards = (r: Result) => r.findings.filter((f) => f.ruleId === 'edge-missing-runtime-guard').map((f) => f.location?.file);

  it('is silent in a repository without a single edge entry', async () => {
    expect(guards(await runOn(root({ ...lib, 'apps/web/app/page.tsx': "import { db } from '@acme/db';\nexport default async function P() { return String(await db.user.count()); }\n" })))).toEqual([]);
  });

  it('is silent for a library no edge entry reaches', async () => {
    expect(guards(await runOn(root({ ...lib, 'apps/web/middleware.ts': "export function middleware() { return new Response('ok'); }\n" })))).toEqual([]);
  });

  it('is silent for the Node-only siblings of a module edge code reaches: the scope is the module, not its package', async () => {
    const r = await runOn(root({
      ...lib,
      'apps/web/middleware.ts': "import { format } from '@acme/db/src/format';\nexport function middleware() { return new Response(format(' ok ')); }\n",
      'apps/web/app/page.tsx': "import { db } from '@acme/db';\nexport default async function P() { return String(await db.user.count()); }\n",
    }));
    expect(guards(r)).toEqual([]);
  });

  const files = { 'packages/db/src/files.ts': "import fs from 'node:fs';\nexport const read = () => fs.readFileSync('/x', 'utf8');\n" };
  const MW_FILES = { 'apps/web/middleware.ts': "import { read } from '@acme/db/src/files';\nexport function middleware() { return new Response(read()); }\n" };

  it('reports a Node-only module that both an edge entry and a Node entry reach', async () => {
    const r = await runOn(root({
      ...lib,
      ...files,
      ...MW_FILES,
      'apps/web/app/page.tsx': "import { read } from '@acme/db/src/files';\nimport { db } from '@acme/db';\nexport default async function P() { return read() + String(await db.user.count()); }\n",
    }));
    // index.ts is Node-only too, but only the Node page reaches it.
    expect(guards(r)).toEqual(['packages/db/src/files.ts']);
    expect(r.findings.find((f) => f.ruleId === 'edge-node-builtin')?.location?.file).toBe('apps/web/middleware.ts');
  });

  it('is silent for a Node-only module that only edge code reaches (the chain error says it all)', async () => {
    expect(guards(await runOn(root({ ...lib, ...files, ...MW_FILES, 'apps/web/app/page.tsx': 'export default function P() { return null; }\n' })))).toEqual([]);
  });

  it('never advises a guard in a module that chooses its runtime with a NEXT_RUNTIME branch', async () => {
    const r = await runOn(root({
      ...lib,
      'packages/db/src/dual.ts': "export async function read() {\n  if (process.env.NEXT_RUNTIME === 'nodejs') {\n    const fs = await import('node:fs');\n    return fs.readFileSync('/x', 'utf8');\n  }\n  return 'edge';\n}\n",
      'apps/web/middleware.ts': "import { read } from '@acme/db/src/dual';\nexport async function middleware() { return new Response(await read()); }\n",
      'apps/web/app/page.tsx': "import { read } from '@acme/db/src/dual';\nexport default async function P() { return read(); }\n",
    }));
    expect(guards(r)).toEqual([]);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('never advises a guard inside a file a package sends to edge-light', async () => {
    const r = await runOn(root({
      'packages/kv/package.json': JSON.stringify({ name: '@acme/kv', exports: { '.': { 'edge-light': './src/edge.ts', default: './src/node.ts' } } }),
      'packages/kv/src/edge.ts': "import { Buffer } from 'node:buffer';\nimport { x } from 'node:util';\nexport const kv = Buffer.from(String(x));\n",
      'packages/kv/src/node.ts': "import fs from 'node:fs';\nexport const kv = fs.readFileSync('/k');\n",
      'apps/web/middleware.ts': "export function middleware() { return new Response('ok'); }\n",
    }));
    expect(guards(r)).toEqual(['packages/kv/src/node.ts']);
  });
});

describe('edge-eval where Next checks it', () => {
  const EVAL = "export const run = (s: string) => new Function('return ' + s)();\n";
  const LODASH_LIKE = {
    'node_modules/lodash-like/package.json': JSON.stringify({ name: 'lodash-like', main: 'index.js' }),
    'node_modules/lodash-like/index.js': "var root = typeof globalThis == 'object' && globalThis || Function('return this')();\nexports.get = function (o, k) { return o[k]; };\n",
  };
  const app = (next: string, build?: string) => ({ 'package.json': JSON.stringify({ name: 'app', dependencies: { next }, ...(build ? { scripts: { build } } : {}) }) });
  const rules = async (files: Record<string, string>, pkg = app('15.5.29')) => (await runOn(writeTree({ ...pkg, ...APP_LAYOUT, 'lib/run.ts': EVAL, ...LODASH_LIKE, ...files }))).findings.map((f) => `${f.ruleId} ${f.location?.file}`);
  const MW_PKG = { 'middleware.ts': "import { get } from 'lodash-like';\nexport function middleware() { return new Response(String(get({ a: 1 }, 'a'))); }\n" };
  const PAGE_PKG = { 'app/p/page.tsx': "import { get } from 'lodash-like';\nexport const runtime = 'edge';\nexport default function P() { return String(get({ a: 1 }, 'a')); }\n" };

  it('reports dynamic code in workspace code from every edge entry: the edge runtime refuses it when it runs', async () => {
    expect(await rules({ 'middleware.ts': "import { run } from './lib/run';\nexport function middleware() { return new Response(String(run('1'))); }\n" })).toEqual(['edge-eval middleware.ts']);
    expect(await rules({ 'app/p/page.tsx': "import { run } from '../../lib/run';\nexport const runtime = 'edge';\nexport default function P() { return String(run('1')); }\n" })).toEqual(['edge-eval app/p/page.tsx']);
    expect(await rules({ 'middleware.ts': "import { run } from './lib/run';\nexport function middleware() { return new Response(String(run('1'))); }\n" }, app('16.4.6'))).toEqual(['edge-eval middleware.ts']);
  });

  it('reports it inside an installed package only where webpack fails the build: middleware and Pages Router edge API routes', async () => {
    expect(await rules(MW_PKG)).toEqual(['edge-eval middleware.ts']);
    expect(await rules({ 'pages/api/x.ts': "import { get } from 'lodash-like';\nexport const config = { runtime: 'edge' };\nexport default () => new Response(String(get({ a: 1 }, 'a')));\n" })).toEqual(['edge-eval pages/api/x.ts']);
    expect(await rules(PAGE_PKG)).toEqual([]);
    expect(await rules(MW_PKG, app('16.4.6', 'next build --webpack'))).toEqual(['edge-eval middleware.ts']);
  });

  it('under Turbopack (Next 16) reports eval inside an installed package but not Function, as its build does', async () => {
    expect(await rules(MW_PKG, app('^16.0.0'))).toEqual([]);
    expect(await rules(MW_PKG, app('15.5.29', 'next build --turbopack'))).toEqual([]);
    const evalPkg = { 'node_modules/lodash-like/index.js': "exports.get = function (o, k) { return eval('o[k]'); };\n" };
    expect(await rules({ ...MW_PKG, ...evalPkg }, app('16.4.6'))).toEqual(['edge-eval middleware.ts']);
  });

  it('tolerates the packages Next tolerates (function-bind, regenerator-runtime)', async () => {
    expect(
      await rules({
        'middleware.ts': "import bind from 'function-bind';\nimport 'regenerator-runtime/runtime.js';\nexport function middleware() { return new Response(String(bind)); }\n",
        'node_modules/function-bind/package.json': JSON.stringify({ name: 'function-bind', main: 'index.js' }),
        'node_modules/function-bind/index.js': "module.exports = Function('return this')();\n",
        'node_modules/regenerator-runtime/package.json': JSON.stringify({ name: 'regenerator-runtime', main: 'runtime.js' }),
        'node_modules/regenerator-runtime/runtime.js': "Function('r', 'regeneratorRuntime = r')(1);\n",
      }),
    ).toEqual([]);
  });
});

describe('the react-server condition, resolved per layer (oracle cases react-server-*)', () => {
  const pkg = (name: string, exports: Record<string, string>, files: Record<string, string>) => ({
    [`node_modules/${name}/package.json`]: JSON.stringify({ name, version: '1.0.0', exports: { '.': exports } }),
    ...Object.fromEntries(Object.entries(files).map(([f, text]) => [`node_modules/${name}/${f}`, text])),
  });
  const NODE = "import fs from 'fs';\nexport const hello = () => String(fs.existsSync('/x'));\n";
  const WEB = "export const hello = () => 'web';\n";
  // react-server is Node-only, the default edge-safe; and the reverse.
  const SPLIT = pkg('rsc-split', { 'react-server': './server.js', default: './web.js' }, { 'server.js': NODE, 'web.js': WEB });
  const REVERSE = pkg('rsc-reverse', { 'react-server': './web.js', default: './node.js' }, { 'web.js': WEB, 'node.js': NODE });
  const run = (files: Record<string, string>) => runOn(writeTree({ ...NEXT_APP, ...APP_LAYOUT, ...files }));
  const ROUTE = (from: string) => ({ 'app/api/hello/route.ts': `import { hello } from '${from}';\nexport const runtime = 'edge';\nexport function GET() { return new Response(hello()); }\n` });
  const PAGES_API = (from: string) => ({ 'pages/api/hello.ts': `import { hello } from '${from}';\nexport const config = { runtime: 'edge' };\nexport default () => new Response(hello());\n` });
  const MIDDLEWARE = (from: string) => ({ 'middleware.ts': `import { hello } from '${from}';\nexport function middleware() { return new Response(hello()); }\n` });

  it('resolves an edge route handler and middleware with react-server first', async () => {
    expect(errors(await run({ ...SPLIT, ...ROUTE('rsc-split') }))).toEqual(['edge-node-builtin app/api/hello/route.ts:1']);
    expect(errors(await run({ ...SPLIT, ...MIDDLEWARE('rsc-split') }))).toEqual(['edge-node-builtin middleware.ts:1']);
    expect(errors(await run({ ...REVERSE, ...ROUTE('rsc-reverse'), ...MIDDLEWARE('rsc-reverse') }))).toEqual([]);
  });

  it('resolves a Pages Router edge API route without react-server', async () => {
    expect(errors(await run({ ...SPLIT, ...PAGES_API('rsc-split') }))).toEqual([]);
    expect(errors(await run({ ...REVERSE, ...PAGES_API('rsc-reverse') }))).toEqual(['edge-node-builtin pages/api/hello.ts:1']);
  });

  it('keeps a module reached in two layers as two modules, each resolving its own way', async () => {
    const r = await run({
      ...SPLIT,
      'lib/hello.ts': "export { hello } from 'rsc-split';\n",
      ...MIDDLEWARE('./lib/hello'),
      ...PAGES_API('../../lib/hello'),
    });
    const chains = (r.data!.chains as { entry: string; target: string; hops: { file: string }[] }[]).map((c) => `${c.entry} → ${c.hops.map((h) => h.file).join(' → ')}`);
    expect(chains).toEqual(['middleware.ts → middleware.ts → lib/hello.ts → node_modules/rsc-split/server.js']);
    expect(r.outputs!.modules).toBe('5'); // the two entries, lib/hello.ts once, server.js and web.js
  });

  it("hands a 'use client' module of an edge page to the SSR layer, which resolves without react-server", async () => {
    const SSR_SPLIT = pkg('rsc-ssr-split', { 'react-server': './web.js', 'edge-light': './node.js', default: './web.js' }, { 'web.js': WEB, 'node.js': NODE });
    const page = { 'app/shop/page.tsx': "import Widget from './widget';\nexport const runtime = 'edge';\nexport default function Page() { return <Widget />; }\n" };
    const widget = (directive: string) => ({ 'app/shop/widget.tsx': `${directive}import { hello } from 'rsc-ssr-split';\nexport default function Widget() { return <p>{hello()}</p>; }\n` });
    expect(errors(await run({ ...SSR_SPLIT, ...page, ...widget("'use client';\n") }))).toEqual(['edge-node-builtin app/shop/page.tsx:1']);
    expect(errors(await run({ ...SSR_SPLIT, ...page, ...widget('') }))).toEqual([]);
  });
});
