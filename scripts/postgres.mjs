#!/usr/bin/env node
// A throwaway PostgreSQL cluster on 127.0.0.1 for tests and benchmarks.
//   node scripts/postgres.mjs start   prints `export DATABASE_URL=... PG_DATA=...` for eval
//   node scripts/postgres.mjs stop DIR
// initdb refuses to run as root, so as root the cluster belongs to the `postgres` user.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

export function findBinDir() {
  const candidates = [];
  if (fs.existsSync('/usr/lib/postgresql')) {
    for (const v of fs.readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a))) candidates.push(`/usr/lib/postgresql/${v}/bin`);
  }
  for (const dir of (process.env.PATH ?? '').split(':')) candidates.push(dir);
  return candidates.find((d) => fs.existsSync(path.join(d, 'initdb')) && fs.existsSync(path.join(d, 'pg_ctl')));
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const isRoot = process.getuid?.() === 0;
function run(bin, args) {
  const cmd = isRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  return execFileSync(cmd[0], cmd[1], { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
}

/**
 * Tests get fsync, synchronous_commit and full_page_writes off (speed); `durable: true` keeps the server's
 * durable defaults, which is what users run and what the ledger's append benchmark measures.
 */
export async function startCluster({ durable = false } = {}) {
  const bin = findBinDir();
  if (!bin) throw new Error('PostgreSQL is not installed (no initdb/pg_ctl): apt-get install -y postgresql, or set DATABASE_URL');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bickford-pg-'));
  if (isRoot) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
  const data = path.join(dir, 'data');
  run(path.join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', ...(durable ? [] : ['--no-sync']), '--locale=C']);
  const port = await freePort();
  const fast = durable ? '' : ' -c fsync=off -c synchronous_commit=off -c full_page_writes=off';
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1${fast} -c max_connections=300`;
  run(path.join(bin, 'pg_ctl'), ['-D', data, '-o', opts, '-l', path.join(dir, 'log'), '-w', '-t', '60', 'start']);
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, data, bin };
}

export function stopCluster(data) {
  const bin = findBinDir();
  if (!bin || !fs.existsSync(data)) return;
  try {
    run(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
  } catch {
    // Already stopped.
  }
  fs.rmSync(path.dirname(data), { recursive: true, force: true });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [cmd, arg] = process.argv.slice(2);
  if (cmd === 'start') {
    const { url, data } = await startCluster();
    process.stdout.write(`export DATABASE_URL='${url}' PG_DATA='${data}'\n`);
  } else if (cmd === 'stop') {
    stopCluster(arg);
  } else {
    console.error('usage: node scripts/postgres.mjs start | stop DIR');
    process.exit(2);
  }
}
