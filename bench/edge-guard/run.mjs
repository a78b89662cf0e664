#!/usr/bin/env node
// edge-guard vs dependency-cruiser, side by side, on a generated ~5,000-file monorepo and (when
// bench/.corpus/rallly exists or the mirror is on this machine) on lukevella/rallly. Wall time and peak RSS
// come from /usr/bin/time -v around each child process; reached sets are compared with TypeScript's own
// import elision. Writes bench/results/edge-guard.md.   Usage: node bench/edge-guard/run.mjs [--runs 3]
import { spawnSync, execSync } from 'node:child_process';
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generate } from './generate.mjs';
import { referenceReached } from './ts-reference.mjs';

const require = createRequire(import.meta.url);
const here = path.dirname(new URL(import.meta.url).pathname);
const repo = path.resolve(here, '../..');
const corpus = path.join(repo, 'bench/.corpus');
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;
let loadBefore = [0, 0, 0];
const DEPCRUISE = path.join(repo, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

let bundled;
/** The engine bundled once per run (ncc takes seconds), shared by every corpus. */
function engineBundle() {
  bundled ??= buildEngineBundle();
  return bundled;
}

async function buildEngineBundle() {
  const out = path.join(repo, 'bench/results/tmp/edge-engine/index.js');
  const ncc = require('@vercel/ncc');
  const { code } = await ncc(path.join(here, 'engine-entry.ts'), { cache: false, quiet: true, minify: false, target: 'es5' });
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, code);
  fs.writeFileSync(path.join(path.dirname(out), 'package.json'), '{"type":"commonjs"}\n');
  return out;
}

