#!/usr/bin/env node
// prisma-guard's dist against what users run otherwise: `prisma validate` + `prisma format --check`
// through the CLI, on one realistic monorepo (examples/ with a 60-model schema and a fresh client).
// Both sides in one hyperfine run (a Node timing loop when hyperfine is missing); figures and the
// machine go to bench/results/prisma-guard.md. Goal: the action at least 6x faster.
//   node bench/prisma-guard/run.mjs [--runs 10] [--baseline path/to/other/dist/index.js]
// --baseline adds a third command, another build of the action (e.g. the committed dist extracted with
// `git show HEAD:actions/prisma-guard/dist/...`), measured in the same run so that load hits all three alike.
import { execFileSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 10;
const baseline = process.argv.includes('--baseline') ? path.resolve(process.argv[process.argv.indexOf('--baseline') + 1]) : undefined;
const corpus = path.join(root, 'bench', '.corpus', 'prisma-guard');
const work = path.join(root, 'bench', 'results', 'tmp', 'prisma-guard');
const dist = path.join(root, 'actions', 'prisma-guard', 'dist', 'index.js');
const prismaBin = path.join(root, 'node_modules', '.bin', 'prisma');
if (!fs.existsSync(dist)) throw new Error('build the action first: npm run build -- prisma-guard');

// A dummy schema engine: validate and format never need it, but the CLI insists on finding one.
fs.rmSync(work, { recursive: true, force: true });
fs.mkdirSync(work, { recursive: true });
const dummy = path.join(work, 'schema-engine');
fs.writeFileSync(dummy, '#!/bin/sh\nexit 0\n', { mode: 0o755 });
for (const f of ['output', 'summary']) fs.writeFileSync(path.join(work, f), '');

// The corpus: the example monorepo with a larger schema, formatted, and its client generated for real.
fs.rmSync(corpus, { recursive: true, force: true });
fs.cpSync(path.join(root, 'examples'), corpus, { recursive: true });
const db = path.join(corpus, 'packages', 'db');
const wasm = require('@prisma/prisma-schema-wasm');
globalThis.PRISMA_WASM_PANIC_REGISTRY = { set_message() {} };
const schemaFile = path.join(db, 'prisma', 'schema.prisma');
const schema = [[schemaFile, fs.readFileSync(schemaFile, 'utf8') + bigSchema(60)]];
fs.writeFileSync(schemaFile, JSON.parse(wasm.format(JSON.stringify(schema), JSON.stringify({ textDocument: { uri: 'file:/s' }, options: { tabSize: 2, insertSpaces: true } })))[0][1]);
execFileSync(prismaBin, ['generate'], { cwd: db, env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: dummy }, stdio: 'ignore' });

