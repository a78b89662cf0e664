/**
 * edge-guard run from its built dist exactly as the runner runs it (build first: `npm run build -- edge-guard`).
 * The repository is a small Turborepo: a Next app whose edge routes import helpers, and a `@acme/db` package
 * whose barrel re-exports a module that constructs a Node-only PrismaClient.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createFixtureRepo, type FileTree } from '../../../../test/harness/fixture-repo';
import { runDist, type DistRun } from '../../../../test/harness/run-dist';

const EDGE = "export const runtime = 'edge';";

const BASE: FileTree = {
  'package.json': JSON.stringify({ name: 'acme', private: true, workspaces: ['apps/*', 'packages/*'] }),
  'apps/web/package.json': JSON.stringify({ name: 'web', dependencies: { next: '15.0.0', '@acme/db': '*' } }),
  'apps/web/tsconfig.json': JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/*': ['./src/*'] } } }),
  'apps/web/app/api/health/route.ts': `import { format } from '@/lib/format';\n${EDGE}\nexport const GET = () => new Response(format('ok'));\n`,
  'apps/web/src/lib/format.ts': 'export const format = (s: string): string => s.toUpperCase();\n',
  // Used only as a type by the helper below: TypeScript erases the import, so it is no chain.
  'apps/web/src/lib/users.ts': "import type { User } from '@acme/db';\nexport const names = (us: User[]): string[] => us.map((u) => u.name);\n",
  'packages/db/package.json': JSON.stringify({ name: '@acme/db', main: './dist/index.js', types: './dist/index.d.ts' }),
  'packages/db/src/index.ts': "export * from './users';\nexport * from './client';\n",
  'packages/db/src/users.ts': "import { prisma } from './client';\nexport interface User { name: string }\nexport const listUsers = () => prisma.user.findMany();\n",
  'packages/db/src/guard.ts': 'export function assertNodeRuntime(): void {}\n',
  'packages/db/src/client.ts': [
    "import { assertNodeRuntime } from './guard';",
    "import { PrismaClient } from '@prisma/client';",
    'assertNodeRuntime();',
    '',
    'export const prisma = new PrismaClient();',
    '',
  ].join('\n'),
};

/** A new edge route that lists users through the `@acme/db` barrel. */
const USERS_ROUTE: FileTree = {
  'apps/web/app/api/users/route.ts': `import { format } from '@/lib/format';\nimport { listUsers } from '@acme/db';\n${EDGE}\nexport const GET = async () => new Response(format(String(await listUsers())));\n`,
};

// The shortest chain: through the barrel's `export * from './client'`, not the longer way through users.ts.
// The last hop is the client's import (line 2), whose note names the construction line (5).
const CHAIN = ['apps/web/app/api/users/route.ts:2', 'packages/db/src/index.ts:2', 'packages/db/src/client.ts:2'];

const quiet = { comment: 'false', 'check-run': 'false' };
const located = (run: DistRun, command: string) => run.commands.filter((c) => c.command === command && c.properties.file);
const readReport = (run: DistRun) => JSON.parse(fs.readFileSync(run.outputs['report-path'], 'utf8'));

