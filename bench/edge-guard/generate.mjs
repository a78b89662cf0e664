#!/usr/bin/env node
// Generates a Turborepo-shaped monorepo of about 5,000 TypeScript files into bench/.corpus/edge-gen/:
// one Next app with edge routes, 24 library packages with barrels, `export *`, type-only imports,
// imports used only in types, tsconfig paths and a few real chains to node:fs and pg.
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../.corpus/edge-gen');
const PACKAGES = 24;
const FILES_PER_PACKAGE = 200;
const ROUTES = 120;

function write(rel, text) {
  const file = path.join(root, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

export function generate() {
  fs.rmSync(root, { recursive: true, force: true });
  write('package.json', JSON.stringify({ name: 'gen', private: true, workspaces: ['apps/*', 'packages/*'] }));
  write('apps/web/package.json', JSON.stringify({ name: 'web', dependencies: { next: '15.0.0' } }));
  write('apps/web/tsconfig.json', JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/*': ['./src/*'] } } }));
  for (let p = 0; p < PACKAGES; p++) {
    const name = `@gen/lib${p}`;
    write(`packages/lib${p}/package.json`, JSON.stringify({ name, main: './dist/index.js', types: './dist/index.d.ts' }));
    const exports = [];
    for (let f = 0; f < FILES_PER_PACKAGE; f++) {
      const lines = [];
      const next = (f + 1) % FILES_PER_PACKAGE;
      const typeDep = (f + 7) % FILES_PER_PACKAGE;
      if (f % 10 !== 9) lines.push(`import { v${next} } from './m${next}';`);
      lines.push(`import type { T${typeDep} } from './m${typeDep}';`);
      // A value import used only as a type: TypeScript elides it.
      lines.push(`import { C${(f + 3) % FILES_PER_PACKAGE} } from './m${(f + 3) % FILES_PER_PACKAGE}';`);
      if (f === 0 && p + 1 < PACKAGES) lines.push(`import { v0 as up } from '@gen/lib${p + 1}';`);
      // Two real chains (reached through the barrels), and a type-only use of pg that must not count.
      if (p === PACKAGES - 1 && f === 152) lines.push("import { readFileSync } from 'node:fs';\nexport const read = readFileSync;");
      if (p === PACKAGES - 2 && f === 120) lines.push("import { Pool } from 'pg';\nexport const pool = () => new Pool();");
      if (p === 3 && f === 40) lines.push("import { Pool as PgPool } from 'pg';\nexport type P = PgPool;");
      if (p % 5 === 0 && f === 60) lines.push("export type { Stats } from 'node:fs';");
      lines.push(`export interface T${f} { id: number; label: string }`);
      lines.push(`export class C${f} { constructor(readonly n = ${f}) {} }`);
      lines.push(`export function v${f}(x: number, c?: C${(f + 3) % FILES_PER_PACKAGE}, t?: T${typeDep}): number {`);
      lines.push(`  return x + ${f}${f % 10 !== 9 ? ` + v${next}(0)` : ''};`);
      lines.push('}');
      for (let k = 0; k < 20; k++) lines.push(`export const k${f}_${k} = (a: number): number => a * ${k} + ${f};`);
      write(`packages/lib${p}/src/m${f}.ts`, lines.join('\n') + '\n');
      if (f % 4 === 0) exports.push(`export * from './m${f}';`);
    }
    write(`packages/lib${p}/src/index.ts`, exports.join('\n') + '\n');
  }
  for (let r = 0; r < ROUTES; r++) {
    const lib = r % PACKAGES;
    write(
      `apps/web/app/r${r}/route.ts`,
      [`import { v${(r * 4) % FILES_PER_PACKAGE} } from '@gen/lib${lib}';`, `import { helper${r % 40} } from '@/lib/h${r % 40}';`, r % 2 ? "export const runtime = 'edge';" : '', `export const GET = () => new Response(String(v${(r * 4) % FILES_PER_PACKAGE}(1) + helper${r % 40}()));`].join('\n') + '\n',
    );
  }
  for (let h = 0; h < 40; h++) write(`apps/web/src/lib/h${h}.ts`, `import type { T1 } from '@gen/lib0';\nexport const helper${h} = (t?: T1): number => ${h};\n`);
  write('apps/web/src/middleware.ts', "import { helper0 } from '@/lib/h0';\nexport function middleware() { return helper0(); }\n");
  let count = 0;
  const walk = (d) => fs.readdirSync(d, { withFileTypes: true }).forEach((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : e.name.endsWith('.ts') && count++));
  walk(root);
  return { root, files: count };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(generate());
