import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ts from 'typescript';
import { NodeRepoFs } from '@shared/io/repo-fs';
import { CachedFs } from '../engine/cached-fs';
import { Resolver } from '../engine/resolver';
import { TsconfigLoader, type TsconfigProblem } from '../engine/tsconfig-loader';
import { findWorkspaces } from '../engine/workspaces';
import { FIXTURES, runOn } from './engine-context';

// Differential test of the tsconfig loader against TypeScript's own reading of each config and its `extends`
// chain (ts.getParsedCommandLineOfConfigFile over ts.sys): the repository's own tsconfigs, every committed
// fixture's, the tsconfigs of two public monorepos (__fixtures__/tsconfig-monorepos, sources and licences in
// its SOURCE.md), and small cases for the corners (${configDir}, exports, arrays, cycles, missing bases).
//
// One deliberate difference: a workspace package that is not installed. The loader answers for it as the
// package manager's link would (CI runs the guard before `npm ci` too); TypeScript needs the link. So TypeScript
// reads each tree with those links made, as an install would make them, and the loader reads it without them.

const REPO = path.resolve(__dirname, '../../../..');

interface Seen {
  baseUrl?: string;
  paths?: Record<string, string[]>;
  verbatim: boolean;
  failed: boolean;
}

const COUNTED = new Set([6053, 5083, 18000]);
function counted(d: ts.Diagnostic): boolean {
  if (COUNTED.has(d.code)) return true;
  if (d.code === 5024) return /'extends'/.test(ts.flattenDiagnosticMessageText(d.messageText, ' '));
  return d.file !== undefined && d.code < 2000;
}

function typescriptSays(root: string, rel: string): Seen {
  const errors: ts.Diagnostic[] = [];
  const host: ts.ParseConfigFileHost = { ...ts.sys, readDirectory: () => [], onUnRecoverableConfigFileDiagnostic: (d) => errors.push(d) };
  const parsed = ts.getParsedCommandLineOfConfigFile(path.join(root, rel), {}, host);
  const o = parsed?.options ?? {};
  const relOf = (abs: string) => path.relative(fs.realpathSync(root), abs).split(path.sep).join('/') || '.';
  const base = o.baseUrl ?? (o.pathsBasePath as string | undefined) ?? path.dirname(path.join(root, rel));
  return {
    baseUrl: o.baseUrl ? relOf(o.baseUrl) : undefined,
    paths: o.paths ? Object.fromEntries(Object.entries(o.paths).map(([k, subs]) => [k, subs.map((s) => relOf(path.resolve(base, s)))])) : undefined,
    verbatim: o.verbatimModuleSyntax ?? false,
    failed: [...errors, ...(parsed?.errors ?? [])].some(counted),
  };
}

function loaderSays(root: string, rel: string): { seen: Seen; problems: TsconfigProblem[] } {
  const cfs = new CachedFs(new NodeRepoFs(root));
  const problems: TsconfigProblem[] = [];
  let resolver: Resolver | undefined;
  const loader = new TsconfigLoader(cfs, path.posix.basename(rel), (name, dir) => resolver!.packageDir(name, dir), (p) => problems.push(p));
  resolver = new Resolver(cfs, findWorkspaces(cfs), () => loader);
  const cfg = loader.forDir(path.posix.dirname(rel));
  expect(cfg.file).toBe(rel);
  const norm = (p: string) => path.posix.normalize(p);
  return {
    seen: {
      baseUrl: cfg.baseUrl,
      paths: cfg.paths ? Object.fromEntries(Object.entries(cfg.paths).map(([k, subs]) => [k, subs.map((s) => norm(path.posix.join(cfg.pathsBase, s)))])) : undefined,
      verbatim: cfg.verbatim,
      failed: cfg.failed !== undefined,
    },
    problems,
  };
}

function copyTree(from: string): string {
  const to = fs.mkdtempSync(path.join(os.tmpdir(), 'tsconfig-diff-'));
  fs.cpSync(from, to, { recursive: true });
  return to;
}

