/**
 * The npm packages as users get them: each is packed with `npm pack`, its tarball installed into an empty
 * temporary project with the registry out of reach (the tarball is all there is), and then used the way the
 * README says: `npx bickford --version`, `npx bickford all .` on a copy of examples/, and `@bickford/runtime`
 * imported from Node ESM, Node CJS, and a module run inside Vercel's Edge Runtime (the `edge-runtime` package).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
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

describe('@bickford/runtime, installed from its tarball', () => {
  const run = (file: string, source: string, args: string[] = []) => {
    fs.writeFileSync(path.join(project, file), source);
    return JSON.parse(execFileSync(process.execPath, [...args, file], { cwd: project, encoding: 'utf8' }).trim().split('\n').pop()!);
  };

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
const entry = load(path.resolve('edge-route.mjs'));
await entry.link((specifier, referencing) => specifier.startsWith('.') ? load(path.resolve(path.dirname(referencing.identifier), specifier)) : load(fileURLToPath(import.meta.resolve(specifier))));
await entry.evaluate();
console.log(JSON.stringify({ ...runtime.evaluate('globalThis.__result'), edgeRuntimeGlobal: runtime.evaluate('typeof EdgeRuntime'), loaded: loaded.map((f) => path.relative(process.cwd(), f)) }));
`;
    const r = run('edge-runner.mjs', runner, ['--experimental-vm-modules', '--no-warnings', '--conditions=edge-light']);
    expect(r).toMatchObject({ edge: true, node: false, ruleId: 'runtime-prisma-on-edge', hasRequire: false, edgeRuntimeGlobal: 'string' });
    expect(r.loaded).toContain('node_modules/@bickford/runtime/dist/edge/index.js');
    expect(r.loaded.filter((f: string) => f.includes('/dist/node/'))).toEqual([]);
  });
});
