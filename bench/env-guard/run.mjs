#!/usr/bin/env node
// env-guard against eslint + eslint-plugin-turbo (turbo/no-undeclared-env-vars) on the same generated
// monorepo, in one run: wall time of each process, peak RSS (the child's own maxRSS) and how many undeclared
// reads each found. Writes bench/results/env-guard.md.   node bench/env-guard/run.mjs [--workspaces N]
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateCorpus } from './generate.mjs';

const require = createRequire(import.meta.url);
const here = path.dirname(new URL(import.meta.url).pathname);
const repo = path.resolve(here, '..', '..');
const corpus = path.join(repo, 'bench', '.corpus', 'env-guard');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};

async function bundleEngine() {
  const ncc = require('@vercel/ncc');
  const { code } = await ncc(path.join(here, 'engine-entry.ts'), { cache: false, quiet: true, minify: false, target: 'es2022' });
  const file = path.join(repo, 'bench', '.corpus', 'env-guard-engine.cjs');
  fs.writeFileSync(file, code);
  return file;
}

function timed(label, args) {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 28 });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.status !== 0) throw new Error(`${label} failed (${r.status}): ${r.stderr.slice(0, 2000)}`);
  return { label, wallMs, ...JSON.parse(r.stdout.trim().split('\n').pop()) };
}

const shape = { workspaces: arg('workspaces', 80), filesPerWorkspace: arg('files', 40), readsPerFile: 6 };
const facts = generateCorpus(corpus, shape);
console.log(`corpus: ${facts.workspaces} packages, ${facts.files} files, ${facts.reads} reads, ${facts.undeclared} undeclared`);
const engine = await bundleEngine();
const runs = [
  timed('env-guard (engine, one process)', [engine, corpus]),
  timed('eslint 10 + eslint-plugin-turbo 2.11 (turbo/no-undeclared-env-vars only)', [path.join(here, 'eslint-entry.mjs'), corpus]),
];
for (const r of runs) console.log(`${r.label}: ${(r.wallMs / 1000).toFixed(2)} s wall, ${(r.maxRssKb / 1024).toFixed(0)} MiB peak, found ${r.found}`);

const cpu = os.cpus();
const md = [
  '# env-guard benchmark',
  '',
  `Machine: ${cpu[0]?.model ?? 'unknown'}, ${cpu.length} cores (shared with other jobs while measured), Node ${process.version}, ${os.platform()} ${os.release()}; ${new Date().toISOString()}.`,
  '',
  `Corpus: a generated Turborepo monorepo (bench/env-guard/generate.mjs, deterministic): ${facts.workspaces} packages (every fourth depends on next), ${facts.files} TypeScript files, ${facts.reads} reads of process.env, of which ${facts.undeclared} are undeclared by construction.`,
  '',
  '| Tool | Wall time (s) | Peak RSS (MiB) | Undeclared reads found |',
  '|---|---|---|---|',
  ...runs.map((r) => `| ${r.label} | ${(r.wallMs / 1000).toFixed(2)} | ${(r.maxRssKb / 1024).toFixed(0)} | ${r.found} of ${facts.undeclared} |`),
  '',
  'Wall time is the whole child process (start-up, config, parsing every file); peak RSS is the child\'s own',
  '`process.resourceUsage().maxRSS`. Both run once, one after the other, on the same files. Reproduce with',
  '`node bench/env-guard/run.mjs` (options `--workspaces N --files N`).',
  '',
].join('\n');
fs.mkdirSync(path.join(repo, 'bench', 'results'), { recursive: true });
fs.writeFileSync(path.join(repo, 'bench', 'results', 'env-guard.md'), md);
console.log('wrote bench/results/env-guard.md');
