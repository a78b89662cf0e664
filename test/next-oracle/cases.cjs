// Small Next.js apps, one behaviour each, built by the real `next build` (run.mjs) and checked by edge-guard
// (oracle.test.ts). Each case is a file tree; `install` names packages copied from this repository's node_modules.
'use strict';

const LAYOUT = "export default function Root({ children }) { return <html><body>{children}</body></html>; }\n";
const PAGE = 'export default function Page() { return <p>home</p>; }\n';
const app = (files) => ({ 'app/layout.js': LAYOUT, 'app/page.js': PAGE, ...files });
const NODE_HELLO = "import fs from 'fs';\nexport const hello = () => String(fs.existsSync('/x'));\n";
// A package whose react-server export is Node-only and whose default is edge-safe.
const RSC_SPLIT = {
  'node_modules/rsc-split/package.json': JSON.stringify({ name: 'rsc-split', version: '1.0.0', exports: { '.': { 'react-server': './server.js', default: './web.js' } } }),
  'node_modules/rsc-split/server.js': NODE_HELLO,
  'node_modules/rsc-split/web.js': "export const hello = () => 'web';\n",
};

/** @type {{ name: string, what: string, files: Record<string, string>, install?: string[] }[]} */
const CASES = [
  {
    name: 'clean-middleware',
    what: 'middleware with Web APIs only',
    files: app({ 'middleware.js': "import { NextResponse } from 'next/server';\nexport function middleware() { return NextResponse.next(); }\n" }),
  },
  {
    name: 'middleware-fs',
    what: 'middleware uses node:fs',
    files: app({ 'middleware.js': "import fs from 'fs';\nexport function middleware() { if (fs.existsSync('/x')) return new Response('x'); }\n" }),
  },
  {
    name: 'middleware-fs-via-lib',
    what: 'middleware reaches node:crypto through a workspace module',
    files: app({
      'middleware.js': "import { token } from './lib/token';\nexport function middleware() { return new Response(token()); }\n",
      'lib/token.js': "import { randomBytes } from 'node:crypto';\nexport const token = () => randomBytes(8).toString('hex');\n",
    }),
  },
  {
    name: 'layout-edge-route-handler',
    what: "a layout's runtime = 'edge' does not reach route.ts below it, which imports node:fs",
    files: app({
      'app/shop/layout.js': "export const runtime = 'edge';\nexport default function L({ children }) { return children; }\n",
      'app/shop/page.js': PAGE,
      'app/shop/api/route.js': "import fs from 'node:fs';\nexport const dynamic = 'force-dynamic';\nexport function GET() { return new Response(String(fs.existsSync('/x'))); }\n",
    }),
  },
  {
    name: 'layout-edge-page',
    what: "a layout's runtime = 'edge' makes the page below it edge; the page uses node:fs",
    files: app({
      'app/shop/layout.js': "export const runtime = 'edge';\nexport default function L({ children }) { return children; }\n",
      'app/shop/page.js': "import fs from 'node:fs';\nexport default function Page() { return <p>{String(fs.existsSync('/x'))}</p>; }\n",
    }),
  },
  {
    name: 'experimental-edge-app',
    what: "App Router route with runtime = 'experimental-edge'",
    files: app({ 'app/api/hello/route.js': "export const runtime = 'experimental-edge';\nexport function GET() { return new Response('hi'); }\n" }),
  },
  {
    name: 'eval-in-middleware',
    what: 'workspace code in middleware calls new Function',
    files: app({
      'middleware.js': "import { compile } from './lib/compile';\nexport function middleware() { return new Response(String(compile('1+1')())); }\n",
      'lib/compile.js': "export const compile = (src) => new Function('return ' + src);\n",
    }),
  },
  {
    name: 'eval-lodash-middleware',
    what: "middleware imports lodash, whose _root.js falls back to Function('return this')()",
    install: ['lodash'],
    files: app({ 'middleware.js': "import get from 'lodash/get';\nexport function middleware(req) { return new Response(String(get({ a: 1 }, 'a'))); }\n" }),
  },
  {
    name: 'eval-edge-page',
    what: 'an edge App Router page calls eval (Next checks dynamic code only in middleware and edge API layers)',
    files: app({ 'app/calc/page.js': "export const runtime = 'edge';\nexport default function Page() { return <p>{String(eval('1+1'))}</p>; }\n" }),
  },
  {
    name: 'eval-edge-route-handler',
    what: 'an edge App Router route handler calls new Function',
    files: app({ 'app/api/calc/route.js': "export const runtime = 'edge';\nexport function GET() { return new Response(String(new Function('return 1')())); }\n" }),
  },
  {
    name: 'verbatim-unused-import',
    what: 'middleware.ts imports node:fs but never uses it, under verbatimModuleSyntax: true (SWC elides it)',
    files: app({
      'tsconfig.json': JSON.stringify({ compilerOptions: { verbatimModuleSyntax: true, jsx: 'preserve', strict: false, module: 'esnext', moduleResolution: 'bundler', skipLibCheck: true, allowJs: true, noEmit: true, isolatedModules: true, esModuleInterop: true }, include: ['**/*.ts', '**/*.tsx'] }, null, 2),
      'middleware.ts': "import { readFileSync } from 'node:fs';\nexport function middleware() { return new Response('ok'); }\n",
    }),
  },
  {
    name: 'shadowed-import',
    what: 'middleware.ts imports readFileSync from node:fs; only shadowing locals (parameter, catch variable, loop variable, local function) use the name',
    files: app({
      'middleware.ts': [
        "import { readFileSync, stat, join, Dirent } from 'node:fs';",
        'function use(readFileSync: () => string) { return readFileSync(); }',
        'export function middleware() {',
        '  try { throw new Error("x"); } catch (stat) { void stat; }',
        '  for (const join of [1, 2]) void join;',
        '  { class Dirent {} void new Dirent(); }',
        "  return new Response(use(() => 'ok'));",
        '}',
        '',
      ].join('\n'),
    }),
  },
  {
    name: 'worker-condition-only',
    what: 'a package whose Node-only target sits behind the worker condition, with an edge-safe default',
    files: app({
      'middleware.js': "import { hello } from 'split-pkg';\nexport function middleware() { return new Response(hello()); }\n",
      'node_modules/split-pkg/package.json': JSON.stringify({ name: 'split-pkg', version: '1.0.0', exports: { '.': { worker: './worker.js', workerd: './worker.js', default: './web.js' } } }),
      'node_modules/split-pkg/worker.js': "import fs from 'node:fs';\nexport const hello = () => String(fs.existsSync('/x'));\n",
      'node_modules/split-pkg/web.js': "export const hello = () => 'web';\n",
    }),
  },
  {
    name: 'imports-field',
    what: "middleware imports '#db' through package.json imports, which leads to node:fs",
    files: app({
      'package.json': JSON.stringify({ name: 'oracle-app', private: true, imports: { '#db': './lib/db.js' } }),
      'middleware.js': "import { read } from '#db';\nexport function middleware() { return new Response(read()); }\n",
      'lib/db.js': "import fs from 'node:fs';\nexport const read = () => String(fs.existsSync('/x'));\n",
    }),
  },
  {
    name: 'server-only',
    what: "middleware imports 'server-only' (Next's alias, not an npm package)",
    files: app({ 'middleware.js': "import 'server-only';\nexport function middleware() { return new Response('ok'); }\n" }),
  },
  {
    name: 'instrumentation-early-return',
    what: "instrumentation.js returns early unless NEXT_RUNTIME is 'nodejs', then imports node:fs dynamically",
    files: app({
      'instrumentation.js': "export async function register() {\n  if (process.env.NEXT_RUNTIME !== 'nodejs') return;\n  const fs = await import('./lib/node-only.js');\n  fs.start();\n}\n",
      'lib/node-only.js': "import fs from 'node:fs';\nexport const start = () => fs.existsSync('/x');\n",
    }),
  },
  {
    name: 'pages-edge-api-eval',
    what: 'a Pages Router edge API route evaluates code with eval',
    files: app({ 'pages/api/calc.js': "export const config = { runtime: 'edge' };\nexport default function handler() { return new Response(String(eval('1+1'))); }\n" }),
  },
  {
    name: 'react-server-node-only',
    what: "an edge App Router route handler imports a package whose react-server export is Node-only (its default is edge-safe)",
    files: app({
      'app/api/hello/route.js': "import { hello } from 'rsc-split';\nexport const runtime = 'edge';\nexport function GET() { return new Response(hello()); }\n",
      ...RSC_SPLIT,
    }),
  },
  {
    name: 'react-server-pages-api',
    what: 'a Pages Router edge API route imports the same package: that layer resolves without react-server, to the edge-safe default',
    files: app({
      'pages/api/hello.js': "import { hello } from 'rsc-split';\nexport const config = { runtime: 'edge' };\nexport default function handler() { return new Response(hello()); }\n",
      ...RSC_SPLIT,
    }),
  },
  {
    name: 'react-server-edge-safe',
    what: 'middleware and an edge route handler import a package whose react-server export is edge-safe and whose default is Node-only',
    files: app({
      'middleware.js': "import { hello } from 'rsc-reverse';\nexport function middleware() { return new Response(hello()); }\n",
      'app/api/hello/route.js': "import { hello } from 'rsc-reverse';\nexport const runtime = 'edge';\nexport function GET() { return new Response(hello()); }\n",
      'node_modules/rsc-reverse/package.json': JSON.stringify({ name: 'rsc-reverse', version: '1.0.0', exports: { '.': { 'react-server': './web.js', default: './node.js' } } }),
      'node_modules/rsc-reverse/web.js': "export const hello = () => 'web';\n",
      'node_modules/rsc-reverse/node.js': NODE_HELLO,
    }),
  },
  {
    name: 'react-server-client-boundary',
    what: "an edge page renders a 'use client' component, which Next bundles in the SSR layer (no react-server): there the package's edge-light export is Node-only",
    files: app({
      'app/shop/page.js': "import Widget from './widget';\nexport const runtime = 'edge';\nexport default function Page() { return <Widget />; }\n",
      'app/shop/widget.js': "'use client';\nimport { hello } from 'rsc-ssr-split';\nexport default function Widget() { return <p>{hello()}</p>; }\n",
      // Key order decides: the RSC layer (react-server, edge-light) takes web.js, edge SSR takes node.js, the browser web.js.
      'node_modules/rsc-ssr-split/package.json': JSON.stringify({ name: 'rsc-ssr-split', version: '1.0.0', exports: { '.': { 'react-server': './web.js', 'edge-light': './node.js', default: './web.js' } } }),
      'node_modules/rsc-ssr-split/web.js': "export const hello = () => 'web';\n",
      'node_modules/rsc-ssr-split/node.js': NODE_HELLO,
    }),
  },
  {
    name: 'pg-in-middleware',
    what: "middleware opens a node-postgres Pool (what @prisma/adapter-pg runs on): it needs TCP sockets, which the edge runtime does not have",
    files: app({
      'middleware.js': "import { Pool } from 'pg';\nconst pool = new Pool({ connectionString: process.env.DATABASE_URL });\nexport async function middleware() { const r = await pool.query('select 1'); return new Response(String(r.rowCount)); }\n",
    }),
  },
];

module.exports = { CASES };
