import type { Finding } from '@shared/findings/finding';
import { FIXTURES, runOn } from './engine-context';

const MONOREPO = `${FIXTURES}/monorepo`;

type Chain = { entry: string; target: string; ruleId: string; hops: { file: string; line: number; note: string }[] };

async function fixtureResult() {
  const result = await runOn(MONOREPO);
  const chains = (result.data!.chains as Chain[]);
  const forEntry = (entry: string) => chains.filter((c) => c.entry === entry);
  const findingsFor = (entry: string) => result.findings.filter((f: Finding) => f.properties?.entry === entry);
  return { result, chains, forEntry, findingsFor };
}

describe('runEdgeGuard on a fixture monorepo', () => {
  let r: Awaited<ReturnType<typeof fixtureResult>>;
  beforeAll(async () => {
    r = await fixtureResult();
  });

  it('follows a barrel and export * through tsconfig paths into a dist-only workspace package, with a line per hop', () => {
    const [chain] = r.forEntry('apps/web/app/api/users/route.ts');
    expect(chain.ruleId).toBe('edge-prisma-client');
    expect(chain.hops.map((h) => `${h.file}:${h.line}`)).toEqual([
      'apps/web/app/api/users/route.ts:1',
      'apps/web/src/lib/index.ts:2',
      'apps/web/src/lib/users.ts:2',
      'packages/db/src/index.ts:1',
    ]);
    // The last hop is the import of the client, and names where it is constructed.
    expect(chain.hops[3].note).toBe("import '@prisma/client', new PrismaClient() at line 4");
  });

  it('reports one finding per entry and forbidden module, annotated on the entry when the PR touched nothing on the chain', () => {
    const findings = r.findingsFor('apps/web/app/api/users/route.ts');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', location: { file: 'apps/web/app/api/users/route.ts', line: 1 } });
    expect(findings[0].trace).toHaveLength(4);
  });

  it('drops import type, export type and imports used only in type positions', () => {
    expect(r.forEntry('apps/web/app/api/type-only/route.ts')).toEqual([]);
    expect(r.forEntry('apps/web/app/api/types-only-use/route.ts')).toEqual([]);
  });

  it('warns, not errors, for a Prisma import used only for enums', () => {
    const findings = r.findingsFor('apps/web/app/api/enums/route.ts');
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([['edge-prisma-import', 'warning']]);
  });

  it('accepts a PrismaClient built with an edge driver adapter', () => {
    expect(r.forEntry('apps/web/app/api/neon/route.ts')).toEqual([]);
  });

  it('treats proxy.ts and a middleware on the nodejs runtime as Node code', () => {
    const entries = (r.result.data!.entries as { file: string }[]).map((e) => e.file);
    expect(entries).not.toContain('apps/next16/proxy.ts');
    expect(entries).not.toContain('apps/next16/middleware.ts');
    expect(entries).toContain('apps/web/src/middleware.ts');
    expect(r.chains.filter((c) => c.entry.startsWith('apps/next16/') && /proxy|middleware/.test(c.entry))).toEqual([]);
  });

  it('resolves @/ with each workspace its own tsconfig paths', () => {
    const [chain] = r.forEntry('apps/next16/app/edge/route.ts');
    expect(chain.hops.map((h) => h.file)).toEqual(['apps/next16/app/edge/route.ts', 'apps/next16/lib/helper.ts']);
    expect(chain.target).toBe('builtin:crypto');
  });

  it('applies a layout runtime to the pages below it', () => {
    expect(r.forEntry('apps/next16/app/(marketing)/about/page.tsx').map((c) => c.target)).toEqual(['driver:pg']);
  });

  it('picks the edge-light export and checks the edge target as an entry of its own', () => {
    expect(r.forEntry('apps/web/app/api/kit/route.ts')).toEqual([]);
    const entries = (r.result.data!.entries as { file: string; kind: string }[]);
    expect(entries).toContainEqual(expect.objectContaining({ file: 'packages/edge-kit/src/edge.ts', kind: 'exports-condition' }));
    const missing = r.result.findings.find((f) => f.ruleId === 'edge-exports-condition');
    expect(missing).toMatchObject({ severity: 'error', location: { file: 'packages/edge-kit/package.json', line: 12 } });
  });

  it('follows import() and require()', () => {
    expect(r.forEntry('apps/web/app/api/dynamic/route.ts')[0].hops[0]).toMatchObject({ line: 4, note: "import('../../../src/lib/heavy')" });
    expect(r.forEntry('apps/web/pages/api/legacy.js')[0]).toMatchObject({ target: 'builtin:net', hops: [{ note: "require('net')" }] });
  });

  it('folds NEXT_RUNTIME branches and an early return on the edge, as the real build does', () => {
    expect(r.forEntry('apps/web/instrumentation.ts').map((c) => c.target)).toEqual([]);
  });

  it('survives circular imports with one shortest chain', () => {
    const chains = r.forEntry('apps/web/app/api/cycle/route.ts');
    expect(chains).toHaveLength(1);
    expect(chains[0].hops.map((h) => h.file)).toEqual(['apps/web/app/api/cycle/route.ts', 'apps/web/src/lib/cycle-a.ts', 'apps/web/src/lib/cycle-b.ts']);
  });

  it('lists an unresolvable workspace alias as an error with the tsconfig that matched', () => {
    const f = r.result.findings.find((x) => x.ruleId === 'edge-unresolved-import' && x.message.includes('@/lib/not-there'));
    expect(f).toMatchObject({ severity: 'error', location: { file: 'apps/web/app/api/broken/route.ts', line: 1 } });
    expect(f!.message).toContain('apps/web/tsconfig.json');
  });

  it('reports a file that does not parse and still follows what it imports', () => {
    expect(r.result.findings.find((f) => f.ruleId === 'edge-unreadable-module')).toMatchObject({ location: { file: 'apps/web/src/lib/broken.ts', line: 1 } });
    expect(r.forEntry('apps/web/app/api/broken/route.ts').map((c) => c.target)).toContain('builtin:fs');
  });

  it('reports new Function in reached workspace code', () => {
    expect(r.forEntry('apps/web/app/api/broken/route.ts').find((c) => c.ruleId === 'edge-eval')?.hops.at(-1)).toMatchObject({ file: 'apps/web/src/lib/compile.ts', line: 1 });
  });

  it('finds a Prisma 7 client at the generator output read from schema.prisma', () => {
    const [chain] = r.forEntry('apps/web/app/api/db7/route.ts');
    expect(chain).toMatchObject({ ruleId: 'edge-prisma-client', target: 'prisma-client:packages/db7/src/index.ts' });
  });

  it('flags a Node-only library module without assertNodeRuntime, and not a guarded one', () => {
    const files = r.result.findings.filter((f) => f.ruleId === 'edge-missing-runtime-guard').map((f) => f.location?.file);
    expect(files).toEqual(['packages/db/src/index.ts']);
  });

  it('never checks Node routes', () => {
    expect(r.chains.some((c) => c.entry === 'apps/web/app/api/node/route.ts')).toBe(false);
  });

  it('puts the full chains in a summary section', () => {
    const code = r.result.sections!.find((s) => s.kind === 'code');
    expect(code && 'code' in code && code.code).toContain("→ packages/db/src/index.ts:1  import '@prisma/client', new PrismaClient() at line 4");
  });
});

describe('chainFinding annotation', () => {
  it('annotates the first hop in a file the PR changed', async () => {
    const result = await runOn(MONOREPO, {}, ['apps/web/src/lib/users.ts', 'packages/db/src/index.ts']);
    const f = result.findings.find((x) => x.properties?.entry === 'apps/web/app/api/users/route.ts')!;
    expect(f.location).toMatchObject({ file: 'apps/web/src/lib/users.ts', line: 2 });
  });
});
