#!/usr/bin/env node
// Releases each action to its own repository, so that `uses: bickford/<name>@v1` works; with --npm, publishes the
// npm packages (bickford, @bickford/runtime) of the same tag instead.
//   node scripts/release.mjs 1.2.0 [--mirror-base <template>] [--dry-run] [--actions a,b]
//   node scripts/release.mjs 1.2.0 --npm [--dry-run]
//   testing only: [--root <dir>] [--skip-build]
// The whole process is described in docs/distribution.md.
import { execFileSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';

const DEFAULT_MIRROR = 'https://github.com/bickford/{name}.git';
const USAGE = 'usage: node scripts/release.mjs <version, e.g. 1.2.0> [--mirror-base <url or path with {name}>] [--dry-run] [--actions a,b]\n       node scripts/release.mjs <version> --npm [--dry-run]';

class ReleaseError extends Error {}

function parseArgs(argv) {
  const opts = { mirrorBase: process.env.BICKFORD_MIRROR_BASE || DEFAULT_MIRROR, dryRun: false, npm: false, skipBuild: false, only: undefined, root: undefined, version: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new ReleaseError(`${a} needs a value\n${USAGE}`);
      return argv[++i];
    };
    if (a === '--dry-run') opts.dryRun = true;
    else if (a === '--skip-build') opts.skipBuild = true;
    else if (a === '--npm') opts.npm = true;
    else if (a === '--mirror-base') opts.mirrorBase = value();
    else if (a === '--actions') opts.only = value().split(',').map((s) => s.trim()).filter(Boolean);
    else if (a === '--root') opts.root = path.resolve(value());
    else if (a.startsWith('--')) throw new ReleaseError(`unknown option ${a}\n${USAGE}`);
    else if (opts.version) throw new ReleaseError(`one version only, got ${opts.version} and ${a}\n${USAGE}`);
    else opts.version = a.replace(/^v/, '');
  }
  const m = opts.version?.match(/^(\d+)\.(\d+)\.(\d+)(-[0-9A-Za-z.-]+)?$/);
  if (!m) throw new ReleaseError(`the version must look like 1.2.0 (or 1.2.0-rc.1), got ${opts.version ?? 'nothing'}\n${USAGE}`);
  if (!opts.mirrorBase.includes('{name}')) throw new ReleaseError(`--mirror-base must contain {name}, got ${opts.mirrorBase}`);
  opts.root ??= path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
  opts.tag = `v${opts.version}`;
  // A prerelease gets its own tag only: v1 and v1.2 are what users run, they move to finished releases.
  opts.moving = m[4] ? [] : [`v${m[1]}`, `v${m[1]}.${m[2]}`];
  opts.prerelease = Boolean(m[4]);
  return opts;
}

const token = process.env.BICKFORD_RELEASE_TOKEN || '';
const redact = (s) => (token ? String(s).split(token).join('***') : String(s));

/** Git with a fixed identity and no prompts; the token goes in a header, never in a URL that errors would print. */
function git(args, cwd, { remote = false } = {}) {
  const auth = remote && token ? ['-c', `http.extraHeader=AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`] : [];
  const env = {
    ...process.env,
    GIT_TERMINAL_PROMPT: '0',
    GIT_AUTHOR_NAME: process.env.GIT_AUTHOR_NAME || 'bickford-release',
    GIT_AUTHOR_EMAIL: process.env.GIT_AUTHOR_EMAIL || 'release@bickford.invalid',
    GIT_COMMITTER_NAME: process.env.GIT_COMMITTER_NAME || 'bickford-release',
    GIT_COMMITTER_EMAIL: process.env.GIT_COMMITTER_EMAIL || 'release@bickford.invalid',
  };
  try {
    return execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false', ...auth, ...args], { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  } catch (e) {
    throw new ReleaseError(redact(`git ${args.join(' ')} failed: ${(e.stderr || e.message).trim()}`));
  }
}