function writeTree(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tsconfig-diff-'));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
  return root;
}

/** The links an install makes for workspace packages: `node_modules/<name>` → the package, at the root. */
function linkWorkspaces(root: string): void {
  for (const w of findWorkspaces(new CachedFs(new NodeRepoFs(root)))) {
    if (w.dir === '.') continue;
    const link = path.join(root, 'node_modules', w.name);
    if (fs.existsSync(link)) continue;
    fs.mkdirSync(path.dirname(link), { recursive: true });
    fs.symlinkSync(path.join(root, w.dir), link, 'dir');
  }
}

function tsconfigsIn(root: string): string[] {
  return new NodeRepoFs(root).glob(['**/tsconfig*.json', 'packages/tsconfig/*.json', 'packages/config-typescript/*.json']).filter((f) => !f.endsWith('package.json'));
}

/** Both readings of every tsconfig of a tree: the loader's before the links, TypeScript's after. */
function compareTree(root: string, files = tsconfigsIn(root)): { file: string; ours: Seen; theirs: Seen }[] {
  const ours = files.map((f) => loaderSays(root, f).seen);
  linkWorkspaces(root);
  return files.map((file, i) => ({ file, ours: ours[i], theirs: typescriptSays(root, file) }));
}

describe('the tsconfig loader against TypeScript', () => {
  it.each(['rallly', 'formbricks'])('agrees on every tsconfig of %s', (name) => {
    const rows = compareTree(copyTree(path.join(FIXTURES, 'tsconfig-monorepos', name)));
    expect(rows.length).toBeGreaterThan(10);
    for (const r of rows) expect({ file: r.file, ...r.ours }).toEqual({ file: r.file, ...r.theirs });
    // The trees hold aliases and chains through packages, so the comparison is not of empty configs.
    expect(rows.some((r) => r.theirs.paths !== undefined)).toBe(true);
  });

  it('agrees on the repository’s own tsconfigs and every committed fixture’s', () => {
    const files = tsconfigsIn(REPO).filter((f) => !f.includes('tsconfig-monorepos/') && !/\/node_modules\//.test(f));
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) expect({ file: f, ...loaderSays(REPO, f).seen }).toEqual({ file: f, ...typescriptSays(REPO, f) });
  });

  const CORNERS: Record<string, Record<string, string>> = {
    '${configDir} in a shared base': {
      'package.json': JSON.stringify({ name: 'root', workspaces: ['apps/*', 'tooling/*'] }),
      'tooling/tsconfig/package.json': JSON.stringify({ name: '@t/tsconfig' }),
      'tooling/tsconfig/base.json': JSON.stringify({ compilerOptions: { paths: { '@/*': ['${configDir}/src/*'] }, verbatimModuleSyntax: true } }),
      'apps/site/package.json': JSON.stringify({ name: 'site' }),
      'apps/site/tsconfig.json': JSON.stringify({ extends: '@t/tsconfig/base.json' }),
    },
    'extends through package exports and the tsconfig field': {
      'package.json': JSON.stringify({ name: 'root', workspaces: ['apps/*', 'tooling/*'] }),
      'tooling/tsconfig/package.json': JSON.stringify({ name: '@t/tsconfig', exports: { './next': './configs/next.json' } }),
      'tooling/tsconfig/configs/next.json': JSON.stringify({ compilerOptions: { baseUrl: '../../../apps/site', paths: { '~/*': ['./lib/*'] } } }),
      'tooling/field/package.json': JSON.stringify({ name: 'field-config', tsconfig: './strict.json' }),
      'tooling/field/strict.json': JSON.stringify({ compilerOptions: { verbatimModuleSyntax: true } }),
      'apps/site/package.json': JSON.stringify({ name: 'site' }),
      'apps/site/tsconfig.json': JSON.stringify({ extends: ['field-config', '@t/tsconfig/next'] }),
      'apps/other/package.json': JSON.stringify({ name: 'other' }),
      'apps/other/tsconfig.json': '{\n  "extends": "@t/tsconfig/configs/next.json"\n}\n',
    },
    'arrays, cycles and missing bases': {
      'package.json': JSON.stringify({ name: 'root' }),
      'a/tsconfig.json': JSON.stringify({ extends: ['./one.json', './two'], compilerOptions: { paths: { x: ['./x'] } } }),
      'a/one.json': JSON.stringify({ compilerOptions: { baseUrl: '..' } }),
      'a/two.json': JSON.stringify({ compilerOptions: { paths: { y: ['./y'] } } }),
      'b/tsconfig.json': JSON.stringify({ extends: ['./one.json', './missing.json'] }),
      'b/one.json': '{}',
      'c/tsconfig.json': JSON.stringify({ extends: './tsconfig.c.json' }),
      'c/tsconfig.c.json': JSON.stringify({ extends: './tsconfig.json' }),
      'd/tsconfig.json': '{ "compilerOptions": { "paths": { "@/*": ["./src/*"] }, }, // trailing comma and comment\n}\n',
      'e/tsconfig.json': '{ "extends": "@tsconfig/next/tsconfig.json" }',
    },
  };

  it.each(Object.keys(CORNERS))('agrees on %s', (name) => {
    const rows = compareTree(writeTree(CORNERS[name]));
    for (const r of rows) expect({ file: r.file, ...r.ours }).toEqual({ file: r.file, ...r.theirs });
  });
});

