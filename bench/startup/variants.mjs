#!/usr/bin/env node
// Start-up of several builds of the same dists on Node 24, side by side: for each action, one run of each
// build in turn (the order rotating every round), N rounds, medians. Made for A/B questions about the bundle
// (an npm override, a lazily loaded chunk) on a machine whose load changes from minute to minute: every build
// sees the same minutes. Each build is a folder holding <action>/ copies of actions/<action>/dist.
//   node bench/startup/variants.mjs base=/tmp/base lazy=/tmp/lazy [--runs 9] [--actions migration-score,publish]
// Prints a Markdown table and writes bench/results/github-io-variants.json.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { ensureNode } from '../../scripts/node-runtimes.mjs';
import { CASES, root, runOnce, workspace } from './measure.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const runs = Number(opt('runs', 9));
const builds = args.filter((a) => a.includes('=') && !a.startsWith('--')).map((a) => {
  const [label, dir] = a.split('=');
  return { label, dir: path.resolve(dir) };
});
if (builds.length < 2) throw new Error('give at least two builds: label=dir label=dir');
const actions = opt('actions', Object.keys(CASES).filter((a) => a !== 'cli').join(',')).split(',');
const EXPECTED_EXIT = { publish: 2 };
const node = ensureNode(24);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ws = workspace();

function copy(build, action) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `variant-${build.label}-${action}-`));
  fs.cpSync(path.join(build.dir, action), path.join(dir, 'dist'), { recursive: true });
  return path.join(dir, 'dist', 'index.js');
}

const rows = [];
for (const action of actions) {
  const entries = builds.map((b) => copy(b, action));
  const ms = builds.map(() => []);
  const cpu = builds.map(() => []);
  for (let i = 0; i < runs; i++) {
    for (let k = 0; k < builds.length; k++) {
      const j = (i + k) % builds.length;
      const r = runOnce(node, entries[j], action, ws);
      if (r.exit !== (EXPECTED_EXIT[action] ?? 0)) throw new Error(`${action} (${builds[j].label}) exited ${r.exit}:\n${r.stdout.slice(-1500)}\n${r.stderr.slice(-1500)}`);
      ms[j].push(r.ms);
      cpu[j].push(r.cpuMs);
    }
  }
  for (const entry of entries) fs.rmSync(path.dirname(path.dirname(entry)), { recursive: true, force: true });
  const bytes = builds.map((b) => fs.statSync(path.join(b.dir, action, 'index.js')).size);
  const row = { action, medians: ms.map(median), cpuMedians: cpu.map(median), bytes, all: ms, allCpu: cpu };
  rows.push(row);
  console.error(`${action}: ${builds.map((b, j) => `${b.label} ${row.medians[j].toFixed(0)} ms (CPU ${row.cpuMedians[j].toFixed(0)} ms)`).join(', ')}`);
}
const machine = { node: spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim(), cores: os.cpus().length, load: os.loadavg().map((l) => l.toFixed(1)).join(' '), date: new Date().toISOString() };
const delta = (m, b) => `${m - b > 0 ? '+' : ''}${(m - b).toFixed(0)} ms`;
const table = (title, key) => [
  `| ${title} | ${builds.map((b) => b.label).join(' | ')} | ${builds.slice(1).map((b) => `${b.label} − ${builds[0].label}`).join(' | ')} |`,
  `|---|${builds.map(() => '---').join('|')}|${builds.slice(1).map(() => '---').join('|')}|`,
  ...rows.map((r) => `| ${r.action} | ${r[key].map((m) => `${m.toFixed(0)} ms`).join(' | ')} | ${r[key].slice(1).map((m) => delta(m, r[key][0])).join(' | ')} |`),
];
const md = [
  ...table('Wall time', 'medians'),
  '',
  ...table('CPU time (user + system)', 'cpuMedians'),
  '',
  `| index.js | ${builds.map((b) => b.label).join(' | ')} |`,
  `|---|${builds.map(() => '---').join('|')}|`,
  ...rows.map((r) => `| ${r.action} | ${r.bytes.map((b) => `${(b / 1e6).toFixed(2)} MB`).join(' | ')} |`),
  '',
  `Node ${machine.node}, ${runs} rounds, load ${machine.load} at the end, ${machine.date}.`,
].join('\n');
fs.writeFileSync(path.join(root, 'bench', 'results', 'github-io-variants.json'), `${JSON.stringify({ machine, runs, builds, rows }, null, 2)}\n`);
fs.rmSync(ws, { recursive: true, force: true });
console.log(md);
