// A throwaway PostgreSQL cluster with the server's durable defaults (fsync, synchronous_commit and
// full_page_writes on), for the append benchmark: scripts/postgres.mjs turns them off for test speed,
// which is not what users get.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { findBinDir, stopCluster } from '../../scripts/postgres.mjs';

const isRoot = process.getuid?.() === 0;
function run(bin, args) {
  const cmd = isRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  return execFileSync(cmd[0], cmd[1], { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
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

export async function startDurableCluster() {
  const bin = findBinDir();
  if (!bin) throw new Error('PostgreSQL is not installed (no initdb/pg_ctl)');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bickford-pg-durable-'));
  if (isRoot) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
  const data = path.join(dir, 'data');
  run(path.join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C']);
  const port = await freePort();
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=300`;
  run(path.join(bin, 'pg_ctl'), ['-D', data, '-o', opts, '-l', path.join(dir, 'log'), '-w', '-t', '60', 'start']);
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, data };
}

export { stopCluster };