/** Runs a command under /usr/bin/time -v; returns stdout, wall seconds and peak RSS in MiB. */
function timed(args, cwd) {
  const r = spawnSync('/usr/bin/time', ['-v', ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const wall = /Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+(?:\.\d+)?)/.exec(r.stderr);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  const user = /User time \(seconds\): ([\d.]+)/.exec(r.stderr);
  const sys = /System time \(seconds\): ([\d.]+)/.exec(r.stderr);
  if (!wall || !rss) throw new Error(`${args.join(' ')} failed:\n${r.stderr.slice(-2000)}`);
  // CPU time (user + sys) moves less than wall time when other jobs share the cores.
  const cpu = Number(user?.[1] ?? NaN) + Number(sys?.[1] ?? NaN);
  return { stdout: r.stdout, seconds: Number(wall[1] ?? 0) * 60 + Number(wall[2]), cpu, rssMiB: Number(rss[1]) / 1024 };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function depcruiseConfig(dir, entries, tsConfig, followPackages = false) {
  const file = path.join(dir, '.bench-depcruise.cjs');
  const config = {
    forbidden: [{ name: 'edge-reaches-node', severity: 'error', from: { path: `^(${entries.map(escape).join('|')})$` }, to: { path: '^(node:)?(fs|child_process|net|tls|crypto|os|path|perf_hooks)$|^pg$|@prisma/client', reachable: true } }],
    options: {
      // Following installed packages: dependency-cruiser walks into node_modules as edge-guard does.
      ...(followPackages ? { doNotFollow: { dependencyTypes: ['core'] } } : { doNotFollow: { path: 'node_modules' } }),
      tsConfig: { fileName: tsConfig },
      tsPreCompilationDeps: false,
      enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['edge-light', 'worker', 'browser', 'import', 'default'], mainFields: ['module', 'main'] },
    },
  };
  fs.writeFileSync(file, `module.exports = ${JSON.stringify(config, null, 2)};\n`);
  return file;
}

function compareSets(name, got, ref) {
  const missing = [...ref].filter((f) => !got.has(f));
  const extra = [...got].filter((f) => !ref.has(f));
  return { name, size: got.size, missing: missing.length, extra: extra.length, sample: [...missing.slice(0, 3).map((m) => `-${m}`), ...extra.slice(0, 3).map((e) => `+${e}`)] };
}

async function benchOne(label, dir, entryGlobs, tsConfig, refOptions, followPackages = false) {
  const bundle = await engineBundle();
  const ours = [];
  let last;
  for (let i = 0; i < runs; i++) {
    const t = timed([process.execPath, bundle, dir, ...entryGlobs], dir);
    last = JSON.parse(t.stdout);
    ours.push(t);
  }
  const loadDuringOurs = os.loadavg()[0];
  const entries = last.entries;
  const cfg = depcruiseConfig(dir, entries, tsConfig, followPackages);
  const theirs = [];
  let cruise;
  for (let i = 0; i < runs; i++) {
    const t = timed([process.execPath, DEPCRUISE, '--config', cfg, '--output-type', 'json', ...entries], dir);
    cruise = JSON.parse(t.stdout);
    theirs.push(t);
  }
  const loadDuringTheirs = os.loadavg()[0];
  const codeFile = (f) => /\.(c|m)?(j|t)sx?$/.test(f) && !f.endsWith('.d.ts') && !f.includes('node_modules/');
  const oursSet = new Set(last.modules.filter(codeFile));
  const theirSet = new Set(cruise.modules.filter((m) => !m.coreModule && !m.couldNotResolve).map((m) => m.source).filter(codeFile));
  const ref = new Set([...referenceReached(dir, entries, refOptions)].filter(codeFile));
  const packageFiles = last.modules.filter((f) => f.includes('node_modules/')).length;
  return {
    label,
    packageFiles,
    entries: entries.length,
    ours: { seconds: median(ours.map((t) => t.seconds)), cpu: median(ours.map((t) => t.cpu)), rssMiB: median(ours.map((t) => t.rssMiB)), chains: last.chains },
    theirs: { seconds: median(theirs.map((t) => t.seconds)), cpu: median(theirs.map((t) => t.cpu)), rssMiB: median(theirs.map((t) => t.rssMiB)), violations: cruise.summary.violations.length },
    sets: [compareSets('edge-guard', oursSet, ref), compareSets('dependency-cruiser', theirSet, ref)],
    refSize: ref.size,
    load: { ours: loadDuringOurs, theirs: loadDuringTheirs },
  };
}

/** Packages the helpers of the generated app import, with their dependencies (hard-linked from this repository's node_modules). */
const INSTALLED = ['lodash', 'yaml', 'ajv', 'jsonc-parser', 'picomatch'];
const HELPER_IMPORTS = [
  "import get from 'lodash/get';",
  "import merge from 'lodash/merge';",
  "import { parse as parseYaml } from 'yaml';",
  "import Ajv from 'ajv';",
  "import { parse as parseJsonc } from 'jsonc-parser';",
  "import picomatch from 'picomatch';",
  'export const used = [get, merge, parseYaml, Ajv, parseJsonc, picomatch];',
];

function withInstalledPackages(genRoot) {
  const root = path.join(corpus, 'edge-gen-nm');
  fs.rmSync(root, { recursive: true, force: true });
  execSync(`cp -a ${genRoot} ${root}`);
  const modules = path.join(repo, 'node_modules');
  const closure = new Set();
  const visit = (name) => {
    if (closure.has(name) || !fs.existsSync(path.join(modules, name, 'package.json'))) return;
    closure.add(name);
    const manifest = JSON.parse(fs.readFileSync(path.join(modules, name, 'package.json'), 'utf8'));
    for (const dep of Object.keys(manifest.dependencies ?? {})) visit(dep);
  };
  INSTALLED.forEach(visit);
  let files = 0;
  for (const name of closure) {
    const dest = path.join(root, 'node_modules', name);
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    execSync(`cp -al ${path.join(modules, name)} ${dest}`);
    files += Number(execSync(`find ${dest} -type f -name '*.*js' | wc -l`, { encoding: 'utf8' }).trim());
  }
  // Every helper the edge routes import now pulls the packages in (a real-world edge app: utilities, a YAML and a JSON schema library).
  for (let h = 0; h < 40; h++) {
    const file = path.join(root, `apps/web/src/lib/h${h}.ts`);
    fs.writeFileSync(file, `${HELPER_IMPORTS.join('\n')}\n${fs.readFileSync(file, 'utf8')}`);
  }
  return { root, packages: [...closure], files };
}

function rallly() {
  const dest = path.join(corpus, 'rallly');
  const mirror = '/work/.mirror/lukevella+rallly/repo';
  if (!fs.existsSync(dest) && fs.existsSync(mirror)) {
    fs.mkdirSync(dest, { recursive: true });
    execSync(`git --git-dir=${mirror} archive HEAD | tar -x -C ${dest}`);
  }
  return fs.existsSync(dest) ? dest : undefined;
}

async function main() {
  loadBefore = os.loadavg();
  const results = [];
  const gen = generate();
  fs.writeFileSync(path.join(gen.root, 'tsconfig.depcruise.json'), JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@gen/*': ['packages/*/src/index.ts'], '@/*': ['apps/web/src/*'] } } }));
  results.push(await benchOne(`generated monorepo (${gen.files} files)`, gen.root, [], 'tsconfig.depcruise.json', { baseUrl: gen.root, paths: { '@gen/*': [path.join(gen.root, 'packages/*/src/index.ts')] } }));
  const nm = withInstalledPackages(gen.root);
  results.push(await benchOne(`generated monorepo with node_modules installed and followed (${nm.packages.length} packages, ${nm.files} package files)`, nm.root, [], 'tsconfig.depcruise.json', { baseUrl: nm.root, paths: { '@gen/*': [path.join(nm.root, 'packages/*/src/index.ts')] } }, true));
  const r = rallly();
  if (r) {
    const globs = ['apps/*/src/**/{page,layout,route}.{ts,tsx}', 'apps/*/src/proxy.ts'];
    const webTs = JSON.parse(fs.readFileSync(path.join(r, 'apps/web/tsconfig.json'), 'utf8').replace(/\/\/.*$/gm, '').replace(/,(\s*[}\]])/g, '$1'));
    const p = webTs.compilerOptions?.paths ?? {};
    const paths = Object.fromEntries(Object.entries(p).map(([k, v]) => [k, v.map((x) => path.posix.join('apps/web', x))]));
    fs.writeFileSync(path.join(r, 'tsconfig.depcruise.json'), JSON.stringify({ compilerOptions: { baseUrl: '.', jsx: 'preserve', paths } }));
    const workspacePaths = {};
    for (const group of ['apps', 'packages']) {
      for (const d of fs.existsSync(path.join(r, group)) ? fs.readdirSync(path.join(r, group)) : []) {
        const pkg = path.join(r, group, d, 'package.json');
        if (fs.existsSync(pkg)) workspacePaths[JSON.parse(fs.readFileSync(pkg, 'utf8')).name] = [path.join(r, group, d)];
      }
    }
    results.push(await benchOne('lukevella/rallly (whole graph from every page, layout, route and proxy)', r, globs, 'tsconfig.depcruise.json', { baseUrl: r, paths: { ...workspacePaths } }));
  }
  writeReport(results);
}

