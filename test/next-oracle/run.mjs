#!/usr/bin/env node
// `npm run oracle:next`: builds every case of cases.cjs with the real `next build` (Next 15 webpack, Next 16
// Turbopack and Next 16 --webpack, all installed from npm as the aliased devDependencies next15/next16),
// records what Next said in recorded.json, then runs oracle.test.ts, which holds edge-guard's verdict against it.
//   --only a,b     build only these cases (others keep their recorded result)
//   --variant v    build only this variant
//   --no-test      record only
//   --check        compare with recorded.json instead of rewriting it (CI): exit 1 when Next's outcome or its
//                  edge functions differ from what is recorded, before running the test
// The apps are written under $ORACLE_WORK (default: the OS temp dir). Next resolves `next`, `react` and its
// SWC binary from a node_modules "farm" beside them: hard links of this repository's packages, with the aliased
// next package linked in as `next` (Next requires itself by name, and Turbopack follows no symlink out of its root).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';

const here = path.dirname(new URL(import.meta.url).pathname);
const root = path.resolve(here, '../..');
const require = createRequire(import.meta.url);
const { CASES } = require('./cases.cjs');
const { writeCase } = require('./write-case.cjs');

const { VARIANTS, casesOf } = require('./variants.cjs');

const argv = process.argv.slice(2);
const opt = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const only = opt('--only')?.split(',');
const variantIds = opt('--variant')?.split(',');
const recordedFile = path.join(here, 'recorded.json');
const work = process.env.ORACLE_WORK ?? path.join(os.tmpdir(), 'bickford-next-oracle');

const check = argv.includes('--check');
const drift = [];
const recorded = fs.existsSync(recordedFile) ? JSON.parse(fs.readFileSync(recordedFile, 'utf8')) : { variants: {} };
const unknown = (only ?? []).filter((n) => !CASES.some((c) => c.name === n));
if (unknown.length > 0) {
  console.error(`unknown case(s): ${unknown.join(', ')}; cases are ${CASES.map((c) => c.name).join(', ')}`);
  process.exit(2);
}

for (const variant of VARIANTS) {
  if (variantIds && !variantIds.includes(variant.id)) continue;
  const nextDir = path.join(root, 'node_modules', variant.pkg);
  if (!fs.existsSync(path.join(nextDir, 'package.json'))) {
    console.error(`${variant.pkg} is not installed: run npm ci first`);
    process.exit(2);
  }
  const version = JSON.parse(fs.readFileSync(path.join(nextDir, 'package.json'), 'utf8')).version;
  const farm = path.join(work, variant.pkg);
  makeFarm(farm, variant.pkg);
  const entry = (recorded.variants[variant.id] ??= { next: version, cases: {} });
  entry.next = version;
  for (const c of casesOf(variant, CASES)) {
    if (only && !only.includes(c.name)) continue;
    const dir = path.join(farm, 'apps', c.name);
    fs.rmSync(dir, { recursive: true, force: true });
    writeCase(c, dir, { nextVersion: version, repoNodeModules: path.join(root, 'node_modules'), buildArgs: variant.args });
    const started = Date.now();
    const r = spawnSync(process.execPath, [path.join(farm, 'node_modules/next/dist/bin/next'), ...variant.args], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_OPTIONS: '', CI: '1' },
      timeout: 10 * 60_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    const output = `${r.stdout ?? ''}\n${r.stderr ?? ''}`.split(dir).join('.').split(farm).join('<next>');
    const result = classify(r.status, output, dir);
    console.log(`${variant.id} ${c.name}: ${result.outcome}${result.messages.length ? ` (${result.messages[0]})` : ''} [${Math.round((Date.now() - started) / 1000)} s]`);
    if (check) {
      const before = entry.cases[c.name];
      const same = before && before.outcome === result.outcome && JSON.stringify(before.edge) === JSON.stringify(result.edge);
      if (!same) drift.push(`${variant.id} ${c.name}: recorded ${before ? `${before.outcome} [${before.edge}]` : 'nothing'}, now ${result.outcome} [${result.edge}]: ${result.messages.join(' / ')}`);
      continue;
    }
    entry.cases[c.name] = result;
    fs.writeFileSync(recordedFile, `${JSON.stringify(sortKeys(recorded), null, 2)}\n`);
  }
}

if (drift.length > 0) {
  console.error(`Next's answers differ from test/next-oracle/recorded.json (rerun without --check to record them):\n${drift.join('\n')}`);
  process.exit(1);
}
if (!argv.includes('--no-test')) {
  const jest = spawnSync(process.execPath, [path.join(root, 'node_modules/jest/bin/jest.js'), 'test/next-oracle'], { cwd: root, stdio: 'inherit' });
  process.exit(jest.status ?? 1);
}

/** error (the build failed), warning (it built but warned that edge code will not run) or clean. */
function classify(status, output, dir) {
  const lines = output.split('\n').map((l) => l.replace(/\x1b\[[0-9;]*m/g, '').trimEnd());
  // Warnings that edge code will not run; not Next's notes about edge pages in general ("disables static generation").
  const edgeWarning = /not supported in the Edge Runtime|Dynamic Code Evaluation|edge runtime does not support/i;
  const messages = [];
  if (status !== 0) {
    for (const l of lines) if (/Error|error|⨯|Failed|not allowed|not supported/.test(l) && !/^\s+at /.test(l)) messages.push(l.trim());
  } else {
    for (const l of lines) if (edgeWarning.test(l) && !/Learn More/i.test(l)) messages.push(l.trim());
  }
  const manifestFile = path.join(dir, '.next/server/middleware-manifest.json');
  let edge = [];
  if (fs.existsSync(manifestFile)) {
    const m = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
    edge = [...Object.keys(m.middleware ?? {}).map(() => 'middleware'), ...Object.keys(m.functions ?? {})].sort();
  }
  const outcome = status !== 0 ? 'error' : messages.length > 0 ? 'warning' : 'clean';
  return { outcome, status, messages: [...new Set(messages)].slice(0, 6), edge };
}

function makeFarm(farm, pkg) {
  const modules = path.join(farm, 'node_modules');
  const marker = path.join(modules, '.farm-of');
  const repoModules = path.join(root, 'node_modules');
  const stamp = fs.readFileSync(path.join(repoModules, pkg, 'package.json'), 'utf8');
  if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === stamp) return;
  fs.rmSync(modules, { recursive: true, force: true });
  fs.mkdirSync(modules, { recursive: true });
  // Hard links, not symlinks: Turbopack does not follow a link that leaves its root.
  const link = (src, dst) => {
    const cp = spawnSync('cp', ['-al', src, dst]);
    if (cp.status !== 0) fs.cpSync(src, dst, { recursive: true, verbatimSymlinks: true });
  };
  for (const name of fs.readdirSync(repoModules)) {
    if (name === 'next15' || name === 'next16' || name === 'next') continue;
    link(path.join(repoModules, name), path.join(modules, name));
  }
  // next16 brings its own @next/swc-* and @next/env; next15's are the hoisted ones linked above.
  link(path.join(repoModules, pkg), path.join(modules, 'next'));
  fs.writeFileSync(marker, stamp);
}

function sortKeys(v) {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys(v[k])]));
  return v;
}
