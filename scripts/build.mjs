#!/usr/bin/env node
// Builds every action (and the CLI) with ncc into its dist/, deterministically.
//   npm run build                  all actions and the CLI
//   npm run build -- edge-guard    one target
//   npm run build -- --check       build into a temp dir and fail if any committed dist differs
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createHash } from 'node:crypto';

const require = createRequire(import.meta.url);
const ncc = require('@vercel/ncc');
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const args = process.argv.slice(2);
const check = args.includes('--check');
const names = args.filter((a) => !a.startsWith('--'));

/** Every action with a src/main.ts, plus the CLI; each declares extra run-time files in its package.json. */
function targets() {
  const list = fs
    .readdirSync(path.join(root, 'actions'))
    .filter((n) => fs.existsSync(path.join(root, 'actions', n, 'src', 'main.ts')))
    .map((n) => ({ name: n, dir: path.join(root, 'actions', n) }));
  if (fs.existsSync(path.join(root, 'cli', 'src', 'main.ts'))) list.push({ name: 'cli', dir: path.join(root, 'cli') });
  return list.filter((t) => names.length === 0 || names.includes(t.name));
}

/**
 * Modules an action keeps out of its bundle (package.json `bickford.sidecars`: module name -> file to ship): each
 * is copied beside index.js and required from there on first use, so a run that never needs it does not pay to
 * read and compile it. prisma-guard and migration-score need TypeScript only for the rare prisma.config.ts the
 * fast reader gives up on (9 MB, ~160 ms to load).
 */
function sidecarsOf(dir) {
  const pkgFile = path.join(dir, 'package.json');
  if (dir === path.join(root, 'cli') || !fs.existsSync(pkgFile)) return {};
  return JSON.parse(fs.readFileSync(pkgFile, 'utf8')).bickford?.sidecars ?? {};
}

function assetsOf(dir) {
  // The CLI bundles every engine, so it needs every action's run-time files.
  if (dir === path.join(root, 'cli')) {
    const all = fs.readdirSync(path.join(root, 'actions')).flatMap((n) => assetsOf(path.join(root, 'actions', n)));
    return [...new Set(all)];
  }
  const pkgFile = path.join(dir, 'package.json');
  if (!fs.existsSync(pkgFile)) return [];
  return JSON.parse(fs.readFileSync(pkgFile, 'utf8')).bickford?.assets ?? [];
}

async function buildOne(t, outDir) {
  const sidecars = sidecarsOf(t.dir);
  const { code, assets } = await ncc(path.join(t.dir, 'src', 'main.ts'), {
    externals: Object.fromEntries(Object.entries(sidecars).map(([name, file]) => [name, `./${path.basename(file)}`])),
    cache: false,
    minify: false,
    sourceMap: false,
    quiet: true,
    esm: false,
    // es5 changes only ncc's module wrappers (function, not arrow): V8 loads TypeScript's 9 MB module faster
    // and in less memory under them (bench/results/edge-guard.md). The sources keep their own syntax.
    target: 'es5',
    license: 'licenses.txt',
    // A readable bundle: stable across machines as long as the lockfile is the same.
    v8cache: false,
  });
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  const { files, renames } = stableAssetNames({ 'index.js': code, ...Object.fromEntries(Object.entries(assets).map(([n, a]) => [n, a.source])) });
  for (const [name, source] of Object.entries(files)) {
    const file = path.join(outDir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, source);
  }
  if (renames) console.log(`  ${t.name}: ${renames} relocated asset(s) named by content`);
  for (const entry of assetsOf(t.dir)) {
    // "path", or { "from": "path", "as": "name" } when two packages ship files of one name (two schema engines).
    const rel = typeof entry === 'string' ? entry : entry.from;
    const src = path.join(root, rel);
    if (!fs.existsSync(src)) throw new Error(`${t.name}: asset ${rel} (package.json bickford.assets) does not exist; run npm ci`);
    fs.copyFileSync(src, path.join(outDir, typeof entry === 'string' ? path.basename(rel) : entry.as));
  }
  for (const [name, rel] of Object.entries(sidecars)) {
    const src = path.join(root, rel);
    if (!fs.existsSync(src)) throw new Error(`${t.name}: sidecar ${rel} (package.json bickford.sidecars) does not exist; run npm ci`);
    fs.copyFileSync(src, path.join(outDir, path.basename(rel)));
    fs.appendFileSync(path.join(outDir, 'licenses.txt'), licenseEntry(name));
  }
  for (const lib of librariesOf(t)) await buildLibrary(lib, outDir);
  // The bundle is CommonJS whatever the root package says.
  fs.writeFileSync(path.join(outDir, 'package.json'), '{\n  "type": "commonjs"\n}\n');
}