function writeReport(results) {
  const cpu = os.cpus()[0]?.model ?? 'unknown';
  const lines = [
    '# edge-guard benchmark',
    '',
    `Machine: ${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}. Shared with other jobs; median of ${runs} runs.`,
    `Load average before the run (1, 5, 15 min): ${loadBefore.map((l) => l.toFixed(2)).join(', ')}; 1-minute load after each tool's runs: ${results.map((r) => `${r.label.split(' (')[0]}: edge-guard ${r.load.ours.toFixed(1)}, depcruise ${r.load.theirs.toFixed(1)}`).join('; ')}. The benchmark's own process counts for about 1 of it; above 2 (the core count) other jobs were competing for the CPU.`,
    'Command: `node bench/edge-guard/run.mjs`. Each tool runs as its own process under `/usr/bin/time -v` (wall time, peak RSS), from the same entries (the ones edge-guard finds).',
    `dependency-cruiser ${JSON.parse(fs.readFileSync(path.join(repo, 'node_modules/dependency-cruiser/package.json'), 'utf8')).version} runs with a \`reachable\` rule from those entries, \`tsPreCompilationDeps: false\` (its closest to import elision), one tsconfig with paths for the workspace packages (it reads one tsconfig per run).`,
    'Reference reached set: TypeScript\'s own import elision (`ts.transpileModule`) + `ts.resolveModuleName`, breadth-first from the same entries (repository code files only).',
    '',
    '| Corpus | Entries | edge-guard time | depcruise time | Speed-up | edge-guard CPU | depcruise CPU | CPU ratio | edge-guard peak RSS | depcruise peak RSS | RSS ratio |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of results) {
    lines.push(`| ${r.label} | ${r.entries} | ${r.ours.seconds.toFixed(2)} s | ${r.theirs.seconds.toFixed(2)} s | ${(r.theirs.seconds / r.ours.seconds).toFixed(1)}× | ${r.ours.cpu.toFixed(2)} s | ${r.theirs.cpu.toFixed(2)} s | ${(r.theirs.cpu / r.ours.cpu).toFixed(1)}× | ${r.ours.rssMiB.toFixed(0)} MiB | ${r.theirs.rssMiB.toFixed(0)} MiB | ${(r.ours.rssMiB / r.theirs.rssMiB).toFixed(2)} |`);
  }
  lines.push('', '## Reached sets against TypeScript import elision', '', '| Corpus | Tool | Reached files | Reference | Missing | Extra | Examples |', '|---|---|---|---|---|---|---|');
  for (const r of results) for (const s of r.sets) lines.push(`| ${r.label} | ${s.name} | ${s.size} | ${r.refSize} | ${s.missing} | ${s.extra} | ${s.sample.map((x) => `\`${x}\``).join(' ')} |`);
  lines.push('', `Chains reported by edge-guard / violations by depcruise: ${results.map((r) => `${r.label}: ${r.ours.chains} / ${r.theirs.violations}`).join('; ')}.`);
  lines.push('', '## Notes', '',
    '- The machine is shared with other jobs (2 cores): wall times vary run to run; compare the two tools within one run.',
    "- rallly's reference set is not reliable: its tsconfigs extend a package that is not installed in the copy, so TypeScript resolves fewer aliases than either tool. Its remaining differences are expected: edge-guard resolves every workspace with its own tsconfig (apps/landing's `@/` differs from apps/web's; dependency-cruiser reads one tsconfig) and folds NEXT_RUNTIME branches (`sentry.server.config.ts` is only imported in the nodejs branch of instrumentation.ts).",
    '- Whole-graph runs include edge-guard\'s library scan for assertNodeRuntime (require-runtime-guard) and the Prisma schema discovery.',
    "- Where edge-guard's time goes (`node --cpu-prof` on the bundled engine, generated corpus): about 0.35 s before the engine starts (V8 compiling the 11 MB bundle, TypeScript's module body), about 0.75 s in `ts.createSourceFile` for some 2,300 files (mostly first-call compilation of the parser: a second pass over the same files takes a third of the time), about 0.1 s in the shared `NodeRepoFs.realpath` (the JavaScript realpath lstat's every path segment, twice), the rest in resolution and reads. dependency-cruiser's CPU time exceeds its wall time: it keeps both cores busy, edge-guard one.",
    "- On rallly the cost is the same fixed cost, not a higher cost per file: about 0.35 s before the engine starts, then about 0.55 s in `ts.createSourceFile` for 717 files of 2.4 MB (3.3 KB a file, mostly TSX, against 1.4 KB on the generated corpus; 3.1 MB there took about the same time), of which some 0.4 s is the parser's warm-up (a second pass over the same files takes 0.17 s). Resolution takes 0.05 s (0.11 s before bare imports stopped probing a `node_modules` in every ancestor of every importing directory of a repository that has none), the walk for elision 0.08 s, workspaces, Prisma discovery, entry globs and findings about 0.15 s together. dependency-cruiser reads fewer files here, so the fixed cost weighs more in the ratio.",
    "- The bundles are built with ncc's `target: 'es5'` (scripts/build.mjs): only ncc's module wrappers change (function instead of arrow), under which V8 loads TypeScript's 9 MB module faster and in less memory than with `es2022` (a bundle of `typescript` alone: 0.23 s and 89 MB against 0.33 s and 111 MB); the sources keep their syntax.");
  const gen = results[0];
  const genSet = gen.sets[0];
  const verdicts = [
    `${(gen.theirs.seconds / gen.ours.seconds).toFixed(1)}× faster on the generated monorepo (goal ≥5×): ${gen.theirs.seconds / gen.ours.seconds >= 5 ? 'met' : 'not met'}`,
    `peak RSS ${(gen.ours.rssMiB / gen.theirs.rssMiB).toFixed(2)} of dependency-cruiser's (goal ≤0.5): ${gen.ours.rssMiB / gen.theirs.rssMiB <= 0.5 ? 'met' : 'not met'}`,
    `whole graph of ${gen.label.match(/\d+/)?.[0] ?? '?'} files in ${gen.ours.seconds.toFixed(2)} s (goal <4 s): ${gen.ours.seconds < 4 ? 'met' : 'not met'}`,
    `reached set equal to TypeScript's import elision: ${genSet.missing === 0 && genSet.extra === 0 ? 'met' : `not met (${genSet.missing} missing, ${genSet.extra} extra)`}`,
  ];
  for (const r of results.slice(1)) {
    if (r.packageFiles > 0) r.label += `; edge-guard followed ${r.packageFiles} package files`;
    const speed = r.theirs.seconds / r.ours.seconds;
    const rss = r.ours.rssMiB / r.theirs.rssMiB;
    verdicts.push(`${speed.toFixed(1)}× faster on ${r.label.split(' (')[0]} (goal ≥5×): ${speed >= 5 ? 'met' : 'not met'}`, `peak RSS ${rss.toFixed(2)} of dependency-cruiser's on ${r.label.split(' (')[0]} (goal ≤0.5): ${rss <= 0.5 ? 'met' : 'not met'}`);
  }
  lines.push('', '## Goals', '', ...verdicts.map((v) => `- ${v}`), '');
  const out = path.join(repo, 'bench/results/edge-guard.md');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, lines.join('\n'));
  console.log(lines.join('\n'));
}

await main();