describe('a run of edge-guard from its dist', () => {
  it('fails a PR whose new edge route reaches a Node-only Prisma client through a barrel, with every hop reported', async () => {
    const repo = createFixtureRepo(BASE, USERS_ROUTE);
    const run = await runDist({ action: 'edge-guard', repo, pr: { number: 7 }, inputs: { ...quiet, 'sarif-file': 'out/edge.sarif' } });

    expect(run.exitCode).toBe(1);
    const errors = located(run, 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0].properties).toMatchObject({ file: 'apps/web/app/api/users/route.ts', line: '2', title: expect.stringContaining('edge-prisma-client') });
    expect(run.outputs).toMatchObject({ violations: '1', entries: '2' });

    // The job summary shows the whole chain, entry first, with a line for every hop, in order.
    const positions = CHAIN.map((hop) => run.summary.indexOf(hop));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);

    const sarif = JSON.parse(fs.readFileSync(path.join(repo.dir, 'out/edge.sarif'), 'utf8'));
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'edge-prisma-client');
    const flow = result.codeFlows[0].threadFlows[0].locations.map(
      (l: { location: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } } }) =>
        `${l.location.physicalLocation.artifactLocation.uri}:${l.location.physicalLocation.region.startLine}`,
    );
    expect(flow).toEqual(CHAIN);

    const report = readReport(run);
    expect(report.data.chains).toHaveLength(1);
    expect(report.data.chains[0]).toMatchObject({ entry: 'apps/web/app/api/users/route.ts', target: 'prisma-client:packages/db/src/client.ts', ruleId: 'edge-prisma-client', suppressed: false });
    expect(report.data.chains[0].hops.map((h: { file: string; line: number }) => `${h.file}:${h.line}`)).toEqual(CHAIN);
    expect(report.data.entries.map((e: { file: string }) => e.file).sort()).toEqual(['apps/web/app/api/health/route.ts', 'apps/web/app/api/users/route.ts']);
  });

  it('annotates the first hop the PR changed, not the untouched entry', async () => {
    const base = { ...BASE, 'apps/web/app/api/names/route.ts': `import { names } from '@/lib/users';\n${EDGE}\nexport const GET = () => new Response(names([]).join());\n` };
    const repo = createFixtureRepo(base, {
      'apps/web/src/lib/users.ts': "import { listUsers, type User } from '@acme/db';\nexport const names = (us: User[]): string[] => us.map((u) => u.name);\nexport const all = listUsers;\n",
    });
    const run = await runDist({ action: 'edge-guard', repo, pr: { number: 8 }, inputs: quiet });

    expect(run.exitCode).toBe(1);
    expect(located(run, 'error').map((c) => `${c.properties.file}:${c.properties.line}`)).toEqual(['apps/web/src/lib/users.ts:1']);
    expect(run.summary).toContain('apps/web/app/api/names/route.ts:1');
  });

  it('passes a PR whose edge code imports the database package only for its types', async () => {
    const repo = createFixtureRepo(BASE, {
      'apps/web/app/api/names/route.ts': `import { names } from '@/lib/users';\n${EDGE}\nexport const GET = () => new Response(names([]).join());\n`,
    });
    const run = await runDist({ action: 'edge-guard', repo, pr: { number: 9 }, inputs: quiet });

    expect(run.exitCode).toBe(0);
    expect(located(run, 'error')).toEqual([]);
    expect(run.outputs).toMatchObject({ violations: '0', entries: '2', unresolved: '0' });
    expect(readReport(run).data.chains).toEqual([]);
  });

  it('accepts the violations in the baseline file and still fails a new one', async () => {
    // The first run writes the baseline of today's violation; the PR then adds a second route that reaches pg.
    const known = createFixtureRepo({ ...BASE, ...USERS_ROUTE }, {});
    const written = await runDist({ action: 'edge-guard', repo: known, inputs: { ...quiet, 'update-baseline': 'true', 'baseline-file': '.bickford/edge-baseline.json' } });
    expect(written.exitCode).toBe(0);
    const baseline = fs.readFileSync(path.join(known.dir, '.bickford/edge-baseline.json'), 'utf8');
    // Written in the shared format (the input is a deprecated alias of `bickford baseline edge-guard`).
    expect(JSON.parse(baseline).entries).toHaveLength(1);

    const accepted = createFixtureRepo({ ...BASE, ...USERS_ROUTE }, { '.bickford/edge-baseline.json': baseline });
    const pass = await runDist({ action: 'edge-guard', repo: accepted, pr: { number: 10 }, inputs: { ...quiet, 'baseline-file': '.bickford/edge-baseline.json' } });
    expect(pass.exitCode).toBe(0);
    expect(pass.outputs.violations).toBe('0');
    expect(readReport(pass).data.chains[0].suppressed).toBe(true);

    const fresh = createFixtureRepo(
      { ...BASE, ...USERS_ROUTE, '.bickford/edge-baseline.json': baseline },
      { 'apps/web/app/api/report/route.ts': `import { Pool } from 'pg';\n${EDGE}\nexport const GET = async () => new Response(String(await new Pool().query('select 1')));\n` },
    );
    const fail = await runDist({ action: 'edge-guard', repo: fresh, pr: { number: 11 }, inputs: { ...quiet, 'baseline-file': '.bickford/edge-baseline.json' } });
    expect(fail.exitCode).toBe(1);
    expect(fail.outputs.violations).toBe('1');
    expect(located(fail, 'error').map((c) => `${c.properties.file}:${c.properties.line}`)).toEqual(['apps/web/app/api/report/route.ts:1']);
  });

  it('reports a file on an edge path that does not parse at its line, and finishes the run', async () => {
    const repo = createFixtureRepo(BASE, {
      'apps/web/app/api/broken/route.ts': `import { half } from '@/lib/half';\n${EDGE}\nexport const GET = () => new Response(half);\n`,
      'apps/web/src/lib/half.ts': "import 'node:fs';\n\nexport const half = (1 + ;\n",
    });
    const run = await runDist({ action: 'edge-guard', repo, pr: { number: 12 }, inputs: quiet });

    expect(run.stderr).not.toMatch(/internal error/i);
    const unreadable = readReport(run).findings.find((f: { ruleId: string }) => f.ruleId === 'edge-unreadable-module');
    expect(unreadable.location).toMatchObject({ file: 'apps/web/src/lib/half.ts', line: 3 });
    expect(located(run, 'warning').some((c) => c.properties.file === 'apps/web/src/lib/half.ts' && c.properties.line === '3')).toBe(true);
    // What parsed before the error is still checked: the node:fs import is a chain.
    expect(run.exitCode).toBe(1);
    expect(located(run, 'error').map((c) => c.properties.file)).toEqual(['apps/web/app/api/broken/route.ts']);
  });
});
