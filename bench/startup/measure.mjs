// Runs one dist, copied into an empty temp dir as the runner has it, on a workspace; returns wall ms and max RSS.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');

/** The inputs each action runs with here: every guard in check mode on the example monorepo, no API writes. */
export const CASES = {
  'prisma-guard': { 'working-directory': 'examples' },
  'migration-score': { 'working-directory': 'examples', all: 'true' },
  'env-guard': { 'working-directory': 'examples' },
  'edge-guard': { 'working-directory': 'examples' },
  'ledger-record': { embedded: 'true', event: 'verify' },
  // No reports to publish: its start-up, reading the (empty) folder, and its exit.
  publish: { reports: 'no-reports', 'github-token': 'bench-token' },
  // The CLI's bundle: `bickford all .` in examples/ (every checking guard in one process).
  cli: { argv: 'all .' },
};

/** Where a target's bundle is: actions/<name>/dist, or cli/ (bin.cjs beside dist/). */
const isCli = (action) => action === 'cli';

export function copyDist(action) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `startup-${action}-`));
  if (isCli(action)) {
    fs.cpSync(path.join(root, 'cli', 'dist'), path.join(dir, 'dist'), { recursive: true });
    fs.copyFileSync(path.join(root, 'cli', 'bin.cjs'), path.join(dir, 'bin.cjs'));
    return path.join(dir, 'bin.cjs');
  }
  fs.cpSync(path.join(root, 'actions', action, 'dist'), path.join(dir, 'dist'), { recursive: true });
  return path.join(dir, 'dist', 'index.js');
}

/** A git checkout of this repository's examples/ (one commit, as fetch-depth 1 leaves it). */
export function workspace() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'startup-ws-'));
  fs.cpSync(path.join(root, 'examples'), path.join(dir, 'examples'), { recursive: true });
  const git = (...a) => spawnSync('git', ['-c', 'user.email=b@b', '-c', 'user.name=b', ...a], { cwd: dir });
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-qm', 'base');
  return dir;
}

/** One run under /usr/bin/time -v (max RSS in KiB) when it exists; wall time from here. */
export function runOnce(node, entry, action, ws, extraEnv = {}, nodeArgs = []) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'startup-run-'));
  for (const f of ['output', 'summary']) fs.writeFileSync(path.join(tmp, f), '');
  const event = path.join(tmp, 'event.json');
  fs.writeFileSync(event, '{}');
  const env = {
    PATH: process.env.PATH, HOME: tmp, GITHUB_ACTIONS: 'true', CI: 'true', GITHUB_WORKSPACE: ws, RUNNER_TEMP: tmp,
    GITHUB_OUTPUT: path.join(tmp, 'output'), GITHUB_STEP_SUMMARY: path.join(tmp, 'summary'), GITHUB_REPOSITORY: 'acme/bench',
    GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_EVENT_PATH: event, GITHUB_SHA: spawnSync('git', ['rev-parse', 'HEAD'], { cwd: ws, encoding: 'utf8' }).stdout.trim(),
    GITHUB_REF: 'refs/heads/main', GITHUB_API_URL: 'http://127.0.0.1:9', ...extraEnv,
  };
  fs.mkdirSync(path.join(ws, 'no-reports'), { recursive: true });
  const argv = isCli(action) ? CASES[action].argv.split(' ') : [];
  if (!isCli(action)) for (const [k, v] of Object.entries({ 'fail-on': 'never', comment: 'false', 'check-run': 'false', 'report-path': path.join(tmp, 'report.json'), ...CASES[action] })) env[`INPUT_${k.toUpperCase()}`] = v;
  const timed = fs.existsSync('/usr/bin/time');
  // CPU time (user + system) as well as wall time: on a loaded machine the wall time is mostly waiting for a core.
  const [cmd, args] = timed ? ['/usr/bin/time', ['-f', 'MAXRSS=%M CPU=%U+%S', node, ...nodeArgs, entry, ...argv]] : [node, [...nodeArgs, entry, ...argv]];
  const t = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { env: isCli(action) ? { PATH: env.PATH, HOME: tmp, NO_COLOR: '1' } : env, cwd: isCli(action) ? path.join(ws, 'examples') : path.dirname(entry), encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const rss = Number(/MAXRSS=(\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024;
  const cpu = /CPU=([\d.]+)\+([\d.]+)/.exec(r.stderr);
  const cpuMs = cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : NaN;
  fs.rmSync(tmp, { recursive: true, force: true });
  return { ms, cpuMs, rssMiB: rss, exit: r.status, stdout: r.stdout, stderr: r.stderr };
}
