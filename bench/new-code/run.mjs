#!/usr/bin/env node
// The new-code mode's extra cost (issue 17): each guard through the CLI bundle over a whole repository (one run),
// then with `--base` (the run at the head plus the run at the base in a git worktree), on the largest generated
// corpus of that guard and on test/fixtures/umami (a cut of a public monorepo). Goal: --base at most 1.5x the
// single run. Writes bench/results/new-code.md.   node bench/new-code/run.mjs [--repeat N] [--migrations N]
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generate as generateEdge } from '../edge-guard/generate.mjs';
import { generateCorpus as generateEnv } from '../env-guard/generate.mjs';
import { generateCorpus as generateMigrations } from '../migration-score/generate.mjs';

const here = path.dirname(new URL(import.meta.url).pathname);
const repo = path.resolve(here, '..', '..');
const corpora = path.join(repo, 'bench', '.corpus', 'new-code');
const cli = path.join(repo, 'cli', 'bin.cjs');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const repeat = arg('repeat', 2);

const gitEnv = { ...process.env, GIT_AUTHOR_NAME: 'b', GIT_AUTHOR_EMAIL: 'b@example.com', GIT_COMMITTER_NAME: 'b', GIT_COMMITTER_EMAIL: 'b@example.com' };
const git = (dir, args) => execFileSync('git', args, { cwd: dir, env: gitEnv, encoding: 'utf8' }).trim();

/** A git repository of `dir` as the base commit, and one small change on top as the head (what a PR adds). */
function asRepo(dir, change) {
  git(dir, ['init', '-q', '-b', 'main']);
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '-m', 'base']);
  const base = git(dir, ['rev-parse', 'HEAD']);
  for (const [rel, text] of Object.entries(change)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '-m', 'head']);
  return base;
}

function fresh(name) {
  const dir = path.join(corpora, name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

const NEW_MIGRATION = { 'prisma/migrations/99990101000000_bench/migration.sql': 'ALTER TABLE "User" ADD COLUMN "benchNote" TEXT;\n' };
const cases = [];
{
  const dir = fresh('migration-score');
  const count = arg('migrations', 1000);
  generateMigrations(dir, count);
  fs.writeFileSync(path.join(dir, 'prisma', 'schema.prisma'), 'datasource db {\n  provider = "postgresql"\n}\n');
  cases.push({ guard: 'migration-score', corpus: `generated, ${count} migrations (bench/migration-score/generate.mjs)`, dir, base: asRepo(dir, NEW_MIGRATION) });
}
{
  generateEdge();
  const dir = fresh('edge-guard');
  fs.cpSync(path.join(repo, 'bench', '.corpus', 'edge-gen'), dir, { recursive: true });
  const files = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
  cases.push({ guard: 'edge-guard', corpus: `generated, ${files} files (bench/edge-guard/generate.mjs)`, dir, base: asRepo(dir, { 'apps/web/src/bench-new.ts': 'export const benchNew = 1;\n' }) });
}
{
  const dir = fresh('env-guard');
  const facts = generateEnv(dir);
  cases.push({ guard: 'env-guard', corpus: `generated, ${facts.files} files, ${facts.reads} reads (bench/env-guard/generate.mjs)`, dir, base: asRepo(dir, { 'packages/bench-new/src/index.ts': 'export const x = process.env.BENCH_NEW;\n' }) });
}
for (const guard of ['prisma-guard', 'migration-score']) {
  const dir = fresh(`umami-${guard}`);
  fs.cpSync(path.join(repo, 'test', 'fixtures', 'umami'), dir, { recursive: true });
  cases.push({ guard, corpus: 'test/fixtures/umami (schema and 19 migrations)', dir, base: asRepo(dir, NEW_MIGRATION) });
}

/** Wall time of `bickford <args>` on this Node (the one GitHub runs dists on, when run through bench/run.mjs). */
// CPU time (user+sys) of the run and its children (git) from /usr/bin/time: on a shared machine wall time includes
// waiting for a core, CPU time does not.
const TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const cpuFile = path.join(os.tmpdir(), `bickford-new-code-cpu-${process.pid}`);
function timed(args) {
  const command = [process.execPath, cli, ...args, '--format', 'json'];
  const started = process.hrtime.bigint();
  const r = TIME
    ? spawnSync(TIME, ['-f', '%U %S', '-o', cpuFile, ...command], { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, NO_COLOR: '1' } })
    : spawnSync(command[0], command.slice(1), { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, NO_COLOR: '1' } });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.status === null || r.status >= 2) throw new Error(`bickford ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(-2000)}`);
  const cpu = TIME ? fs.readFileSync(cpuFile, 'utf8').trim().split('\n').pop().split(' ').reduce((a, b) => a + Number(b) * 1000, 0) : NaN;
  const report = JSON.parse(r.stdout);
  return { ms, cpu, findings: report.findings.length, existing: report.findings.filter((f) => f.suppressed?.kind === 'existing').length };
}
/** Best of `repeat` runs, wall and CPU each taken at its own minimum (the least disturbed run). */
const best = (args) => {
  const runs = Array.from({ length: repeat }, () => timed(args));
  const fastest = runs.reduce((a, b) => (b.ms < a.ms ? b : a));
  return { ...fastest, cpu: Math.min(...runs.map((r) => r.cpu)) };
};

