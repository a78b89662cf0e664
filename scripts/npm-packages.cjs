// The packages this repository publishes to npm, and how one is packed. Used by scripts/release.mjs (npm) and by
// test/release/packages.test.ts, so that what is tested is what is published.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');

/** `dir` is relative to the repository root; each is published from their committed, built dist/. */
const PUBLISHED_PACKAGES = Object.freeze([
  { name: 'bickford', dir: 'cli' },
  { name: '@bickford/runtime', dir: 'packages/runtime' },
  { name: '@bickford/ledger', dir: 'packages/ledger' },
]);

/**
 * `npm pack` of one package (`dir` under `fromRoot`, this repository by default) into `destination`, with no lifecycle scripts (the dist is committed and checked, not
 * rebuilt here). Returns the tarball's path and the files in it, as npm reports them.
 */
function packPackage(dir, destination, fromRoot = root) {
  fs.mkdirSync(destination, { recursive: true });
  const r = spawnSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', destination], { cwd: path.join(fromRoot, dir), encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`npm pack in ${dir} exited ${r.status}: ${r.stderr.trim()}`);
  const [info] = JSON.parse(r.stdout);
  return { file: path.join(destination, info.filename), files: info.files.map((f) => f.path).sort(), name: info.name, version: info.version };
}

module.exports = { PUBLISHED_PACKAGES, packPackage, root };
