#!/usr/bin/env node
// bench/migration-score: migration-score's dist next to squawk (its binary, and `npx squawk-cli`)
// on a generated corpus of 5,000 migrations and on documenso's real migrations (when present in
// bench/.corpus/documenso), with per-rule counts side by side, and the wall time of a typical PR
// (3 new migrations on a 150-migration history) including Node start-up. The dist runs on the Node that GitHub runs
// it on (24, found or installed by scripts/node-runtimes.mjs). Writes bench/results/migration-score.{md,json}.
//   node bench/migration-score/run.mjs --pr   only the typical PR: bench/results/migration-score-pr.{md,json}
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateCorpus } from './generate.mjs';
import { ensureNode } from '../../scripts/node-runtimes.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
// BENCH_DIST: another build's dist folder, to compare two builds in the same minutes.
const dist = process.env.BENCH_DIST ? path.resolve(process.env.BENCH_DIST) : path.join(root, 'actions', 'migration-score', 'dist');
// squawk-cli is not a dependency: the registry here serves only its linux-x64 binary package, so a lockfile
// entry for it could never satisfy `npm ci` elsewhere. The benchmark installs it beside itself on first use.
const tools = path.join(root, 'bench', '.tools');
// squawk-cli's `bin` is a Node launcher that spawns the native binary of its platform package: the binary is what
// the goal compares with, the launcher is what `npm i squawk-cli` users run; both are measured.
const squawkLauncher = path.join(tools, 'node_modules', '.bin', 'squawk');
const squawkBin = path.join(tools, 'node_modules', '@squawk-cli', `${process.platform}-${process.arch}`, 'bin', 'squawk');
if (!fs.existsSync(squawkLauncher) || !fs.existsSync(squawkBin)) {
  console.log('installing squawk-cli@2.66.0 into bench/.tools (once)');
  const r = spawnSync('npm', ['install', '--prefix', tools, '--no-save', '--no-audit', '--no-fund', 'squawk-cli@2.66.0'], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('could not install squawk-cli for the benchmark');
}
const corpus = path.join(root, 'bench', '.corpus');
const RUNS = 5;
const node24 = ensureNode(24);
const hasTime = fs.existsSync('/usr/bin/time');

/** A run under /usr/bin/time when it exists: CPU time (user + system) beside the wall time, steadier on a loaded machine. */
function timed(cmd, args, options) {
  const [c, a] = hasTime ? ['/usr/bin/time', ['-f', 'BENCH_CPU=%U+%S', cmd, ...args]] : [cmd, args];
  const r = spawnSync(c, a, { encoding: 'utf8', maxBuffer: 1 << 30, ...options });
  const m = /BENCH_CPU=([\d.]+)\+([\d.]+)\s*$/.exec(r.stderr ?? '');
  return { ...r, stderr: m ? r.stderr.slice(0, m.index) : r.stderr, cpuMs: m ? (Number(m[1]) + Number(m[2])) * 1000 : NaN };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** A copy of dist in an empty temp dir, as the runner has it. */
function copyDist() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ms-bench-dist-'));
  fs.cpSync(dist, path.join(dir, 'dist'), { recursive: true });
  return path.join(dir, 'dist', 'index.js');
}

function runAction(entry, workspace, inputs, extraEnv = {}) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ms-bench-run-'));
  for (const f of ['output', 'summary']) fs.writeFileSync(path.join(tmp, f), '');
  const report = path.join(tmp, 'report.json');
  const env = { PATH: process.env.PATH, HOME: process.env.HOME ?? tmp, GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: workspace, RUNNER_TEMP: tmp, GITHUB_OUTPUT: path.join(tmp, 'output'), GITHUB_STEP_SUMMARY: path.join(tmp, 'summary'), GITHUB_REPOSITORY: 'acme/bench', ...extraEnv };
  for (const [k, v] of Object.entries({ 'fail-on': 'never', comment: 'false', 'check-run': 'false', 'report-path': report, ...inputs })) env[`INPUT_${k.toUpperCase()}`] = v;
  const t = process.hrtime.bigint();
  const r = timed(node24, [entry], { env });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (!fs.existsSync(report)) throw new Error(`migration-score wrote no report (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  return { ms, cpuMs: r.cpuMs, exit: r.status, report: JSON.parse(fs.readFileSync(report, 'utf8')) };
}

function runSquawk(cmd, args, pattern, cwd, more = []) {
  const t = process.hrtime.bigint();
  const r = timed(cmd, [...args, '--reporter', 'json', pattern, ...more], { cwd });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  let violations = [];
  try {
    violations = JSON.parse(r.stdout);
  } catch {
    throw new Error(`squawk printed no JSON (exit ${r.status}): ${r.stderr.slice(0, 500)}`);
  }
  return { ms, cpuMs: r.cpuMs, violations };
}

function countBy(items, key) {
  const out = {};
  for (const i of items) out[key(i)] = (out[key(i)] ?? 0) + 1;
  return out;
}

function benchCorpus(label, workspace, pattern, files) {
  const entry = copyDist();
  const ours = [];
  let report;
  for (let i = 0; i < RUNS; i++) ({ ms: ours[i], report } = runAction(entry, workspace, { all: 'true' }));
  const bin = [];
  let squawk;
  for (let i = 0; i < RUNS; i++) ({ ms: bin[i], violations: squawk } = runSquawk(squawkBin, [], pattern, workspace));
  const launcher = [];
  for (let i = 0; i < RUNS; i++) launcher[i] = runSquawk(squawkLauncher, [], pattern, workspace).ms;
  const viaNpx = runSquawk('npx', ['--yes', 'squawk-cli'], pattern, workspace).ms;
  const active = report.findings.filter((f) => !f.suppressed);
  return {
    label,
    files,
    migrationScoreMs: Math.round(median(ours)),
    squawkBinaryMs: Math.round(median(bin)),
    squawkLauncherMs: Math.round(median(launcher)),
    squawkNpxMs: Math.round(viaNpx),
    migrationScoreFindings: active.length,
    squawkFindings: squawk.length,
    worstRisk: report.outputs['risk-score'],
    ourRules: countBy(active, (f) => f.ruleId),
    squawkRules: countBy(squawk, (v) => v.rule_name),
  };
}

/** Commits on main before the PR: the typical PR is 3 new migrations on a 150-migration history. */
const PR_HISTORY = 150;
const PR_ADDED = 3;

/** A repository with 150 migrations on main and a PR that adds 3, run as a pull_request event; squawk on the same 3 files. */
function benchPr() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ms-bench-pr-'));
  generateCorpus(dir, PR_HISTORY + PR_ADDED);
  const git = (...a) => spawnSync('git', a, { cwd: dir, encoding: 'utf8' });
  const all = fs.readdirSync(path.join(dir, 'prisma/migrations')).filter((n) => n !== 'migration_lock.toml').sort();
  const added = all.slice(PR_HISTORY);
  const hold = path.join(dir, '..', `${path.basename(dir)}-hold`);
  fs.mkdirSync(hold);
  for (const a of added) fs.renameSync(path.join(dir, 'prisma/migrations', a), path.join(hold, a));
  git('init', '-q', '-b', 'main');
  git('-c', 'user.email=b@b', '-c', 'user.name=b', 'add', '.');
  git('-c', 'user.email=b@b', '-c', 'user.name=b', 'commit', '-qm', 'base');
  const base = git('rev-parse', 'HEAD').stdout.trim();
  for (const a of added) fs.renameSync(path.join(hold, a), path.join(dir, 'prisma/migrations', a));
  git('-c', 'user.email=b@b', '-c', 'user.name=b', 'add', '.');
  git('-c', 'user.email=b@b', '-c', 'user.name=b', 'commit', '-qm', 'head');
  const head = git('rev-parse', 'HEAD').stdout.trim();
  const event = path.join(dir, '..', `${path.basename(dir)}-event.json`);
  fs.writeFileSync(event, JSON.stringify({ number: 1, pull_request: { number: 1, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'f' }, labels: [] } }));
  const entry = copyDist();
  const env = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_SHA: head };
  // squawk lints the PR's files alone (it has no notion of history): the same three files, in the same run.
  const files = added.map((a) => `prisma/migrations/${a}/migration.sql`);
  const ours = [];
  const bin = [];
  const npx = [];
  const nodeOnly = [];
  let report;
  // Interleaved, one of each per round, so that a shared machine's load falls on all of them alike.
  for (let i = 0; i < PR_RUNS; i++) {
    const run = runAction(entry, dir, {}, env);
    report = run.report;
    ours.push(run);
    bin.push(runSquawk(squawkBin, [], files[0], dir, files.slice(1)));
    if (i < 3) npx.push(runSquawk('npx', ['--yes', 'squawk-cli'], files[0], dir, files.slice(1)));
    const t = process.hrtime.bigint();
    spawnSync(node24, ['-e', '0']);
    nodeOnly.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  fs.rmSync(path.dirname(path.dirname(entry)), { recursive: true, force: true });
  const ms = (runs) => Math.round(median(runs.map((r) => r.ms)));
  const cpu = (runs) => Math.round(median(runs.map((r) => r.cpuMs)));
  return {
    historyMigrations: PR_HISTORY,
    addedMigrations: added.length,
    scored: report.outputs.migrations,
    runs: PR_RUNS,
    medianMs: ms(ours),
    minMs: Math.round(Math.min(...ours.map((r) => r.ms))),
    cpuMs: cpu(ours),
    squawkBinaryMs: ms(bin),
    squawkNpxMs: ms(npx),
    squawkNpxCpuMs: cpu(npx),
    bareNodeStartMs: Math.round(median(nodeOnly)),
  };
}

const PR_RUNS = Number(process.env.BENCH_RUNS ?? 9);

/** The typical PR's sentence, shared by both reports. */
function prLine(pr) {
  const goal = pr.medianMs < 250 && pr.medianMs < pr.squawkNpxMs ? 'met' : 'not met';
  return `Typical PR (${pr.addedMigrations} new migrations on a ${pr.historyMigrations}-migration history, pull_request event, git diff, the base's full history replayed, reports; no github-token, so nothing is posted): migration-score median ${pr.medianMs} ms wall, best ${pr.minMs} ms, ${pr.cpuMs} ms CPU (user + system) over ${pr.runs} runs; on the same ${pr.addedMigrations} files squawk's binary ${pr.squawkBinaryMs} ms, \`npx squawk-cli\` ${pr.squawkNpxMs} ms wall (${pr.squawkNpxCpuMs} ms CPU, median of 3); a bare \`node -e 0\` takes ${pr.bareNodeStartMs} ms here. Goal (< 250 ms wall on a quiet machine, and faster than npx squawk-cli): ${goal} in this run.`;
}

function table(c) {
  const ids = [...new Set([...Object.keys(c.ourRules), ...Object.keys(c.squawkRules)])].sort();
  return ['| Rule | migration-score | squawk |', '|---|---|---|', ...ids.map((id) => `| ${id} | ${c.ourRules[id] ?? ''} | ${c.squawkRules[id] ?? ''} |`)].join('\n');
}

const machineNow = () => ({ cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, node: spawnSync(node24, ['--version'], { encoding: 'utf8' }).stdout.trim(), platform: `${os.platform()} ${os.release()}`, load: os.loadavg().map((l) => l.toFixed(1)).join(' '), date: new Date().toISOString() });

/** `--pr`: the typical PR alone, the figure the start-up work is judged by, in a minute instead of the whole benchmark. */
function mainPr() {
  const load = os.loadavg().map((l) => l.toFixed(1)).join(' ');
  const pr = benchPr();
  const machine = { ...machineNow(), loadBefore: load };
  const md = [
    '# migration-score: the typical pull request',
    '',
    `Machine: ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, ${machine.platform}, load ${machine.loadBefore} before and ${machine.load} after (shared machine: wall times include waiting for a core; CPU time is the steadier figure), ${machine.date}.`,
    ...(process.env.BENCH_NOISY ? ['', `**Noisy figures**: ${process.env.BENCH_NOISY}`] : []),
    '',
    `\`node bench/migration-score/run.mjs --pr\`: the committed dist, copied into an empty temp dir, on a repository whose main has ${pr.historyMigrations} generated migrations and whose pull request adds ${pr.addedMigrations}; each round runs migration-score, squawk's binary, \`npx squawk-cli\` (first 3 rounds) and \`node -e 0\` in turn.`,
    '',
    prLine(pr),
    '',
  ].join('\n');
  fs.mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
  fs.writeFileSync(path.join(root, 'bench', 'results', 'migration-score-pr.md'), md);
  fs.writeFileSync(path.join(root, 'bench', 'results', 'migration-score-pr.json'), `${JSON.stringify({ machine, pr }, null, 2)}\n`);
  console.log(md);
}

function main() {
  const machine = machineNow();
  const generatedDir = path.join(corpus, 'generated');
  const files = generateCorpus(generatedDir, 5000).length;
  const results = { machine, corpora: [benchCorpus('generated (5,000 migrations)', generatedDir, 'prisma/migrations/*/migration.sql', files)] };
  const documenso = path.join(corpus, 'documenso', 'packages', 'prisma');
  if (fs.existsSync(path.join(documenso, 'migrations'))) {
    const n = fs.readdirSync(path.join(documenso, 'migrations')).filter((d) => fs.existsSync(path.join(documenso, 'migrations', d, 'migration.sql'))).length;
    results.corpora.push(benchCorpus(`documenso/documenso packages/prisma/migrations (${n} migrations)`, documenso, 'migrations/*/migration.sql', n));
  } else console.log('bench/.corpus/documenso is absent: the real corpus is skipped (see the report).');
  // umami's history, committed as the corpus test's fixture (MIT; see its SOURCE.md).
  const umami = path.join(root, 'test', 'fixtures', 'umami', 'prisma');
  const nUmami = fs.readdirSync(path.join(umami, 'migrations')).filter((d) => fs.existsSync(path.join(umami, 'migrations', d, 'migration.sql'))).length;
  results.corpora.push(benchCorpus(`umami-software/umami prisma/migrations (${nUmami} migrations)`, umami, 'migrations/*/migration.sql', nUmami));
  results.pr = benchPr();
  const md = [
    '# migration-score benchmark',
    '',
    `Machine: ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, ${machine.platform}, load ${machine.load} (shared machine), ${machine.date}.`,
    ...(process.env.BENCH_NOISY ? ['', `**Noisy figures**: ${process.env.BENCH_NOISY}`] : []),
    `Times are wall clock, median of ${RUNS} runs (npx: 1 run), including process start-up; migration-score runs its bundled dist from a copy in an empty temp dir with \`all: true\`. squawk binary: the native executable of squawk-cli's platform package; squawk launcher: squawk-cli's \`bin\` (a Node script that spawns that binary).`,
    '',
    '| Corpus | Files | migration-score | squawk binary | ratio (goal ≤ 3×) | squawk launcher | npx squawk-cli (goal: faster) | migration-score findings | squawk findings |',
    '|---|---|---|---|---|---|---|---|---|',
    ...results.corpora.map((c) => `| ${c.label} | ${c.files} | ${c.migrationScoreMs} ms | ${c.squawkBinaryMs} ms | ${(c.migrationScoreMs / c.squawkBinaryMs).toFixed(1)}× | ${c.squawkLauncherMs} ms | ${c.squawkNpxMs} ms | ${c.migrationScoreFindings} | ${c.squawkFindings} |`),
    '',
    `A bare \`node -e 0\` takes ${results.pr.bareNodeStartMs} ms here: where 3× squawk's binary is less than that, no Node program can meet the ratio, whatever it does after start-up.`,
    '',
    prLine(results.pr),
    '',
    ...results.corpora.flatMap((c) => [`## Findings per rule: ${c.label}`, '', 'Different rule sets: squawk counts style rules and statement_timeout, on by default; migration-score leaves style off, reports lock_timeout once per pull request (with `all`, once per run) as a notice, and skips objects created in the same migration.', '', table(c), '']),
  ].join('\n');
  fs.mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
  fs.writeFileSync(path.join(root, 'bench', 'results', 'migration-score.md'), `${md}\n`);
  fs.writeFileSync(path.join(root, 'bench', 'results', 'migration-score.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(md);
}

if (!fs.existsSync(path.join(dist, 'index.js'))) throw new Error('build the dist first: npm run build -- migration-score');
if (process.argv.includes('--pr')) mainPr();
else main();