describe('where the loader was wrong before TypeScript read the configs', () => {
  it('substitutes ${configDir} with the directory of the config that uses it, not of the base that writes it', () => {
    const root = writeTree(CORNERS_CONFIG_DIR);
    const { seen } = loaderSays(root, 'apps/site/tsconfig.json');
    expect(seen.paths).toEqual({ '@/*': ['apps/site/src/*'] });
  });

  it('so edge code reached through a ${configDir} alias is checked (it was an unresolved import)', async () => {
    const root = writeTree({
      ...CORNERS_CONFIG_DIR,
      'apps/site/package.json': JSON.stringify({ name: 'site', dependencies: { next: '15.5.29' } }),
      'apps/site/middleware.ts': "import { x } from '@/x';\nexport function middleware() { return new Response(String(x)); }\n",
      'apps/site/src/x.ts': "import 'node:dns';\nexport const x = 1;\n",
    });
    const r = await runOn(root);
    expect(r.findings.filter((f) => f.ruleId === 'edge-unresolved-import')).toEqual([]);
    expect(r.findings.map((f) => f.ruleId)).toContain('edge-node-builtin');
  });

  it('follows a package exports map to a config file not at the path written', () => {
    const root = writeTree({
      'package.json': JSON.stringify({ name: 'root', workspaces: ['apps/*', 'tooling/*'] }),
      'tooling/tsconfig/package.json': JSON.stringify({ name: '@t/tsconfig', exports: { './next': './configs/next.json' } }),
      'tooling/tsconfig/configs/next.json': JSON.stringify({ compilerOptions: { paths: { '~/*': ['./lib/*'] } } }),
      'apps/site/package.json': JSON.stringify({ name: 'site' }),
      'apps/site/tsconfig.json': JSON.stringify({ extends: '@t/tsconfig/next' }),
    });
    const { seen, problems } = loaderSays(root, 'apps/site/tsconfig.json');
    expect(problems).toEqual([]);
    expect(seen).toMatchObject({ failed: false, paths: { '~/*': ['tooling/tsconfig/configs/lib/*'] } });
  });
});

const CORNERS_CONFIG_DIR = {
  'package.json': JSON.stringify({ name: 'root', workspaces: ['apps/*', 'tooling/*'] }),
  'tooling/tsconfig/package.json': JSON.stringify({ name: '@t/tsconfig' }),
  'tooling/tsconfig/base.json': JSON.stringify({ compilerOptions: { paths: { '@/*': ['${configDir}/src/*'] } } }),
  'apps/site/package.json': JSON.stringify({ name: 'site' }),
  'apps/site/tsconfig.json': JSON.stringify({ extends: '@t/tsconfig/base.json' }),
};
