/**
 * The npm packages as users get them: each is packed with `npm pack`, its tarball installed into an empty
 * temporary project with the registry out of reach (the tarball is all there is), and then used the way the
 * README says: `npx bickford --version`, `npx bickford all .` on a copy of examples/, and `@bickford/runtime`
 * imported from Node ESM, Node CJS, and a module run inside Vercel's Edge Runtime (the `edge-runtime` package), and
 * `@bickford/ledger`'s Node entry (CJS and ESM) and edge entry (inside the Edge Runtime) against a real PostgreSQL.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { adminQuery, createTestDatabase, describeWithPostgres, type TestDatabase } from '../../actions/ledger-record/test/pg-test-db';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { packPackage, PUBLISHED_PACKAGES } = require('../../scripts/npm-packages.cjs') as {
  PUBLISHED_PACKAGES: { name: string; dir: string }[];
  packPackage(dir: string, destination: string): { file: string; files: string[] };
};

const ROOT = path.resolve(__dirname, '..', '..');
const rootPkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bickford-packages-'));
const project = path.join(work, 'project');
// npm with no way to the registry: an unroutable proxy and --offline, so a missing dependency fails the install.
const offline = { ...process.env, npm_config_registry: 'http://127.0.0.1:9/', npm_config_proxy: 'http://127.0.0.1:9/', npm_config_https_proxy: 'http://127.0.0.1:9/', npm_config_cache: path.join(work, 'npm-cache'), npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };

function npm(args: string[], cwd: string) {
  const r = spawnSync('npm', args, { cwd, env: offline, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm ${args.join(' ')} exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

const tarballs: Record<string, { file: string; files: string[] }> = {};

beforeAll(() => {
  for (const pkg of PUBLISHED_PACKAGES) tarballs[pkg.name] = packPackage(pkg.dir, path.join(work, 'tarballs'));
  fs.mkdirSync(project);
  fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'empty-project', version: '1.0.0', private: true }));
  npm(['install', '--offline', '--no-audit', '--no-fund', ...Object.values(tarballs).map((t) => t.file)], project);
}, 300_000);

describe('the packed packages', () => {
  it.each(PUBLISHED_PACKAGES.map((p) => [p.name, p] as const))('%s has the fields npm and users need, at the repository version', (_name, p) => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, p.dir, 'package.json'), 'utf8'));
    expect(pkg.private).toBeUndefined();
    expect(pkg).toMatchObject({ version: rootPkg.version, license: 'MIT', repository: { type: 'git', directory: p.dir } });
    expect(pkg.engines.node).toMatch(/^>=\d+$/);
    expect(Array.isArray(pkg.files)).toBe(true);
    // Bundled or dependency-free: nothing to fetch at install, nothing that points back into this checkout.
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(JSON.stringify(pkg)).not.toMatch(/file:|link:|workspace:|\.\.\//);
  });

  it('ships the CLI with its bundle and WebAssembly, and no sources or tests', () => {
    const { files } = tarballs.bickford;
    expect(files).toEqual(expect.arrayContaining(['bin.cjs', 'package.json', 'dist/index.js', 'dist/libpg-query.wasm', 'dist/pglite.wasm']));
    expect(files.filter((f) => /^src\/|\.test\.|\.ts$/.test(f) && !f.endsWith('.d.ts'))).toEqual([]);
  });

  it('ships @bickford/runtime with both builds and its types, and no sources or tests', () => {
    const { files } = tarballs['@bickford/runtime'];
    expect(files).toEqual(expect.arrayContaining(['package.json', 'README.md', 'dist/node/index.js', 'dist/edge/index.js', 'dist/types/index.d.ts']));
    expect(files.filter((f) => /^(src|test|scripts)\//.test(f))).toEqual([]);
  });
});

describe('bickford, installed from its tarball', () => {
  it('prints its version', () => {
    expect(execFileSync('npx', ['--offline', '--no-install', 'bickford', '--version'], { cwd: project, env: offline, encoding: 'utf8' }).trim()).toBe(rootPkg.version);
  });

  it('runs every guard on a copy of the example monorepo', () => {
    const dir = path.join(work, 'examples');
    fs.cpSync(path.join(ROOT, 'examples'), dir, { recursive: true });
    const git = (...a: string[]) => execFileSync('git', ['-c', 'user.email=t@t', '-c', 'user.name=t', ...a], { cwd: dir });
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-qm', 'examples');
    // --prefix: the bin installed in the project, run in the monorepo's own directory (its package.json is not ours).
    const r = spawnSync('npx', ['--offline', '--no-install', '--prefix', project, 'bickford', 'all', '.'], { cwd: dir, env: { ...offline, NO_COLOR: '1' }, encoding: 'utf8' });
    // examples/ holds deliberate mistakes: findings over the threshold (1), never a usage error (2) or a crash (3).
    expect({ exit: r.status, stderr: r.stderr.includes('internal error') ? r.stderr : '' }).toEqual({ exit: 1, stderr: '' });
    for (const guard of ['prisma-guard', 'migration-score', 'edge-guard', 'env-guard']) expect(r.stdout).toContain(`━━ ${guard} ━━`);
  });
});

/** Runs `<file>` in `project` and returns the JSON its last line prints. */
function run(file: string, source: string, args: string[] = []) {
  fs.writeFileSync(path.join(project, file), source);
  return JSON.parse(execFileSync(process.execPath, [...args, file], { cwd: project, encoding: 'utf8' }).trim().split('\n').pop()!);
}