const env = {
  PATH: process.env.PATH,
  HOME: os.tmpdir(),
  PRISMA_SCHEMA_ENGINE_BINARY: dummy,
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
  CHECKPOINT_DISABLE: '1',
  GITHUB_WORKSPACE: corpus,
  GITHUB_OUTPUT: path.join(work, 'output'),
  GITHUB_STEP_SUMMARY: path.join(work, 'summary'),
  RUNNER_TEMP: work,
  'INPUT_DRIFT': 'skip',
  'INPUT_COMMENT': 'false',
  'INPUT_CHECK-RUN': 'false',
};
const action = `node ${dist}`;
// The same repository with a prisma.config.ts that only the TypeScript compiler reads (a `${}` template):
// the action then loads the compiler it ships beside its bundle. Both cases are reported.
const corpusTs = `${corpus}-ts-config`;
fs.rmSync(corpusTs, { recursive: true, force: true });
fs.cpSync(corpus, corpusTs, { recursive: true });
const configTs = path.join(corpusTs, 'packages', 'db', 'prisma.config.ts');
fs.writeFileSync(configTs, fs.readFileSync(configTs, 'utf8').replace('export default defineConfig({', 'export default defineConfig({\n  experimental: { note: `built ${new Date().getFullYear()}` },'));
const cli = `cd ${db} && ${prismaBin} validate >/dev/null 2>&1; ${prismaBin} format --check >/dev/null 2>&1; true`;
// Bickford's own CLI running the same engine from its bundle (cli/dist), start-up included.
const bickfordCli = `node ${path.join(root, 'cli', 'bin.cjs')} prisma-guard ${corpus} --drift skip --format json`;
const commands = [
  ['prisma-guard dist', action],
  ['prisma validate + format --check (CLI)', `sh -c '${cli}'`],
  ['prisma-guard dist, config only TypeScript reads', `sh -c 'GITHUB_WORKSPACE=${corpusTs} exec node ${dist}'`],
  ['bickford CLI: prisma-guard', `sh -c '${bickfordCli} >/dev/null'`],
  ...(baseline ? [['prisma-guard dist (baseline)', `node ${baseline}`]] : []),
];
const startLoad = os.loadavg().map((l) => l.toFixed(1)).join(', ');
const results = hasHyperfine() ? withHyperfine() : withLoop();
const [a, c, t, k, b] = results;
const speedup = c.median / a.median;
const cpus = os.cpus();
const md = [
  '# prisma-guard benchmark',
  '',
  `Machine: ${cpus[0]?.model ?? 'unknown'}, ${cpus.length} cores, Node ${process.version}, ${os.platform()} ${os.release()}; ${new Date().toISOString()}; ${runs} runs each (${hasHyperfine() ? 'hyperfine, 2 warm-ups' : 'Node timing loop'}).`,
  '',
  `Corpus: examples/ (Turborepo monorepo) with packages/db's schema grown to ${60 + 2} models, formatted, client generated by prisma 7.10.1.`,
  '',
  '| Command | Median (ms) | Mean (ms) | Min (ms) | Max (ms) | User CPU (ms) |',
  '|---|---|---|---|---|---|',
  ...results.map((r) => `| ${r.name} | ${ms(r.median)} | ${ms(r.mean)} | ${ms(r.min)} | ${ms(r.max)} | ${r.user === undefined ? 'n/a' : ms(r.user)} |`),
  '',
  ...(b ? [`Baseline (${path.relative(root, baseline)}): median ${ms(b.median)} ms; this build is ${(b.median / a.median).toFixed(2)}x its speed in the same run.`, ''] : []),
  `With a prisma.config.ts that only the TypeScript compiler reads (here a template literal with a substitution), the action loads the compiler it ships beside its bundle: median ${ms(t.median)} ms, ${(c.median / t.median).toFixed(1)}x faster than the CLI.`,
  '',
  `Bickford's CLI (\`bickford prisma-guard\`, cli/dist, the same engine) on the same monorepo: median ${ms(k.median)} ms, ${(c.median / k.median).toFixed(1)}x faster than Prisma's CLI and ${(k.median / a.median).toFixed(2)}x the action's time.`,
  '',
  `The action (all of its checks except drift, which needs a schema engine) is **${speedup.toFixed(1)}x** faster (median wall time) than \`prisma validate\` + \`prisma format --check\` alone (goal: 6x)${a.user && c.user ? `; ${(c.user / a.user).toFixed(1)}x in user CPU` : ''}. Load average at the start: ${startLoad}; at the end: ${os.loadavg().map((l) => l.toFixed(1)).join(', ')} (the machine is shared; wall times are noisy under load).`,
  '',
  'The action: `node actions/prisma-guard/dist/index.js` with drift: skip, comment and check-run off (no network), on the whole monorepo: discovery, Prisma 7 validation and formatting through the WASM, client freshness, lockfile, PrismaClient constructions, migration lock.',
  `The CLI: \`prisma validate; prisma format --check\` in packages/db with PRISMA_SCHEMA_ENGINE_BINARY pointing at a dummy.`,
  '',
].join('\n');
fs.mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
fs.writeFileSync(path.join(root, 'bench', 'results', 'prisma-guard.md'), md);
console.log(md);

function hasHyperfine() {
  return spawnSync('hyperfine', ['--version']).status === 0;
}

function withHyperfine() {
  const out = path.join(work, 'hyperfine.json');
  const r = spawnSync('hyperfine', ['--warmup', '2', '--runs', String(runs), '--export-json', out, '-N', ...commands.flatMap(([name, cmd]) => ['-n', name, cmd])], { env, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('hyperfine failed');
  return JSON.parse(fs.readFileSync(out, 'utf8')).results.map((x) => ({ name: x.command, user: x.user, median: x.median, mean: x.mean, min: x.min, max: x.max }));
}

function withLoop() {
  const time = (name, cmd) => {
    const t = [];
    for (let i = 0; i < runs + 2; i++) {
      const s = process.hrtime.bigint();
      spawnSync('sh', ['-c', cmd], { env, stdio: 'ignore' });
      if (i >= 2) t.push(Number(process.hrtime.bigint() - s) / 1e9);
    }
    t.sort((x, y) => x - y);
    return { name, user: undefined, median: t[Math.floor(t.length / 2)], mean: t.reduce((x, y) => x + y, 0) / t.length, min: t[0], max: t[t.length - 1] };
  };
  return commands.map(([name, cmd]) => time(name, cmd.replace(/^sh -c '(.*)'$/, '$1')));
}

function ms(seconds) {
  return (seconds * 1000).toFixed(0);
}

/** A schema of n models in the shape of a real product: enums, optional fields, relations, indexes. */
function bigSchema(n) {
  let s = '\nenum Status {\n  ACTIVE\n  ARCHIVED\n  DELETED\n}\n';
  for (let i = 0; i < n; i++) {
    const parent = i > 0 ? `  parentId Int?\n  parent M${i - 1}? @relation(fields: [parentId], references: [id])\n` : '';
    const child = i < n - 1 ? `  children M${i + 1}[]\n` : '';
    s += `\nmodel M${i} {\n  id Int @id @default(autoincrement())\n  slug String @unique\n  title String\n  body String?\n  status Status @default(ACTIVE)\n  score Decimal @default(0) @db.Decimal(10, 2)\n  tags String[]\n  meta Json?\n  createdAt DateTime @default(now())\n  updatedAt DateTime @updatedAt\n${parent}${child}\n  @@index([status, createdAt])\n}\n`;
  }
  return s;
}
