#!/usr/bin/env node
// `npm test`: Jest, with a throwaway PostgreSQL for the ledger tests when DATABASE_URL is not set.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { findBinDir, startCluster, stopCluster } from './postgres.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
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
const jest = spawnSync(process.execPath, [path.join(root, 'node_modules', 'jest', 'bin', 'jest.js'), ...process.argv.slice(2)], { stdio: 'inherit', cwd: root });
if (started) stopCluster(started.data);
process.exit(jest.status ?? 1);
