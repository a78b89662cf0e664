/**
 * scripts/release.mjs --npm: the npm half of a release, against a registry on 127.0.0.1 that answers as npm's
 * does (a packument per name, 404 for an unknown one) and records every publish. The dry run goes through
 * `npm publish --dry-run` on the packed tarballs, so npm itself reads them.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

const REPO_ROOT = path.resolve(__dirname, '..', '..');

/** The parts a npm release reads, with every version set to `version` (the CLI's bundle is used as committed). */
function copyRepo(version: string, overrides: Record<string, string> = {}): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bickford-npm-root-'));
  for (const rel of ['scripts/release.mjs', 'scripts/npm-packages.cjs', 'package.json', 'LICENSE', 'cli/package.json', 'cli/bin.cjs', 'cli/dist', 'packages/runtime/package.json', 'packages/runtime/README.md', 'packages/runtime/dist', 'packages/ledger/package.json', 'packages/ledger/README.md', 'packages/ledger/dist']) {
    fs.cpSync(path.join(REPO_ROOT, rel), path.join(root, rel), { recursive: true });
  }
  fs.symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  for (const file of ['package.json', 'cli/package.json', 'packages/runtime/package.json', 'packages/ledger/package.json']) {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));
    fs.writeFileSync(path.join(root, file), JSON.stringify({ ...pkg, version: overrides[file] ?? version }, null, 2));
  }
  return root;
}

class FakeRegistry {
  readonly published: string[] = [];
  readonly packuments = new Map<string, string[]>();
  private server = http.createServer((req, res) => {
    const name = decodeURIComponent((req.url ?? '/').slice(1).split('?')[0]);
    if (req.method === 'PUT') {
      this.published.push(name);
      req.resume();
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
      return;
    }
    const versions = this.packuments.get(name);
    if (!versions) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"Not found"}');
      return;
    }
    const doc = { name, 'dist-tags': { latest: versions[versions.length - 1] }, versions: Object.fromEntries(versions.map((v) => [v, { name, version: v, dist: { tarball: `${this.url}/${name}/-/x-${v}.tgz`, shasum: '0'.repeat(40) } }])) };
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(doc));
  });
  url = '';
  async start() {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }
  stop() {
    return new Promise((resolve) => this.server.close(resolve));
  }
}

const registry = new FakeRegistry();
beforeAll(() => registry.start());
afterAll(() => registry.stop());

/** Asynchronous, so the in-process registry can answer it. */
function release(root: string, args: string[]): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, 'scripts', 'release.mjs'), ...args, '--root', root], {
      env: { ...process.env, npm_config_registry: `${registry.url}/`, npm_config_cache: path.join(root, '.npm-cache'), BICKFORD_RELEASE_TOKEN: '' },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (status) => resolve({ status, output }));
  });
}

describe('scripts/release.mjs --npm', () => {
  it('dry-runs npm publish with provenance on every packed tarball and publishes nothing', async () => {
    const run = await release(copyRepo('1.6.0'), ['1.6.0', '--npm', '--dry-run', '--skip-build']);
    expect(run.output).toMatch(/\[dry run\] would publish bickford@1\.6\.0 \(\d+ files, dist-tag latest, provenance\)/);
    expect(run.output).toMatch(/\[dry run\] would publish @bickford\/runtime@1\.6\.0 \(\d+ files, dist-tag latest, provenance\)/);
    expect(run.output).toMatch(/\[dry run\] would publish @bickford\/ledger@1\.6\.0 \(\d+ files, dist-tag latest, provenance\)/);
    expect(run.status).toBe(0);
    expect(registry.published).toEqual([]);
  }, 300_000); // packs and dry-runs three tarballs, the CLI's and the ledger's bundles among them

  it('sends a prerelease to the next dist-tag, leaving latest alone', async () => {
    const run = await release(copyRepo('1.7.0-rc.1'), ['1.7.0-rc.1', '--npm', '--dry-run', '--skip-build']);
    expect(run.status).toBe(0);
    expect(run.output).toMatch(/would publish bickford@1\.7\.0-rc\.1 \(\d+ files, dist-tag next/);
  });

  it('refuses when a package version is not the tag, naming the file, before packing anything', async () => {
    const run = await release(copyRepo('1.6.0', { 'cli/package.json': '1.5.9' }), ['1.6.0', '--npm', '--dry-run', '--skip-build']);
    expect(run.status).toBe(1);
    expect(run.output).toMatch(/the tag is v1\.6\.0 but cli\/package\.json \(bickford\) says 1\.5\.9: set "version": "1\.6\.0"/);
    expect(run.output).not.toMatch(/would publish/);
  });

  it('refuses a version already on npm, publishing no package', async () => {
    registry.packuments.set('@bickford/runtime', ['1.5.0', '1.6.0']);
    const run = await release(copyRepo('1.6.0'), ['1.6.0', '--npm', '--skip-build']);
    registry.packuments.clear();
    expect(run.status).toBe(1);
    expect(run.output).toMatch(/@bickford\/runtime@1\.6\.0 already on npm; published versions are never replaced/);
    expect(registry.published).toEqual([]);
  });
});