/** Every action with an action.yml, or the ones asked for. */
function listActions(root, only) {
  const all = fs.readdirSync(path.join(root, 'actions')).filter((n) => fs.existsSync(path.join(root, 'actions', n, 'action.yml'))).sort();
  const unknown = (only ?? []).filter((n) => !all.includes(n));
  if (unknown.length) throw new ReleaseError(`no action.yml for ${unknown.join(', ')} (actions: ${all.join(', ')})`);
  const names = only ?? all;
  if (names.length === 0) throw new ReleaseError('no action to release: no actions/*/action.yml');
  return names;
}

/** Rebuilds every released dist in a temporary directory and compares it with the committed one. */
function checkDist(root, names, skipBuild) {
  if (skipBuild) return console.log('dist check skipped (--skip-build)');
  const run = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--check', ...names], { cwd: root, encoding: 'utf8' });
  process.stdout.write(run.stdout);
  if (run.status !== 0) {
    throw new ReleaseError(`${run.stderr.trim()}\nThe committed dist differs from a fresh build: nothing was pushed. Run npm run build, commit, tag again.`);
  }
}

function copyDir(from, to) {
  fs.cpSync(from, to, { recursive: true, dereference: true });
}

/** The mirror's tree: action.yml at the root, dist/ (the shared core bundled in), README.md, LICENSE; nothing else. */
function stageAction(root, name, out) {
  const dir = path.join(root, 'actions', name);
  const manifest = parseYaml(fs.readFileSync(path.join(dir, 'action.yml'), 'utf8'));
  const main = manifest?.runs?.main;
  if (typeof main !== 'string' || !main.startsWith('dist/')) throw new ReleaseError(`actions/${name}/action.yml: runs.main must be a file under dist/, got ${main}`);
  if (!fs.existsSync(path.join(dir, main))) throw new ReleaseError(`actions/${name}/${main} does not exist: run npm run build -- ${name} and commit`);
  for (const required of [path.join(dir, 'README.md'), path.join(root, 'LICENSE')]) {
    if (!fs.existsSync(required)) throw new ReleaseError(`${path.relative(root, required)} is missing; the Marketplace needs it in every action repository`);
  }
  fs.mkdirSync(out, { recursive: true });
  fs.copyFileSync(path.join(dir, 'action.yml'), path.join(out, 'action.yml'));
  fs.copyFileSync(path.join(dir, 'README.md'), path.join(out, 'README.md'));
  fs.copyFileSync(path.join(root, 'LICENSE'), path.join(out, 'LICENSE'));
  copyDir(path.join(dir, 'dist'), path.join(out, 'dist'));
}

/** The mirror's refs, read before anything is pushed anywhere. */
function remoteRefs(url) {
  const lines = git(['ls-remote', url], process.cwd(), { remote: true }).split('\n').filter(Boolean);
  return new Map(lines.map((l) => l.split('\t')).map(([sha, ref]) => [ref, sha]));
}

function sourceCommit(root) {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

/** One commit on the mirror's main (its history kept), the version tag, and the moving tags, pushed atomically. */
function publish(plan, opts, source) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), `bickford-release-${plan.name}-`));
  git(['init', '-q'], work);
  let parent;
  if (plan.refs.has('refs/heads/main')) {
    git(['fetch', '-q', '--no-tags', plan.url, 'refs/heads/main:refs/remotes/mirror/main'], work, { remote: true });
    parent = git(['rev-parse', 'refs/remotes/mirror/main'], work);
  }
  copyDir(plan.staged, work);
  git(['add', '-A'], work);
  const tree = git(['write-tree'], work);
  const message = `Release ${opts.tag}\n\nBuilt from bickford/actions${source ? `@${source}` : ''} (actions/${plan.name}).`;
  const commit = git(['commit-tree', tree, ...(parent ? ['-p', parent] : []), '-m', message], work);
  git(['tag', '-a', opts.tag, commit, '-m', `${plan.name} ${opts.tag}`], work);
  const refspecs = [`${commit}:refs/heads/main`, `refs/tags/${opts.tag}:refs/tags/${opts.tag}`, ...opts.moving.map((t) => `+${commit}:refs/tags/${t}`)];
  if (opts.dryRun) {
    console.log(`[dry run] ${plan.name}: would push ${refspecs.join(' ')} to ${redact(plan.url)}`);
  } else {
    git(['push', '-q', '--atomic', plan.url, ...refspecs], work, { remote: true });
    console.log(`released ${plan.name} ${opts.tag} (${commit.slice(0, 12)}); moved ${opts.moving.join(', ') || 'no tag'}`);
  }
  fs.rmSync(work, { recursive: true, force: true });
}