/**
 * Library entries of the `bickford` package (cli/package.json `exports`): each is bundled beside the CLI (so it
 * finds the same WebAssembly files) as `<name>.js` (CommonJS), with an ES module wrapper `<name>.mjs` and
 * declarations `<name>.d.ts`. An entry declares its public types itself, so its declarations are emitted from
 * that one file (isolated declarations) and need nothing else at install.
 */
const LIBRARIES = [{ target: 'cli', name: 'migration', entry: 'cli/src/lib/migration.ts' }];

function librariesOf(t) {
  return LIBRARIES.filter((l) => l.target === t.name);
}

async function buildLibrary(lib, outDir) {
  const entry = path.join(root, lib.entry);
  const { code, assets } = await ncc(entry, { cache: false, minify: false, sourceMap: false, quiet: true, esm: false, target: 'es5', v8cache: false });
  fs.writeFileSync(path.join(outDir, `${lib.name}.js`), code);
  for (const [name, asset] of Object.entries(assets)) {
    if (name.endsWith('.js') || name.endsWith('.txt') || fs.existsSync(path.join(outDir, name))) continue;
    fs.writeFileSync(path.join(outDir, name), asset.source);
  }
  const source = fs.readFileSync(entry, 'utf8');
  const names = [...source.matchAll(/^export (?:async )?(?:function|const|class) ([A-Za-z_$][\w$]*)/gm)].map((m) => m[1]);
  fs.writeFileSync(path.join(outDir, `${lib.name}.mjs`), `// ES module entry of ${lib.entry}: the CommonJS bundle beside it, re-exported by name.\nimport lib from './${lib.name}.js';\n\nexport const { ${names.join(', ')} } = lib;\n`);
  const ts = require('typescript');
  const { outputText, diagnostics } = ts.transpileDeclaration(source, { fileName: entry, compilerOptions: { isolatedDeclarations: true, declaration: true, strict: true } });
  if (diagnostics?.length) throw new Error(`${lib.entry}: declarations need explicit types: ${diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' ')).join('; ')}`);
  // Type-only imports of the engine are erased from a standalone declaration file; a value import left there would not resolve.
  const declarations = outputText.replace(/^import .*;\n/gm, '');
  if (/\bimport\(/.test(declarations)) throw new Error(`${lib.entry}: its public types refer to another file`);
  fs.writeFileSync(path.join(outDir, `${lib.name}.d.ts`), declarations);
}

/** A licenses.txt entry in ncc's format (name, SPDX id, text) for a module shipped beside the bundle. */
function licenseEntry(name) {
  const dir = path.join(root, 'node_modules', name);
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const file = fs.readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
  return `\n${name}\n${pkg.license}\n${file ? fs.readFileSync(path.join(dir, file), 'utf8').trim() : ''}\n`;
}

/**
 * ncc names two assets with one file name `x.wasm` and `x1.wasm` in whatever order its parallel loaders
 * finish, so two builds of one tree could differ (both Prisma schema WASMs are prisma_schema_build_bg.wasm).
 * Colliding assets are renamed after their content, and the bundle's references to them rewritten.
 */
function stableAssetNames(files) {
  const binary = Object.keys(files).filter((n) => !n.endsWith('.js') && !n.endsWith('.txt'));
  const stem = (n) => n.replace(/\d*(\.[^.\/]+)$/, '$1');
  const groups = new Map();
  for (const n of binary) groups.set(stem(n), [...(groups.get(stem(n)) ?? []), n]);
  const rename = new Map();
  for (const [base, names] of groups) {
    if (names.length < 2) continue;
    for (const n of names) {
      const hash = createHash('sha256').update(files[n]).digest('hex').slice(0, 10);
      rename.set(n, base.replace(/(\.[^.\/]+)$/, `.${hash}$1`));
    }
  }
  if (rename.size === 0) return { files, renames: 0 };
  const out = {};
  for (const [n, source] of Object.entries(files)) {
    if (rename.has(n)) {
      out[rename.get(n)] = source;
    } else if (n.endsWith('.js')) {
      // References look like `__nccwpck_require__.ab + "name.wasm"`.
      out[n] = String(source).replace(/(__nccwpck_require__\.ab \+ ")([^"]+)(")/g, (m, a, name, b) => (rename.has(name) ? `${a}${rename.get(name)}${b}` : m));
    } else {
      out[n] = source;
    }
  }
  return { files: out, renames: rename.size };
}

function listFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(path.relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

/** Files that are in one directory and not the other, or differ between them. */
function differingFiles(fresh, committed) {
  return [...new Set([...listFiles(fresh), ...listFiles(committed)])].filter((f) => {
    const a = path.join(fresh, f);
    const b = path.join(committed, f);
    return !fs.existsSync(a) || !fs.existsSync(b) || !fs.readFileSync(a).equals(fs.readFileSync(b));
  });
}

const stale = [];
const all = targets();
if (all.length > 1 && !process.env.BICKFORD_BUILD_ONE) {
  // One process per target, each with a larger heap: ncc keeps every bundle it has built in memory, and built
  // in one process the CLI (the last and largest: every engine, PGlite, both Prisma schema engines) ran out of
  // V8's default 4 GB heap.
  const { spawnSync } = await import('node:child_process');
  for (const t of all) {
    const r = spawnSync(process.execPath, ['--max-old-space-size=6144', new URL(import.meta.url).pathname, ...(check ? ['--check'] : []), t.name], {
      stdio: 'inherit',
      env: { ...process.env, BICKFORD_BUILD_ONE: '1' },
    });
    if (r.status !== 0) process.exitCode = 1;
  }
}
for (const t of all.length > 1 && !process.env.BICKFORD_BUILD_ONE ? [] : all) {
  const dist = path.join(t.dir, 'dist');
  const started = Date.now();
  if (!check) {
    try {
      await buildOne(t, dist);
    } catch (e) {
      // ncc's errors carry a megabyte of bundled source; the first lines say what is wrong.
      console.error(`build of ${t.name} failed:\n${String(e?.message ?? e).split('\n').filter((l) => !/^\s+at /.test(l)).slice(0, 30).join('\n')}`);
      process.exitCode = 1;
      continue;
    }
    console.log(`built ${path.relative(root, dist)} in ${Date.now() - started} ms`);
    continue;
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `bickford-build-${t.name}-`));
  await buildOne(t, tmp);
  const differs = differingFiles(tmp, dist);
  fs.rmSync(tmp, { recursive: true, force: true });
  if (differs.length) stale.push(`${path.relative(root, dist)}: ${differs.join(', ')}`);
  else console.log(`${path.relative(root, dist)} is current`);
}
// @bickford/ledger (packages/ledger) builds with its own script (an edge build beside the Node bundle). Its dist is
// committed and published as it is, so --check compares it with a fresh build. `npm run build -- ledger-package`
// builds only it.
if (names.length === 0 || names.includes('ledger-package')) {
  const started = Date.now();
  const { spawnSync } = await import('node:child_process');
  const dist = path.join(root, 'packages', 'ledger', 'dist');
  const tmp = check ? fs.mkdtempSync(path.join(os.tmpdir(), 'bickford-build-ledger-package-')) : undefined;
  const r = spawnSync(process.execPath, [path.join(root, 'packages', 'ledger', 'scripts', 'build.cjs'), ...(tmp ? [path.join(tmp, 'dist')] : [])], { stdio: 'inherit' });
  if (r.status !== 0) process.exitCode = 1;
  else if (!tmp) console.log(`built packages/ledger/dist in ${Date.now() - started} ms`);
  else {
    const differs = differingFiles(path.join(tmp, 'dist'), dist);
    if (differs.length) stale.push(`packages/ledger/dist: ${differs.join(', ')}`);
    else console.log('packages/ledger/dist is current');
  }
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
}
if (stale.length) {
  console.error(`dist is stale (run npm run build and commit):\n  ${stale.join('\n  ')}`);
  process.exit(1);
}
