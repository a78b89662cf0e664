import { engineContext, runOn, writeTree } from './engine-context';
import { DEFAULT_OPTIONS } from '../engine/options';
import { runEdgeGuard } from '../engine/run-edge-guard';
import { ACTIONS_POLICIES } from '@shared/action/guard';

// Issue 12: a tsconfig that cannot be read, parsed or extended makes the aliases unknown, so reachability is
// unknown: an error at the config, and a bare import that may be an alias is never "an npm package not installed".
const NEXT_APP = { 'package.json': JSON.stringify({ name: 'app', dependencies: { next: '15.5.29' } }) };
const MIDDLEWARE = { 'middleware.ts': "import { db } from '@/lib/db';\nexport function middleware() { return new Response(String(db)); }\n" };
const DB = { 'src/lib/db.ts': "import { PrismaClient } from '@prisma/client';\nexport const db = new PrismaClient();\n" };

type Result = Awaited<ReturnType<typeof runOn>>;
const byRule = (r: Result, rule: string) => r.findings.filter((f) => f.ruleId === rule);

describe('a tsconfig that cannot be used', () => {
  it('reports a missing extends target at the extends value, and the alias import as an unresolved error', async () => {
    const root = writeTree({
      ...NEXT_APP,
      ...MIDDLEWARE,
      ...DB,
      'tsconfig.json': '{\n  "extends": "./tsconfig.base.json",\n  "compilerOptions": { "strict": true }\n}\n',
    });
    const r = await runOn(root);
    const [bad] = byRule(r, 'edge-tsconfig-invalid');
    expect(bad).toMatchObject({ severity: 'error', location: { file: 'tsconfig.json', line: 2, column: 14 } });
    expect(bad.message).toContain("extends './tsconfig.base.json', which was not found");
    const unresolved = byRule(r, 'edge-unresolved-import');
    expect(unresolved).toHaveLength(1);
    expect(unresolved[0]).toMatchObject({ severity: 'error', location: { file: 'middleware.ts', line: 1 } });
    expect(unresolved[0].message).toContain('may be one of its path aliases');
    expect(r.findings.some((f) => /third-party/.test(f.message))).toBe(false);
  });

  it('reports invalid JSONC at the first syntax error', async () => {
    const root = writeTree({
      ...NEXT_APP,
      ...MIDDLEWARE,
      ...DB,
      'tsconfig.json': '{\n  // comments are fine\n  "compilerOptions": {\n    "paths": { "@/*": ["./src/*"] }\n    "strict": true\n  }\n}\n',
    });
    const r = await runOn(root);
    const [bad] = byRule(r, 'edge-tsconfig-invalid');
    expect(bad).toMatchObject({ severity: 'error', location: { file: 'tsconfig.json', line: 5 } });
    expect(bad.message).toContain('not valid JSONC');
  });

  it('reports cyclic extends at the extends that closes the cycle', async () => {
    const root = writeTree({
      ...NEXT_APP,
      ...MIDDLEWARE,
      ...DB,
      'tsconfig.json': '{ "extends": "./tsconfig.a.json" }\n',
      'tsconfig.a.json': '{ "extends": "./tsconfig.b.json" }\n',
      'tsconfig.b.json': '{\n  "extends": "./tsconfig.a.json",\n  "compilerOptions": { "paths": { "@/*": ["./src/*"] } }\n}\n',
    });
    const r = await runOn(root);
    const [bad] = byRule(r, 'edge-tsconfig-invalid');
    expect(bad).toMatchObject({ severity: 'error', location: { file: 'tsconfig.b.json', line: 2 } });
    expect(bad.message).toContain('tsconfig.json → tsconfig.a.json → tsconfig.b.json → tsconfig.a.json');
  });

  it('never takes a bare import that matches a paths pattern of a failed config for the npm package of that name', async () => {
    const root = writeTree({
      ...NEXT_APP,
      'middleware.ts': "import { db } from '@acme/db';\nexport function middleware() { return new Response(String(db)); }\n",
      'tsconfig.json': '{ "extends": "./missing.json", "compilerOptions": { "paths": { "@acme/*": ["./packages/*/src"] } } }\n',
      'node_modules/@acme/db/package.json': JSON.stringify({ name: '@acme/db', main: 'index.js' }),
      'node_modules/@acme/db/index.js': "exports.db = 'an unrelated package';\n",
    });
    const r = await runOn(root);
    const unresolved = byRule(r, 'edge-unresolved-import');
    expect(unresolved).toHaveLength(1);
    expect(unresolved[0].severity).toBe('error');
    expect(unresolved[0].message).toContain("matches paths '@acme/*' of tsconfig.json, and tsconfig.json could not be read");
    expect((r.data!.modules as number | undefined) ?? r.outputs!.modules).toBe('1');
  });

  it('says to install dependencies when the missing extends target is a package (rallly before npm ci)', async () => {
    // The shape of lukevella/rallly's packages/tsconfig/next.json (AGPL-3.0), extended through a workspace package.
    const root = writeTree({
      'package.json': JSON.stringify({ name: 'root', private: true, workspaces: ['apps/*', 'packages/*'] }),
      'packages/tsconfig/package.json': JSON.stringify({ name: '@rallly/tsconfig' }),
      'packages/tsconfig/next.json': '{\n  "extends": "@tsconfig/next/tsconfig.json",\n  "compilerOptions": { "strict": true }\n}\n',
      'apps/web/package.json': JSON.stringify({ name: 'web', dependencies: { next: '15.5.29' } }),
      'apps/web/tsconfig.json': JSON.stringify({ extends: '@rallly/tsconfig/next.json', compilerOptions: { paths: { '@/*': ['./src/*'] } } }),
      'apps/web/middleware.ts': MIDDLEWARE['middleware.ts'],
      'apps/web/src/lib/db.ts': 'export const db = 1;\n',
    });
    const [bad, ...more] = byRule(await runOn(root), 'edge-tsconfig-invalid');
    expect(more).toEqual([]);
    expect(bad).toMatchObject({ severity: 'error', location: { file: 'packages/tsconfig/next.json', line: 2, column: 14 } });
    expect(bad.message).toContain("extends '@tsconfig/next/tsconfig.json', which was not found: package @tsconfig/next is not installed (install dependencies");
  });

  it('does not say to install dependencies for a relative base, and points at the missing one in an extends array', async () => {
    const root = writeTree({
      ...NEXT_APP,
      ...MIDDLEWARE,
      ...DB,
      'tsconfig.base.json': '{}\n',
      'tsconfig.json': '{\n  "extends": [\n    "./tsconfig.base.json",\n    "./tsconfig.missing.json"\n  ]\n}\n',
    });
    const [bad] = byRule(await runOn(root), 'edge-tsconfig-invalid');
    expect(bad).toMatchObject({ location: { file: 'tsconfig.json', line: 4, column: 5 } });
    expect(bad.message).toContain("extends './tsconfig.missing.json', which was not found");
    expect(bad.message).not.toContain('install');
  });

  it('still resolves through a healthy config (no finding)', async () => {
    const root = writeTree({ ...NEXT_APP, ...MIDDLEWARE, 'src/lib/db.ts': 'export const db = 1;\n', 'tsconfig.json': '{ "compilerOptions": { "paths": { "@/*": ["./src/*"] } } }\n' });
    expect((await runOn(root)).findings).toEqual([]);
  });
});