function release(opts) {
  const names = listActions(opts.root, opts.only);
  console.log(`releasing ${opts.tag}: ${names.join(', ')}`);
  checkDist(opts.root, names, opts.skipBuild);
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'bickford-stage-'));
  const plans = names.map((name) => {
    const staged = path.join(stage, name);
    stageAction(opts.root, name, staged);
    const url = opts.mirrorBase.split('{name}').join(name);
    return { name, staged, url, refs: remoteRefs(url) };
  });
  // A version tag is never moved: refuse before the first push, so no mirror is left half released.
  const taken = plans.filter((p) => p.refs.has(`refs/tags/${opts.tag}`)).map((p) => p.name);
  if (taken.length) throw new ReleaseError(`${opts.tag} already exists in the mirror of ${taken.join(', ')}; release tags are never moved: release a new version`);
  const source = sourceCommit(opts.root);
  for (const plan of plans) publish(plan, opts, source);
  fs.rmSync(stage, { recursive: true, force: true });
}

/** npm, quietly; the token (NODE_AUTH_TOKEN, read by the .npmrc that setup-node writes) never appears in argv. */
function npm(args, cwd) {
  const r = spawnSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' } });
  return { status: r.status, stdout: redact(r.stdout ?? ''), stderr: redact(r.stderr ?? '') };
}

/**
 * Whether name@version is on the registry already: true, false (a 404), or the registry's error when it could
 * not say, which a real publish treats as a refusal and a dry run reports.
 */
function publishedAlready(name, version, cwd) {
  const r = npm(['view', `${name}@${version}`, 'version', '--json'], cwd);
  if (r.status === 0) return r.stdout.trim() !== '' && r.stdout.trim() !== '[]';
  if (/E404|404 Not Found|is not in this registry/.test(r.stderr)) return false;
  return new ReleaseError(`could not ask the registry whether ${name}@${version} exists: ${r.stderr.trim().split('\n').slice(0, 3).join(' ')}`);
}

/** @bickford/ledger's committed dist against a fresh build of it (its own script: the edge emit and the Node bundle). */
function checkLedgerDist(root) {
  const dist = path.join(root, 'packages', 'ledger', 'dist');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bickford-ledger-dist-'));
  try {
    const r = spawnSync(process.execPath, [path.join(root, 'packages', 'ledger', 'scripts', 'build.cjs'), path.join(tmp, 'dist')], { encoding: 'utf8' });
    if (r.status !== 0) throw new ReleaseError(`could not build @bickford/ledger to check its dist: ${(r.stderr || r.stdout).trim().split('\n').slice(0, 5).join(' ')}`);
    const list = (dir) => (fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath ?? e.path, e.name))) : []);
    const stale = [...new Set([...list(path.join(tmp, 'dist')), ...list(dist)])].filter((f) => !fs.existsSync(path.join(dist, f)) || !fs.existsSync(path.join(tmp, 'dist', f)) || !fs.readFileSync(path.join(dist, f)).equals(fs.readFileSync(path.join(tmp, 'dist', f))));
    if (stale.length) throw new ReleaseError(`packages/ledger/dist differs from a fresh build (${stale.sort().join(', ')}): run node packages/ledger/scripts/build.cjs, commit, tag again. Nothing was published.`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * The npm packages of the tag: the CLI's bundle and @bickford/runtime's and @bickford/ledger's dists are checked against a fresh build,
 * every version must be the tag's (the CLI prints the root package's, bundled in), each package is packed once and
 * that tarball is what is published, with provenance. A prerelease goes to the `next` dist-tag, not `latest`.
 */