/**
 * Evaluates the module `routeFile` of the project inside Vercel's Edge Runtime and returns its globalThis.__result,
 * with the project files it loaded.
 */
function runInEdge(routeFile: string) {
  const edgeRuntime = require.resolve('edge-runtime', { paths: [ROOT] });
  // Bare specifiers resolve as Next.js resolves them for the edge: the `edge-light` condition (Node's own
  // resolver, run with --conditions, reads the installed package's exports map).
  const runner = `
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
const { EdgeRuntime } = createRequire(import.meta.url)(${JSON.stringify(edgeRuntime)});
const runtime = new EdgeRuntime();
const context = runtime.context;
const loaded = [];
const cache = new Map();
const load = (file) => {
  if (!cache.has(file)) { loaded.push(file); cache.set(file, new vm.SourceTextModule(fs.readFileSync(file, 'utf8'), { context, identifier: file })); }
  return cache.get(file);
};
const entry = load(path.resolve(${JSON.stringify(routeFile)}));
await entry.link((specifier, referencing) => specifier.startsWith('.') ? load(path.resolve(path.dirname(referencing.identifier), specifier)) : load(fileURLToPath(import.meta.resolve(specifier))));
await entry.evaluate();
console.log(JSON.stringify({ ...runtime.evaluate('globalThis.__result'), edgeRuntimeGlobal: runtime.evaluate('typeof EdgeRuntime'), loaded: loaded.map((f) => path.relative(process.cwd(), f)) }));
process.exit(0); // the edge runtime's fetch may keep a connection open
`;
  return run('edge-runner.mjs', runner, ['--experimental-vm-modules', '--no-warnings', '--conditions=edge-light']);
}

describe('@bickford/runtime, installed from its tarball', () => {
  it('imports from Node ESM, resolving the Node entry', () => {
    const r = run('esm.mjs', "import { isNodeRuntime, isEdgeRuntime } from '@bickford/runtime';\nconsole.log(JSON.stringify({ node: isNodeRuntime(), edge: isEdgeRuntime(), entry: import.meta.resolve('@bickford/runtime') }));\n");
    expect(r).toMatchObject({ node: true, edge: false });
    expect(r.entry).toMatch(/node_modules\/@bickford\/runtime\/dist\/node\/index\.js$/);
  });

  it('requires from Node CJS, resolving the Node entry', () => {
    const r = run('cjs.cjs', "const rt = require('@bickford/runtime');\nconsole.log(JSON.stringify({ node: rt.isNodeRuntime(), denial: typeof rt.gatePrismaContext, entry: require.resolve('@bickford/runtime') }));\n");
    expect(r).toMatchObject({ node: true, denial: 'function' });
    expect(r.entry).toMatch(/node_modules\/@bickford\/runtime\/dist\/node\/index\.js$/);
  });

  it('imports inside the Edge Runtime, where the edge entry loads and the Node entry is not picked', () => {
    fs.writeFileSync(path.join(project, 'edge-route.mjs'), "import { isEdgeRuntime, isNodeRuntime, gatePrismaContext } from '@bickford/runtime';\nglobalThis.__result = { edge: isEdgeRuntime(), node: isNodeRuntime(), ruleId: gatePrismaContext('listUsers', 'route.ts')?.ruleId, hasRequire: typeof require !== 'undefined' };\n");
    const r = runInEdge('edge-route.mjs');
    expect(r).toMatchObject({ edge: true, node: false, ruleId: 'runtime-prisma-on-edge', hasRequire: false, edgeRuntimeGlobal: 'string' });
    expect(r.loaded).toContain('node_modules/@bickford/runtime/dist/edge/index.js');
    expect(r.loaded.filter((f: string) => f.includes('/dist/node/'))).toEqual([]);
  });
});