describe('third-party packages that are not installed', () => {
  const files = {
    ...NEXT_APP,
    'middleware.ts': "import a from 'pkg-a';\nimport b from 'pkg-b/sub';\nimport { c } from './lib/c';\nexport function middleware() { return new Response(String(a) + b + c); }\n",
    'lib/c.ts': "import c1 from 'pkg-c';\nimport a2 from 'pkg-a';\nexport const c = String(c1) + a2;\n",
  };

  it('are said once, as a warning that the verdict covers workspace code only', async () => {
    const r = await runOn(writeTree(files));
    const found = byRule(r, 'edge-unresolved-import');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', location: { file: 'middleware.ts', line: 1 } });
    expect(found[0].message).toContain('3 third-party packages are imported by edge code but not installed (pkg-a, pkg-b, pkg-c)');
    expect(found[0].message).toContain('the verdict covers workspace code only');
    expect(r.outputs!.unresolved).toBe('4');
  });

  it('fail the check with install-required: true', async () => {
    const r = await runOn(writeTree(files), { installRequired: true });
    expect(byRule(r, 'edge-unresolved-import').map((f) => f.severity)).toEqual(['error']);
  });

  it('fail by default in Actions when the repository has a lockfile, and only warn without one', async () => {
    const onRunner = async (extra: Record<string, string>) => {
      const ctx = { ...engineContext(writeTree({ ...files, ...extra })), policies: ACTIONS_POLICIES };
      const r = await runEdgeGuard({ ...DEFAULT_OPTIONS }, ctx);
      return byRule(r, 'edge-unresolved-import').map((f) => f.severity);
    };
    expect(await onRunner({ 'package-lock.json': '{}' })).toEqual(['error']);
    expect(await onRunner({})).toEqual(['warning']);
  });

  it('a relative import that does not resolve is an error at the import', async () => {
    const r = await runOn(writeTree({ ...NEXT_APP, 'middleware.ts': "import { x } from './lib/typo';\nexport function middleware() { return new Response(String(x)); }\n" }));
    expect(byRule(r, 'edge-unresolved-import')).toMatchObject([{ severity: 'error', location: { file: 'middleware.ts', line: 1 } }]);
  });
});
