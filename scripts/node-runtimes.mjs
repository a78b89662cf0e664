#!/usr/bin/env node
// The Node versions the tests and benchmarks run on: 24, what GitHub runs the dists on (`using: node24`), and 20,
// the oldest that package.json `engines` admits. Node 24 comes from the npm registry as the platform package
// `node-<platform>-<arch>` (just the binary; the `node@24` wrapper package needs an install script that npm does not
// run here), installed once under .ci/work/tools/.
//   node scripts/node-runtimes.mjs 24     prints the path of a Node 24 binary, installing it first if needed
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

/** Exact versions, so that two CI runs measure the same runtime; bump them here. */
export const NODE_VERSIONS = Object.freeze({ 24: '24.22.3' });

const packageName = () => `node-${process.platform}-${process.arch}`;
const toolsDir = (major) => path.join(root, '.ci', 'work', 'tools', `node${major}`);
const binaryIn = (dir) => path.join(dir, 'node_modules', packageName(), 'bin', process.platform === 'win32' ? 'node.exe' : 'node');
const majorOf = (binary) => {
  const r = spawnSync(binary, ['-p', 'process.versions.node'], { encoding: 'utf8' });
  return r.status === 0 ? Number(r.stdout.trim().split('.')[0]) : undefined;
};

/**
 * A Node binary of this major version, or undefined: this process when it is one, then $BICKFORD_NODE<major>, then
 * the copy under .ci/work/tools/, then `node` on PATH.
 */
export function findNode(major) {
  if (Number(process.versions.node.split('.')[0]) === major) return process.execPath;
  for (const candidate of [process.env[`BICKFORD_NODE${major}`], binaryIn(toolsDir(major))]) {
    if (candidate && fs.existsSync(candidate)) {
      if (majorOf(candidate) === major) return candidate;
      throw new Error(`${candidate} is not Node ${major} (it says ${majorOf(candidate) ?? 'nothing'}); unset BICKFORD_NODE${major} or delete .ci/work/tools/node${major}`);
    }
  }
  const onPath = spawnSync(process.platform === 'win32' ? 'where' : 'which', ['node'], { encoding: 'utf8' }).stdout?.split('\n')[0]?.trim();
  return onPath && majorOf(onPath) === major ? onPath : undefined;
}

/** findNode, or installs node-<platform>-<arch>@NODE_VERSIONS[major] from the registry under .ci/work/tools/. */
export function ensureNode(major) {
  const found = findNode(major);
  if (found) return found;
  const version = NODE_VERSIONS[major];
  if (!version) throw new Error(`no pinned version of Node ${major} in scripts/node-runtimes.mjs NODE_VERSIONS`);
  const dir = toolsDir(major);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), '{ "private": true }\n');
  const r = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock', '--save-exact', `${packageName()}@${version}`], { cwd: dir, stdio: ['ignore', 2, 2] }); // npm's own output goes to stderr: stdout is the binary's path, read by .ci/run
  const binary = binaryIn(dir);
  if (r.status !== 0 || !fs.existsSync(binary)) throw new Error(`could not install ${packageName()}@${version} from the npm registry into ${dir} (npm exit ${r.status})`);
  return binary;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const major = Number(process.argv[2]);
  try {
    process.stdout.write(`${ensureNode(major)}\n`);
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