describe('@bickford/ledger, installed from its tarball', () => {
  it('ships both entries, the Node bundle with its WebAssembly, and the types, and no sources or tests', () => {
    const { files } = tarballs['@bickford/ledger'];
    expect(files).toEqual(expect.arrayContaining(['package.json', 'README.md', 'dist/node/index.js', 'dist/node/index.mjs', 'dist/edge/index.js', 'dist/types/node/index.d.ts', 'dist/types/edge/index.d.ts']));
    expect(files.filter((f) => f.startsWith('dist/node/') && f.endsWith('.wasm')).length).toBeGreaterThan(0);
    expect(files.filter((f) => /^(src|test|scripts)\//.test(f))).toEqual([]);
  });
});

describeWithPostgres('@bickford/ledger, installed from its tarball, on a real PostgreSQL', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db?.drop());

  it('requires from Node CJS: openLedger migrates, appends, records a schema (Prisma WebAssembly) and verifies', () => {
    const r = run(
      'ledger-cjs.cjs',
      `const { openLedger } = require('@bickford/ledger');
(async () => {
  const ledger = await openLedger({ databaseUrl: ${JSON.stringify(db.url)}, tenantId: 'pkg', migrate: true });
  const appended = await ledger.append('note', { from: 'cjs' });
  const schema = await ledger.recordSchemaChange('datasource db {\\n  provider = "postgresql"\\n}\\nmodel User {\\n  id Int @id\\n}\\n', '20260101000000_init');
  const report = await ledger.verify();
  await ledger.close();
  console.log(JSON.stringify({ seq: appended.entry.seq, schemaType: schema.entry.type, ok: report.ok, checked: report.checked, entry: require.resolve('@bickford/ledger') }));
})().catch((e) => { console.log(JSON.stringify({ error: String(e && e.stack || e) })); });
`,
    );
    expect(r).toMatchObject({ seq: 1, schemaType: 'schema', ok: true, checked: 3 });
    expect(r.entry).toMatch(/node_modules\/@bickford\/ledger\/dist\/node\/index\.js$/);
  }, 120_000);

  it('imports the Node entry from ESM to serve the ledger, and the edge entry inside the Edge Runtime appends to it and verifies', async () => {
    // A token as \`bickford ledger token create\` makes one: only the secret's sha256 is stored.
    const id = randomBytes(8).toString('hex');
    const secret = randomBytes(32).toString('base64url');
    await adminQuery('INSERT INTO "LedgerToken" ("id", "tenantId", "secretHash", "scope") VALUES ($1, $2, $3, $4)', [id, 'pkg', createHash('sha256').update(secret).digest('hex'), 'append,read'], db.url);
    fs.writeFileSync(
      path.join(project, 'ledger-serve.mjs'),
      `import { createLedgerHandler, serveLedger } from '@bickford/ledger';
const running = await serveLedger(createLedgerHandler({ databaseUrl: ${JSON.stringify(db.url)}, log: () => {} }), { port: 0 });
console.log('listening ' + running.url + ' ' + import.meta.resolve('@bickford/ledger'));
process.once('SIGTERM', () => running.close().then(() => process.exit(0)));
`,
    );
    const server = spawn(process.execPath, ['ledger-serve.mjs'], { cwd: project, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const [url, entry] = await new Promise<string[]>((resolve, reject) => {
        let out = '';
        let err = '';
        server.stdout!.on('data', (d: Buffer) => {
          out += d.toString();
          const m = /listening (\S+) (\S+)\n/.exec(out);
          if (m) resolve([m[1], m[2]]);
        });
        server.stderr!.on('data', (d: Buffer) => (err += d.toString()));
        server.once('exit', (code) => reject(new Error(`the ledger service exited ${code}: ${err}`)));
      });
      expect(entry).toMatch(/node_modules\/@bickford\/ledger\/dist\/node\/index\.mjs$/);
      fs.writeFileSync(
        path.join(project, 'ledger-edge-route.mjs'),
        `import { EdgeLedgerClient } from '@bickford/ledger';
const client = new EdgeLedgerClient({ url: ${JSON.stringify(url)}, token: ${JSON.stringify(`bkl_${id}_${secret}`)} });
const appended = await client.appendLedger('listUsers', null);
const report = await client.verify();
globalThis.__result = { appended: appended.appended, seq: appended.entry.seq, ok: report.ok, checked: report.checked, hasRequire: typeof require !== 'undefined' };
`,
      );
      const r = runInEdge('ledger-edge-route.mjs');
      expect(r).toMatchObject({ appended: true, ok: true, hasRequire: false, edgeRuntimeGlobal: 'string' });
      expect(r.checked).toBe(r.seq + 1);
      expect(r.loaded).toContain('node_modules/@bickford/ledger/dist/edge/index.js');
      expect(r.loaded.filter((f: string) => f.includes('/dist/node/'))).toEqual([]);
    } finally {
      server.kill('SIGTERM');
    }
  }, 120_000);
});
