#!/usr/bin/env node
// `npm run bench`: runs every guard's benchmark side by side with the tool users would otherwise pick,
// and writes the figures with the machine to bench/results/. Benchmarks never run in the tests.
// Each benchmark runs on Node 24, what GitHub runs the dists on (its figures are bench/results/<name>.md), and
// then again on Node 20, the oldest Node that `engines` admits (bench/results/node20/<name>.md); bench/startup
// compares the two itself, in one process, so it runs once.
//   npm run bench                 all of them
//   npm run bench -- edge-guard   one
//   npm run bench -- --no-node20  Node 24 only
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensureNode, findNode } from '../scripts/node-runtimes.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const withNode20 = !process.argv.includes('--no-node20');
const benches = fs
  .readdirSync(path.join(root, 'bench'), { withFileTypes: true })
  .filter((e) => e.isDirectory() && fs.existsSync(path.join(root, 'bench', e.name, 'run.mjs')))
  .map((e) => e.name)
  .filter((n) => only.length === 0 || only.includes(n));
/** Benchmarks that run both Nodes themselves. */
const BOTH_INSIDE = new Set(['startup']);

const node24 = ensureNode(24);
const node20 = withNode20 ? findNode(20) : undefined;
if (withNode20 && !node20) throw new Error('no Node 20 for the second column (node on PATH, or BICKFORD_NODE20); --no-node20 runs Node 24 only');
const version = (node) => spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
const results = path.join(root, 'bench', 'results');

const machine = {
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  node: version(node24),
  node20: node20 ? version(node20) : undefined,
  platform: `${os.platform()} ${os.release()}`,
  loadAtStart: os.loadavg().map((l) => l.toFixed(1)).join(' '),
  date: new Date().toISOString(),
};
fs.mkdirSync(results, { recursive: true });

const snapshot = () => new Map(fs.readdirSync(results, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => [e.name, fs.readFileSync(path.join(results, e.name))]));

/** One benchmark on one Node: that Node's bin directory first on PATH, so the `node` it spawns is the same one. */
function run(name, node) {
  console.log(`\n━━ bench/${name} on Node ${version(node)} ━━`);
  const started = Date.now();
  const r = spawnSync(node, [path.join(root, 'bench', name, 'run.mjs')], { cwd: root, stdio: 'inherit', env: { ...process.env, PATH: `${path.dirname(node)}${path.delimiter}${process.env.PATH}` } });
  return { exit: r.status, seconds: ((Date.now() - started) / 1000).toFixed(1) };
}

const rows = [];
for (const name of benches) {
  const row = { name, results: `${name}.md` };
  if (node20 && !BOTH_INSIDE.has(name)) {
    // Node 20 first: whatever it wrote moves to results/node20/, and the Node 24 run then writes the main files.
    const before = snapshot();
    row.node20 = run(name, node20);
    fs.mkdirSync(path.join(results, 'node20'), { recursive: true });
    for (const [file, content] of snapshot()) {
      if (file === 'README.md' || file === 'machine.json' || before.get(file)?.equals(content)) continue;
      fs.writeFileSync(path.join(results, 'node20', file), content);
      if (before.has(file)) fs.writeFileSync(path.join(results, file), before.get(file));
      else fs.rmSync(path.join(results, file));
    }
    row.results20 = `node20/${name}.md`;
  }
  row.node24 = run(name, node24);
  rows.push(row);
}
// The index keeps every benchmark's last run (runs.json), so running one benchmark does not drop the others' rows.
const runsFile = path.join(results, 'runs.json');
const runs = fs.existsSync(runsFile) ? JSON.parse(fs.readFileSync(runsFile, 'utf8')) : {};
for (const r of rows) runs[r.name] = { ...r, date: machine.date, version24: machine.node, version20: r.node20 ? machine.node20 : undefined };
const all = fs
  .readdirSync(path.join(root, 'bench'), { withFileTypes: true })
  .filter((e) => e.isDirectory() && fs.existsSync(path.join(root, 'bench', e.name, 'run.mjs')))
  .map((e) => e.name);
const cell = (r) => (r ? `${r.exit} | ${r.seconds}` : '— | —');
const index = [
  '# Benchmark results',
  '',
  `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.platform}; load ${machine.loadAtStart} at the start of the last run (shared with other developers' work: absolute times are noisy; prefer the ratios each benchmark measures within one run).`,
  '',
  `Every benchmark runs on Node 24, what GitHub runs the dists on (\`using: node24\`): those are the figures in each file. Node 20, the oldest that \`engines\` admits, is the second column, its figures in node20/. [startup.md](startup.md) runs both Nodes side by side in one process.`,
  '',
  '| Benchmark | Run | Node 24 exit | Node 24 wall (s) | Node 20 exit | Node 20 wall (s) | Figures |',
  '|---|---|---|---|---|---|---|',
  ...all.map((name) => {
    const r = runs[name];
    if (!r) return `| ${name} | not re-run since the switch to Node 24: [${name}.md](${name}.md) says which Node it measured | — | — | — | — | [${name}.md](${name}.md) |`;
    return `| ${name} | ${r.date.slice(0, 16).replace('T', ' ')} UTC, ${r.version24}${r.version20 ? ` and ${r.version20}` : ''} | ${cell(r.node24)} | ${BOTH_INSIDE.has(name) ? 'in the same run | —' : cell(r.node20)} | [${r.results}](${r.results})${r.results20 ? `, [${r.results20}](${r.results20})` : ''} |`;
  }),
  '',
].join('\n');
fs.writeFileSync(runsFile, `${JSON.stringify(runs, null, 2)}\n`);
fs.writeFileSync(path.join(results, 'README.md'), index);
fs.writeFileSync(path.join(results, 'machine.json'), `${JSON.stringify(machine, null, 2)}\n`);
console.log(`\n${index}`);
process.exitCode = rows.some((r) => r.node24.exit !== 0 || (r.node20 && r.node20.exit !== 0)) ? 1 : 0;
