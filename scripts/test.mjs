#!/usr/bin/env node
// `npm test`: Jest, with a throwaway PostgreSQL for the ledger tests when DATABASE_URL is not set.
//   npm test                      every test, on the Node running this script
//   npm test -- --dist            only the tests that run a built artefact (an action's dist, the CLI's bundle,
//                                 the packed npm packages): .ci/run runs these on Node 20 too, while `engines` says >=20
//   npm test -- <jest args>       passed to Jest
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findBinDir, startCluster, stopCluster } from './postgres.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

/**
 * A dist test runs what users run, not the sources: it goes through test/harness/run-dist.ts (an action's dist
 * from a copy in an empty temp dir), spawns cli/bin.cjs, or packs the npm packages (scripts/npm-packages.cjs packPackage). Found by what the file
 * uses, so a new dist test needs no list kept here.
 */
const DIST_TEST = /harness\/run-(dist|cli)['"]|cli[/'", ]+bin\.cjs|\bpackPackage\(/;

export function distTests() {
  const out = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (['node_modules', 'dist', 'fixtures', '__fixtures__', '.git', '.ci'].includes(e.name)) continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.test.ts') && DIST_TEST.test(fs.readFileSync(p, 'utf8'))) out.push(path.relative(root, p));
    }
  };
  for (const top of ['shared', 'actions', 'cli', 'packages', 'test', 'scripts']) if (fs.existsSync(path.join(root, top))) walk(path.join(root, top));
  return out.sort();
}

const args = process.argv.slice(2);
let jestArgs = args;
if (args.includes('--dist')) {
  const files = distTests();
  console.log(`Dist tests on Node ${process.versions.node}: ${files.join(', ')}`);
  jestArgs = ['--runTestsByPath', ...files, ...args.filter((a) => a !== '--dist')];
}

let started;
if (!process.env.DATABASE_URL) {
  if (findBinDir()) {
    started = await startCluster();
    process.env.DATABASE_URL = started.url;
    console.log(`Started a throwaway PostgreSQL for the tests at ${started.url}`);
  } else {
    console.log('No DATABASE_URL and no PostgreSQL installed (apt-get install -y postgresql): tests that need a server will say so.');
  }
}
// Every temp dir the tests and the dists they run create (copies of 40 MB dists, fixture repositories) goes in
// one folder that is removed afterwards: a run of the suite left ~6 GB behind in the system's temp dir.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bickford-tests-'));
const jest = spawnSync(process.execPath, [path.join(root, 'node_modules', 'jest', 'bin', 'jest.js'), ...jestArgs], {
  stdio: 'inherit',
  cwd: root,
  env: { ...process.env, TMPDIR: tmp, TMP: tmp, TEMP: tmp },
});
if (started) stopCluster(started.data);
if (!process.env.KEEP_TEST_TMP) fs.rmSync(tmp, { recursive: true, force: true });
process.exit(jest.status ?? 1);
