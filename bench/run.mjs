#!/usr/bin/env node
// `npm run bench`: runs every guard's benchmark side by side with the tool users would otherwise pick,
// and writes the figures with the machine to bench/results/. Benchmarks never run in the tests.
//   npm run bench                 all of them
//   npm run bench -- edge-guard   one
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const benches = fs
  .readdirSync(path.join(root, 'bench'), { withFileTypes: true })
  .filter((e) => e.isDirectory() && fs.existsSync(path.join(root, 'bench', e.name, 'run.mjs')))
  .map((e) => e.name)
  .filter((n) => only.length === 0 || only.includes(n));

const machine = {
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
  platform: `${os.platform()} ${os.release()}`,
  date: new Date().toISOString(),
};
fs.mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
const rows = [];
for (const name of benches) {
  console.log(`\n━━ bench/${name} ━━`);
  const started = Date.now();
  const r = spawnSync(process.execPath, [path.join(root, 'bench', name, 'run.mjs')], { cwd: root, stdio: 'inherit', env: process.env });
  rows.push({ name, exit: r.status, seconds: ((Date.now() - started) / 1000).toFixed(1), results: `bench/results/${name}.md` });
}
const index = [
  '# Benchmark results',
  '',
  `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.platform}; run ${machine.date}.`,
  '',
  '| Benchmark | Exit | Wall (s) | Figures |',
  '|---|---|---|---|',
  ...rows.map((r) => `| ${r.name} | ${r.exit} | ${r.seconds} | [${r.results}](${path.basename(r.results)}) |`),
  '',
].join('\n');
fs.writeFileSync(path.join(root, 'bench', 'results', 'README.md'), index);
fs.writeFileSync(path.join(root, 'bench', 'results', 'machine.json'), `${JSON.stringify(machine, null, 2)}\n`);
console.log(`\n${index}`);
process.exitCode = rows.some((r) => r.exit !== 0) ? 1 : 0;
