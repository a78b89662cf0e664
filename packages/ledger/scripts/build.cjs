#!/usr/bin/env node
// Writes dist/ for @bickford/ledger:
//   dist/edge   the edge entry as ES modules (TypeScript's emit: it imports nothing, so nothing to bundle)
//   dist/node   the Node entry bundled with ncc (the ledger-record engine, pg, ajv, Prisma's schema WASM),
//               CommonJS, with an ES module wrapper index.mjs
//   dist/types  declarations of both entries
// Run: node packages/ledger/scripts/build.cjs [out dir, default packages/ledger/dist]
// The dist is committed and published as built (scripts/npm-packages.cjs); scripts/build.mjs --check and the npm
// release compare it with a fresh build into a temporary directory, so two builds of one tree must be equal.
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

const pkg = path.resolve(__dirname, '..');
const repo = path.resolve(pkg, '..', '..');
const dist = path.resolve(process.argv[2] ?? path.join(pkg, 'dist'));

function addJsExtensions(code) {
  return code.replace(/(\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]+?)(?<!\.js)\2/g, '$1$2$3.js$2');
}

function emitEdge() {
  const dir = path.join(pkg, 'src', 'edge');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => path.join(dir, f));
  const options = { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ES2022, moduleResolution: ts.ModuleResolutionKind.Bundler, lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'], types: [], strict: true, declaration: true, declarationDir: path.join(dist, 'types', 'edge'), outDir: path.join(dist, 'edge'), rootDir: dir, skipLibCheck: true };
  const program = ts.createProgram(files, options);
  const diagnostics = ts.getPreEmitDiagnostics(program);
  // lib.dom and no @types/node: the edge entry compiles against Web APIs only, so a Node built-in fails here.
  if (diagnostics.length) throw new Error(ts.formatDiagnostics(diagnostics, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => pkg, getNewLine: () => '\n' }));
  program.emit(undefined, (file, text) => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, file.endsWith('.js') ? addJsExtensions(text) : text);
  });
  fs.writeFileSync(path.join(dist, 'edge', 'package.json'), '{\n  "type": "module"\n}\n');
}

function emitNodeTypes() {
  const entry = path.join(pkg, 'src', 'node', 'index.ts');
  const config = ts.readConfigFile(path.join(repo, 'tsconfig.json'), ts.sys.readFile).config;
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, repo);
  const options = { ...parsed.options, noEmit: false, declaration: true, emitDeclarationOnly: true, rootDir: path.join(pkg, 'src'), declarationDir: path.join(dist, 'types') };
  delete options.rootDir;
  const program = ts.createProgram([entry], { ...options, rootDir: repo, declarationDir: path.join(dist, 'types-all') });
  program.emit();
  // Keep the package's own declarations; the engine's are not part of the published types.
  fs.cpSync(path.join(dist, 'types-all', 'packages', 'ledger', 'src', 'node'), path.join(dist, 'types', 'node'), { recursive: true });
  fs.rmSync(path.join(dist, 'types-all'), { recursive: true, force: true });
  for (const f of fs.readdirSync(path.join(dist, 'types', 'node'))) {
    const text = fs.readFileSync(path.join(dist, 'types', 'node', f), 'utf8');
    if (/from ['"](?:\.\.\/){2,}|from ['"]@shared\//.test(text) && ['index.d.ts', 'open-ledger.d.ts', 'handler.d.ts', 'serve.d.ts', 'types.d.ts', 'tokens.d.ts'].includes(f) && f !== 'tokens.d.ts')
      throw new Error(`dist/types/node/${f} refers outside the package: its public types must be declared in the package`);
  }
}

async function bundleNode() {
  const ncc = require(path.join(repo, 'node_modules', '@vercel', 'ncc'));
  const { code, assets } = await ncc(path.join(pkg, 'src', 'node', 'index.ts'), { cache: false, minify: false, sourceMap: false, quiet: true, esm: false, target: 'es2022', license: 'licenses.txt', v8cache: false });
  const out = path.join(dist, 'node');
  fs.mkdirSync(out, { recursive: true });
  // ncc names two assets of one file name x.wasm and x1.wasm in whichever order its loaders finish (both Prisma
  // schema WASMs are prisma_schema_build_bg.wasm), so two builds differed. As scripts/build.mjs does for the
  // actions: colliding assets are named after their content and the bundle's references rewritten.
  const stem = (n) => n.replace(/\d*(\.[^./]+)$/, '$1');
  const groups = new Map();
  for (const n of Object.keys(assets).filter((n) => !n.endsWith('.js') && !n.endsWith('.txt'))) groups.set(stem(n), [...(groups.get(stem(n)) ?? []), n]);
  const rename = new Map();
  for (const [base, names] of groups) {
    if (names.length < 2) continue;
    for (const n of names) rename.set(n, base.replace(/(\.[^./]+)$/, `.${createHash('sha256').update(assets[n].source).digest('hex').slice(0, 10)}$1`));
  }
  const bundle = code.replace(/(__nccwpck_require__\.ab \+ ")([^"]+)(")/g, (m, a, name, b) => (rename.has(name) ? `${a}${rename.get(name)}${b}` : m));
  fs.writeFileSync(path.join(out, 'index.js'), bundle);
  for (const [name, asset] of Object.entries(assets)) {
    const file = path.join(out, rename.get(name) ?? name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, asset.source);
  }
  const names = ['openLedger', 'createLedgerHandler', 'serveLedger', 'EdgeLedgerClient', 'LedgerRequestError'];
  fs.writeFileSync(path.join(out, 'index.mjs'), `// ES module entry: the CommonJS bundle beside it, re-exported by name.\nimport lib from './index.js';\n\nexport const { ${names.join(', ')} } = lib;\n`);
  fs.writeFileSync(path.join(out, 'package.json'), '{\n  "type": "commonjs"\n}\n');
}

(async () => {
  fs.rmSync(dist, { recursive: true, force: true });
  emitEdge();
  emitNodeTypes();
  await bundleNode();
  process.stdout.write(`@bickford/ledger: wrote ${path.relative(process.cwd(), dist) || 'dist'}\n`);
})().catch((e) => {
  process.stderr.write(`${e?.stack ?? e}\n`);
  process.exit(1);
});
