import * as fs from 'node:fs';
import * as path from 'node:path';
import { readBaseline, baselineText } from '../engine/baseline';
import { NodeRepoFs } from '@shared/io/repo-fs';
import { runOn, writeTree } from './engine-context';

const NEXT_APP = { 'package.json': JSON.stringify({ name: 'app', dependencies: { next: '15.0.0' } }) };
const EDGE = "export const runtime = 'edge';\n";

function targetsOf(result: Awaited<ReturnType<typeof runOn>>): string[] {
  return (result.data!.chains as { target: string }[]).map((c) => c.target).sort();
}

describe('runEdgeGuard on small trees', () => {
  it('reports a symlink loop as an unresolved import instead of crashing', async () => {
    const root = writeTree({ ...NEXT_APP, 'app/api/route.ts': `import { x } from '../../lib/loop';\n${EDGE}export const GET = () => new Response(String(x));\n` });
    fs.mkdirSync(path.join(root, 'lib'));
    fs.symlinkSync('loop.ts', path.join(root, 'lib/loop.ts'));
    const result = await runOn(root);
    const f = result.findings.find((x) => x.ruleId === 'edge-unresolved-import');
    expect(f).toMatchObject({ severity: 'error', location: { file: 'app/api/route.ts', line: 1 } });
    expect(f!.message).toContain('symlink loop');
  });

  it('follows an installed package to its runtime JavaScript under the edge conditions', async () => {
    const root = writeTree({
      ...NEXT_APP,
      'middleware.ts': "import { sign } from 'jwt-lib';\nexport function middleware() { return sign(); }\n",
      'node_modules/jwt-lib/package.json': JSON.stringify({ name: 'jwt-lib', exports: { '.': { types: './index.d.ts', node: './node.cjs', 'edge-light': './edge.mjs', default: './node.cjs' } } }),
      'node_modules/jwt-lib/index.d.ts': 'export declare function sign(): string;\n',
      'node_modules/jwt-lib/edge.mjs': "import { helper } from './util.mjs';\nexport const sign = () => helper();\n",
      'node_modules/jwt-lib/util.mjs': "import { Buffer } from 'node:buffer';\nimport tls from 'tls';\nexport const helper = () => Buffer.from(String(tls)).toString();\n",
      'node_modules/jwt-lib/node.cjs': "module.exports = require('node:crypto');\n",
    });
    const result = await runOn(root);
    expect(targetsOf(result)).toEqual(['builtin:tls']);
    const hops = (result.data!.chains as { hops: { file: string }[] }[])[0].hops.map((h) => h.file);
    expect(hops).toEqual(['middleware.ts', 'node_modules/jwt-lib/edge.mjs', 'node_modules/jwt-lib/util.mjs']);
  });

  it('takes an installed package from the node_modules nearest the importing file', async () => {
    const root = writeTree({
      ...NEXT_APP,
      'middleware.ts': "import { sign } from './lib/sign';\nimport { other } from 'jwt-lib';\nexport function middleware() { return sign() + other; }\n",
      'lib/sign.ts': "import { sign } from 'jwt-lib';\nexport { sign };\n",
      'lib/node_modules/jwt-lib/package.json': JSON.stringify({ name: 'jwt-lib', main: 'index.js' }),
      'lib/node_modules/jwt-lib/index.js': "const net = require('node:net');\nexports.sign = () => String(net);\n",
      'node_modules/jwt-lib/package.json': JSON.stringify({ name: 'jwt-lib', main: 'index.js' }),
      'node_modules/jwt-lib/index.js': "exports.other = 'safe';\nexports.sign = () => 'signed';\n",
    });
    const result = await runOn(root);
    expect(targetsOf(result)).toEqual(['builtin:net']);
    const hops = (result.data!.chains as { hops: { file: string }[] }[])[0].hops.map((h) => h.file);
    expect(hops).toEqual(['middleware.ts', 'lib/sign.ts', 'lib/node_modules/jwt-lib/index.js']);
  });

  it('finds workspaces from pnpm-workspace.yaml and tsconfig extends through a package', async () => {
    const root = writeTree({
      'package.json': JSON.stringify({ name: 'root', private: true }),
      'pnpm-workspace.yaml': "packages:\n  - 'apps/*'\n  - 'tooling/*'\n",
      'tooling/tsconfig/package.json': JSON.stringify({ name: '@t/tsconfig' }),
      'tooling/tsconfig/base.json': JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '~/*': ['./shared/*'] } } }),
      'tooling/tsconfig/shared/x.ts': "import 'node:dns';\nexport const x = 1;\n",
      'apps/site/package.json': JSON.stringify({ name: 'site', dependencies: { next: '15.0.0' } }),
      'apps/site/tsconfig.json': JSON.stringify({ extends: '@t/tsconfig/base.json' }),
      'apps/site/app/route.ts': `import { x } from '~/x';\n${EDGE}export const GET = () => new Response(String(x));\n`,
    });
    expect(targetsOf(await runOn(root))).toEqual(['builtin:dns']);
  });

  it('keeps imports as written under verbatimModuleSyntax with Turbopack (Next 16) and with no Next app', async () => {
    const files = {
      'package.json': JSON.stringify({ name: 'app', dependencies: { next: '16.4.6' } }),
      'tsconfig.json': JSON.stringify({ compilerOptions: { verbatimModuleSyntax: true } }),
      'app/route.ts': `import { Thing } from '../thing';\n${EDGE}export function GET(t: Thing): Response { return new Response(String(t)); }\n`,
      'thing.ts': "import 'node:zlib';\nexport interface Thing { a: 1 }\n",
    };
    expect(targetsOf(await runOn(writeTree(files)))).toEqual(['builtin:zlib']);
    const worker = { ...files, 'package.json': JSON.stringify({ name: 'worker' }), 'app/route.ts': "import { Thing } from '../thing';\nexport default { fetch(t: Thing) { return new Response(String(t)); } };\n" };
    expect(targetsOf(await runOn(writeTree(worker), { entries: ['app/route.ts'] }))).toEqual(['builtin:zlib']);
  });

  it('drops imports used only as types even under verbatimModuleSyntax with Next 15’s webpack, as its SWC does (the real build agrees)', async () => {
    const files = {
      ...NEXT_APP,
      'app/route.ts': `import { Thing } from '../thing';\n${EDGE}export function GET(t: Thing): Response { return new Response(String(t)); }\n`,
      'thing.ts': "import 'node:zlib';\nexport interface Thing { a: 1 }\n",
    };
    expect(targetsOf(await runOn(writeTree(files)))).toEqual([]);
    expect(targetsOf(await runOn(writeTree({ ...files, 'tsconfig.json': JSON.stringify({ compilerOptions: { verbatimModuleSyntax: true } }) })))).toEqual([]);
  });

  it('lets allow silence a module and deny forbid one, by name or path glob', async () => {
    const root = writeTree({
      ...NEXT_APP,
      'app/route.ts': `import 'node:crypto';\nimport '../server/only';\n${EDGE}`,
      'server/only.ts': 'export const secret = 1;\n',
    });
    expect(targetsOf(await runOn(root))).toEqual(['builtin:crypto']);
    expect(targetsOf(await runOn(root, { allow: ['node:crypto'], deny: ['server/**'] }))).toEqual(['denied:server/**']);
  });

  it('takes extra entries from config globs', async () => {
    const root = writeTree({ 'package.json': '{}', 'workers/a/src/index.ts': "import fs from 'fs';\nexport default { fetch: () => new Response(String(fs)) };\n" });
    expect(targetsOf(await runOn(root))).toEqual([]);
    expect(targetsOf(await runOn(root, { entries: ['workers/*/src/index.ts'] }))).toEqual(['builtin:fs']);
  });

  it('reports a driver reached through a constructed client only once, as the construction', async () => {
    const root = writeTree({
      ...NEXT_APP,
      'app/route.ts': `import { db } from '../db';\nimport { Role } from '@prisma/client';\n${EDGE}export const GET = () => Response.json([db, Role.A]);\n`,
      'db.ts': "import { PrismaClient } from '@prisma/client';\nexport const db = new PrismaClient({ log: ['query'] });\n",
    });
    const result = await runOn(root);
    expect(result.findings.filter((f) => f.properties?.entry === 'app/route.ts').map((f) => f.ruleId)).toEqual(['edge-prisma-client']);
  });

  it('accepts findings listed in the baseline and only fails new ones', async () => {
    const root = writeTree({ ...NEXT_APP, 'app/route.ts': `import 'node:fs';\n${EDGE}` });
    const first = await runOn(root);
    fs.writeFileSync(path.join(root, 'baseline.json'), baselineText(first.findings));
    expect(readBaseline(new NodeRepoFs(root), 'baseline.json').size).toBe(1);
    fs.writeFileSync(path.join(root, 'app/route.ts'), `// moved down a line\nimport 'node:fs';\nimport 'node:net';\n${EDGE}`);
    const second = await runOn(root, { baselineFile: 'baseline.json' });
    const chains = second.findings.filter((f) => f.ruleId === 'edge-node-builtin');
    expect(chains.map((f) => [f.properties?.target, f.suppressed?.kind])).toEqual([
      ['builtin:fs', 'baseline'],
      ['builtin:net', undefined],
    ]);
    expect(second.outputs.violations).toBe('1');
  });

  it('rejects a baseline that is not JSON with a message saying how to fix it', () => {
    const root = writeTree({ 'b.json': 'nope' });
    expect(() => readBaseline(new NodeRepoFs(root), 'b.json')).toThrow(/update-baseline/);
  });
});
