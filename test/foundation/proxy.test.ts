/**
 * Self-hosted runners behind a proxy: the dists' requests go through HTTPS_PROXY (a CONNECT tunnel, as
 * @actions/http-client opens it) and NO_PROXY bypasses it. The API host has a name that does not resolve,
 * so only the proxy can reach it: a run that bypasses the proxy fails on DNS, and its note says so.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import type { AddressInfo } from 'node:net';
import { FakeGitHub } from '../harness/fake-github';
import { createFixtureRepo } from '../harness/fixture-repo';
import { runDist } from '../harness/run-dist';

const HOST = 'api.github.example';
const base = {
  'prisma/schema.prisma': 'datasource db {\n  provider = "postgresql"\n}\n',
  'prisma/migrations/20240101000000_init/migration.sql': 'CREATE TABLE "t0" ("id" INTEGER NOT NULL);\n',
};
const drop = { 'prisma/migrations/20240201000000_drop/migration.sql': `SET lock_timeout = '5s';\nDROP TABLE "t0";\n` };

describe('behind a proxy', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bickford-proxy-'));
  const key = path.join(dir, 'key.pem');
  const cert = path.join(dir, 'cert.pem');
  let github: FakeGitHub;
  let proxy: http.Server;
  let proxyUrl = '';
  const tunnels: string[] = [];

  beforeAll(async () => {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '2', '-subj', `/CN=${HOST}`, '-addext', `subjectAltName=DNS:${HOST}`], { stdio: 'ignore' });
    github = new FakeGitHub({ tls: { key: fs.readFileSync(key, 'utf8'), cert: fs.readFileSync(cert, 'utf8') } });
    await github.start();
    // Every tunnel, whatever host it asks for, ends at the fake.
    proxy = http.createServer((_req, res) => res.writeHead(405).end());
    proxy.on('connect', (req, socket, head) => {
      tunnels.push(String(req.url));
      const upstream = net.connect(github.port, '127.0.0.1', () => {
        socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.write(head);
        upstream.pipe(socket);
        socket.pipe(upstream);
      });
      upstream.on('error', () => socket.destroy());
      socket.on('error', () => upstream.destroy());
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await github.stop();
    await new Promise<void>((resolve) => proxy.close(() => resolve()));
  });

  it('sends every API request through the CONNECT proxy named by HTTPS_PROXY', async () => {
    const run = await runDist({
      action: 'migration-score',
      repo: createFixtureRepo(base, drop),
      pr: { number: 3 },
      github,
      env: { GITHUB_API_URL: `https://${HOST}`, HTTPS_PROXY: proxyUrl, NODE_EXTRA_CA_CERTS: cert },
    });
    expect(run.exitCode).toBe(1);
    expect(tunnels.length).toBeGreaterThan(0);
    expect(new Set(tunnels)).toEqual(new Set([`${HOST}:443`]));
    expect(github.checkRuns).toHaveLength(1);
    expect(github.comments).toHaveLength(1);
  });

  it('goes direct for a host in NO_PROXY, and a note names the DNS failure', async () => {
    tunnels.length = 0;
    const before = github.calls.length;
    const run = await runDist({
      action: 'migration-score',
      repo: createFixtureRepo(base, drop),
      pr: { number: 4 },
      github,
      inputs: { comment: 'false' },
      env: { GITHUB_API_URL: `https://${HOST}`, HTTPS_PROXY: proxyUrl, NO_PROXY: HOST, NODE_EXTRA_CA_CERTS: cert },
    });
    expect(tunnels).toEqual([]);
    expect(github.calls.length).toBe(before);
    expect(run.exitCode).toBe(1);
    expect(run.summary.replace(/\\/g, '')).toMatch(/Could not create the check run: the API host's name did not resolve \(DNS, ENOTFOUND\)/);
  });
});
