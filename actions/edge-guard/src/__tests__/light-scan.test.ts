import * as fs from 'node:fs';
import * as path from 'node:path';
import { lightScan } from '../engine/light-scan';
import { scanModule } from '../engine/scan-module';
import type { ModuleFacts } from '../engine/types';

/** What graph.ts reads of an installed package's file: the import sites (kind, offsets, erased, folded), dynamic code, constructions, 'use client', parse errors. */
const packageView = (f: ModuleFacts) => ({
  imports: f.imports.map(({ specifier, kind, start, end, erased, deadOnEdge }) => ({ specifier, kind, start, end, erased, deadOnEdge })),
  dynamicCode: f.dynamicCode,
  clientConstructions: f.clientConstructions,
  useClient: f.useClient === true,
  parseError: f.parseError !== undefined,
});

const full = (file: string, text: string) => packageView(scanModule(file, text, { verbatim: false }));

/** Every .js/.cjs/.mjs file under a directory (symlinks not followed). */
function jsFiles(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) jsFiles(p, out);
    else if (e.isFile() && /\.(c|m)?js$/.test(e.name)) out.push(p);
  }
  return out;
}

const repo = path.resolve(__dirname, '../../../..');
/**
 * Installed packages of this repository: the benchmark's closure (bench/edge-guard/run.mjs INSTALLED and
 * their dependencies), Next's edge-relevant runtime, and a spread of styles (CJS, ESM, UMD, minified, transpiled).
 * EDGE_LIGHT_SCAN_ALL=1 runs every JavaScript file of node_modules instead (some 17,000: minutes).
 */
const PACKAGES = [
  'lodash', 'yaml', 'ajv', 'fast-deep-equal', 'fast-uri', 'json-schema-traverse', 'require-from-string', 'jsonc-parser', 'picomatch',
  'semver', 'minimatch', 'js-yaml', 'zod', 'tslib', '@octokit/request', '@octokit/core', 'undici', 'ws', 'resolve.exports', 'picocolors',
  'source-map', 'acorn', 'esprima', 'uuid', 'debug', 'ms', 'chalk', 'commander', 'yargs', 'graceful-fs',
];

describe('lightScan against the full parse (scanModule)', () => {
  const root = path.join(repo, 'node_modules');
  const dirs = process.env.EDGE_LIGHT_SCAN_ALL ? [root] : PACKAGES.map((p) => path.join(root, p)).filter((d) => fs.existsSync(d));
  const files = dirs.flatMap((d) => jsFiles(d));

  it('agrees on every JavaScript file of the installed packages where it answers, and answers for most', () => {
    expect(dirs.length).toBeGreaterThanOrEqual(process.env.EDGE_LIGHT_SCAN_ALL ? 1 : 20);
    let answered = 0;
    let withImports = 0;
    const disagreements: string[] = [];
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const light = lightScan(text);
      if (!light) continue;
      answered++;
      if (light.imports.length > 0) withImports++;
      const a = packageView(light);
      const b = full(file, text);
      if (JSON.stringify(a) !== JSON.stringify(b)) disagreements.push(`${path.relative(root, file)}: light ${JSON.stringify(a).slice(0, 300)} full ${JSON.stringify(b).slice(0, 300)}`);
    }
    if (process.env.EDGE_LIGHT_SCAN_LOG) console.log(`${files.length} files, ${answered} answered, ${withImports} with imports, ${disagreements.length} disagree`, disagreements.slice(0, 5));
    expect(disagreements.slice(0, 5)).toEqual([]);
    // The fast path must carry the load: most package files, and many with imports (not only the empty ones).
    expect(answered).toBeGreaterThan(files.length / 2);
    expect(withImports).toBeGreaterThan(answered / 4);
  });

  const agree: [string, string][] = [
    ['import forms', "import a from 'a';\nimport * as b from 'b';\nimport { c, d as e } from 'c';\nimport f, { g } from 'd';\nimport 'e';\nimport from from 'f';\nimport { \"x-y\" as z } from 'g';\nimport j from 'j' with { type: 'json' };"],
    ['re-exports', "export * from 'a';\nexport * as ns from 'b';\nexport { x, y as default } from 'c';\nexport { local };\nexport * as from from 'd';\nconst local = 1;"],
    ['require and import() after other code, listed after the declarations', "const a = require('a');\nimport b from 'b';\nasync function f() { const m = await import('c'); return m; }\nrequire(`d`);\nimport('e', { with: {} });"],
    ['not imports', "obj.require('a');\nobj?.require('b');\nrequire('c' + x);\nrequire('d', 1);\nimport('e' + x);\nconst o = { import: 1, require: 2 };\no.import('f');\nconst m = import.meta.url;\nrequire(x);"],
    ['strings, comments, templates and regular expressions that look like imports', "const s = \"require('a')\";\n// require('b')\n/* import c from 'c' */\nconst t = `${x} require('d') ${ `${y}` }`;\nconst r = /require\\('e'\\)/g;\nconst q = a / 2 / b;\nif (x) /import 'f'/.test(s);\nconst z = (a) / 2;\nx = [1] / 2;\nrequire('g');"],
    ['a require after a block that returned', "function f(x) { if (x) { return 1; } }\nfunction g() { return 2; }\nconst o = { m() { throw new Error(); } };\nrequire('a');"],
    ['a regular expression after return and an arrow', "function f(s) { const ok = /['\"]/.test(s) && require('a'); return /'/.test(ok); }\nconst g = (s) => /'/.test(s);\nrequire('b');"],
  ];
  it.each(agree)('%s', (_name, code) => {
    const light = lightScan(code);
    expect(light).toBeDefined();
    expect(packageView(light!)).toEqual(full('x.js', code));
  });

  // What the scanner alone cannot settle goes to the full parse (undefined), never to a guess.
  const refused: [string, string][] = [
    ['eval', "eval('1');"],
    ['global eval', "globalThis.eval('1');"],
    ['new Function', "const f = new Function('return this');"],
    ['Function()', "Function('return this')();"],
    ['a folded NEXT_RUNTIME branch', "if (process.env.NEXT_RUNTIME === 'nodejs') require('fs');"],
    ["'use client'", "'use client';\nimport a from 'a';"],
    ['a PrismaClient construction', "const { PrismaClient } = require('@prisma/client');\nnew PrismaClient();"],
    ['JSX', "const a = <div>it's</div>;"],
    ['a slash after a closing brace', "function f() {}\n/'/.test(x); require('a');"],
    ['a slash after ++', "x++ / 2;"],
    ['import x = require()', "import x = require('a');"],
    ['import type', "import type { A } from 'a';"],
    ['a require after a return in its block (scanModule drops it)', "function f() {\n  return g;\n  function g() { return require('a'); }\n}"],
    ['a require after a throw in its block', "function f() { throw new Error(); require('a'); }"],
    ['require?.()', "require?.('a');"],
    ['an unterminated string', "const s = 'abc\nrequire('a');"],
  ];
  it.each(refused)('leaves %s to the full parse', (_name, code) => {
    expect(lightScan(code)).toBeUndefined();
  });
});