const loadAtStart = os.loadavg().map((l) => l.toFixed(1)).join(' ');
const rows = [];
for (const c of cases) {
  const single = best([c.guard, c.dir]);
  const newCode = best([c.guard, c.dir, '--base', c.base]);
  const ratio = newCode.ms / single.ms;
  const cpuRatio = newCode.cpu / single.cpu;
  rows.push({ ...c, single, newCode, ratio, cpuRatio });
  console.log(`${c.guard} on ${c.corpus}: single ${(single.ms / 1000).toFixed(2)} s (CPU ${(single.cpu / 1000).toFixed(2)} s), --base ${(newCode.ms / 1000).toFixed(2)} s (CPU ${(newCode.cpu / 1000).toFixed(2)} s): ${ratio.toFixed(2)}x wall, ${cpuRatio.toFixed(2)}x CPU; ${newCode.existing} existing`);
}

const cpu = os.cpus();
const md = [
  '# New-code mode: the cost of running at the base',
  '',
  `Machine: ${cpu[0]?.model ?? 'unknown'}, ${cpu.length} cores, Node ${process.version}, ${os.platform()} ${os.release()}; ${new Date().toISOString()}; load average ${loadAtStart} at the start and ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} at the end (a machine shared with other jobs: the figures are noisy, re-run on a quiet one before quoting them).`,
  '',
  'Each guard runs through the CLI bundle (`cli/bin.cjs`, the same engines as the dists) over a repository whose head adds one small change to the base: once over the whole tree (no `--base`), and once with `--base` (the run at the head plus the same engine run at the base in a `git worktree`, findings compared by fingerprint). Best of ' +
    `${repeat} runs each. Goal: \`--base\` at most 1.5x the single run.`,
  '',
  '| Guard | Corpus | Single run: wall / CPU (s) | With --base: wall / CPU (s) | Ratio wall / CPU | Goal ≤ 1.5x | Existing findings |',
  '|---|---|---|---|---|---|---|',
  ...rows.map(
    (r) =>
      `| ${r.guard} | ${r.corpus} | ${(r.single.ms / 1000).toFixed(2)} / ${(r.single.cpu / 1000).toFixed(2)} | ${(r.newCode.ms / 1000).toFixed(2)} / ${(r.newCode.cpu / 1000).toFixed(2)} | ${r.ratio.toFixed(2)}x / ${r.cpuRatio.toFixed(2)}x | ${r.ratio <= 1.5 && r.cpuRatio <= 1.5 ? 'met' : r.ratio <= 1.5 || r.cpuRatio <= 1.5 ? 'met in ' + (r.ratio <= 1.5 ? 'wall' : 'CPU') + ' only' : 'missed'} | ${r.newCode.existing} of ${r.newCode.findings} |`,
  ),
  '',
  'Reading the ratios: with `--base`, migration-score scores only the migrations the change touches, and skips the run at the base when every finding that counts is about a file the change adds (a fingerprint holds its file), so its `--base` run does less than the single whole-tree run. The other guards check the whole tree at the head, then again at the base, cheaply: the base tree is checked out by `git worktree add` in the background while the head runs (on the other core: it costs CPU, not wall time, on two cores); files the same at both commits are not analysed twice (a memo keyed by content: edge-guard\'s module scans, env-guard\'s reads, shared/baseline/run-memo.ts); and the base skips checks no head finding is looked up in (prisma-guard\'s drift check, when the head has no `prisma-drift` finding: `onlyRules`). What the base run still pays for is walking and reading its tree, resolving imports (edge-guard) and git\'s checkout (about 0.3 s of CPU for 5,000 files). The base is also skipped when nothing counts at the head (a clean PR, or all debt in the baseline file).',
  '',
  'Reproduce with `node bench/new-code/run.mjs` after `node scripts/build.mjs` (the CLI bundle).',
  '',
];
fs.mkdirSync(path.join(repo, 'bench', 'results'), { recursive: true });
fs.writeFileSync(path.join(repo, 'bench', 'results', 'new-code.md'), md.join('\n'));
console.log('wrote bench/results/new-code.md');