function releaseNpm(opts) {
  const require = createRequire(import.meta.url);
  const { PUBLISHED_PACKAGES, packPackage } = require(path.join(opts.root, 'scripts', 'npm-packages.cjs'));
  console.log(`publishing ${opts.tag} to npm: ${PUBLISHED_PACKAGES.map((p) => p.name).join(', ')}`);
  checkDist(opts.root, ['cli'], opts.skipBuild);
  if (!opts.skipBuild) {
    const { emitRuntime } = require(path.join(opts.root, 'packages', 'runtime', 'scripts', 'emit.cjs'));
    const dist = path.join(opts.root, 'packages', 'runtime', 'dist');
    const stale = [...emitRuntime()].filter(([rel, text]) => !fs.existsSync(path.join(dist, rel)) || fs.readFileSync(path.join(dist, rel), 'utf8') !== text).map(([rel]) => rel);
    if (stale.length) throw new ReleaseError(`packages/runtime/dist differs from a fresh build (${stale.join(', ')}): run node packages/runtime/scripts/build.cjs, commit, tag again. Nothing was published.`);
    checkLedgerDist(opts.root);
  }
  const versions = [['package.json', 'the CLI\'s --version and reports'], ...PUBLISHED_PACKAGES.map((p) => [path.join(p.dir, 'package.json'), p.name])];
  const wrong = versions.map(([file, what]) => [file, what, JSON.parse(fs.readFileSync(path.join(opts.root, file), 'utf8')).version]).filter(([, , v]) => v !== opts.version);
  if (wrong.length) {
    throw new ReleaseError(`the tag is ${opts.tag} but ${wrong.map(([file, what, v]) => `${file} (${what}) says ${v}`).join(', ')}: set "version": "${opts.version}" in each, rebuild (npm run build), commit, tag again. Nothing was published.`);
  }
  // Like a version tag, an npm version is never replaced (npm refuses it anyway): refuse before the first publish.
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'bickford-npm-'));
  const taken = [];
  for (const p of PUBLISHED_PACKAGES) {
    const known = publishedAlready(p.name, opts.version, out);
    if (known instanceof ReleaseError) {
      if (!opts.dryRun) throw known;
      console.log(`[dry run] ${known.message}`);
    } else if (known) taken.push(`${p.name}@${opts.version}`);
  }
  if (taken.length) throw new ReleaseError(`${taken.join(', ')} already on npm; published versions are never replaced: release a new version. Nothing was published.`);
  const packed = PUBLISHED_PACKAGES.map((p) => ({ ...p, ...packPackage(p.dir, out, opts.root) }));
  const distTag = opts.prerelease ? 'next' : 'latest';
  for (const p of packed) {
    const args = ['publish', p.file, '--access', 'public', '--provenance', '--tag', distTag, ...(opts.dryRun ? ['--dry-run'] : [])];
    const r = npm(args, out);
    if (r.status !== 0) throw new ReleaseError(`npm ${args.join(' ')} failed (exit ${r.status}): ${r.stderr.trim()}`);
    console.log(`${opts.dryRun ? '[dry run] would publish' : 'published'} ${p.name}@${opts.version} (${p.files.length} files, dist-tag ${distTag}, provenance)`);
  }
  fs.rmSync(out, { recursive: true, force: true });
}

try {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.npm) releaseNpm(opts);
  else release(opts);
} catch (e) {
  console.error(`release failed: ${redact(e instanceof ReleaseError ? e.message : e?.stack ?? e)}`);
  process.exit(1);
}
