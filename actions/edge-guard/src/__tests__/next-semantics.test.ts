import { runOn, writeTree } from './engine-context';

// Each case mirrors one of test/next-oracle/cases.cjs, where the real `next build` decided the expected verdict.
const NEXT_APP = { 'package.json': JSON.stringify({ name: 'app', dependencies: { next: '15.5.29' } }) };
const APP_LAYOUT = { 'app/layout.tsx': 'export default function L({ children }: any) { return children; }\n' };

type Result = Awaited<ReturnType<typeof runOn>>;
const errors = (r: Result) => r.findings.filter((f) => f.severity === 'error').map((f) => `${f.ruleId} ${f.location.file}:${f.location.line}`);
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

  it("reports App Router runtime = 'experimental-edge' as a build error at the literal", async () => {
    const root = writeTree({ ...NEXT_APP, ...APP_LAYOUT, 'app/api/hello/route.ts': "// hello\nexport const runtime = 'experimental-edge';\nexport const GET = () => new Response('hi');\n" });
    const r = await runOn(root);
    expect(errors(r)).toEqual(['edge-segment-config app/api/hello/route.ts:2']);
    expect(r.findings[0].location.column).toBe(24);
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
