import * as fs from 'node:fs';
import * as path from 'node:path';
import { createFixtureRepo, shallowClone, treeFromDir, underFolder, type FileTree, type FixtureRepo } from '../harness/fixture-repo';
import type { FakeGitHubOptions } from '../harness/fake-github';
import { runDist, type DistRun } from '../harness/run-dist';
import { expectRepoPaths, type Data, type PathExpectations } from './shown-paths';

/**
 * The guards that check the whole tree whatever the PR changed (edge-guard, env-guard): on a shallow checkout they
 * report what a full clone reports. The change set still decides which file a finding is shown at first, so an
 * unknown one fails them like every guard, with their own findings kept. Their paths leave the guard
 * repository-relative when `working-directory` is a subfolder.
 */

const EDGE = "export const runtime = 'edge';";
const edgeBase: FileTree = {
  'package.json': JSON.stringify({ name: 'acme', private: true, workspaces: ['apps/*', 'packages/*'] }),
  'apps/web/package.json': JSON.stringify({ name: 'web', dependencies: { next: '15.0.0', '@acme/db': '*' } }),
  'apps/web/tsconfig.json': JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/*': ['./src/*'] } } }),
  'apps/web/src/lib/users.ts': "import { listUsers } from '@acme/db';\nexport const names = async () => (await listUsers()).join();\n",
  'apps/web/app/api/old/route.ts': `import { names } from '@/lib/users';\n${EDGE}\nexport const GET = async () => new Response(await names());\n`,
  'packages/db/package.json': JSON.stringify({ name: '@acme/db', main: './src/index.ts' }),
  'packages/db/src/index.ts': "import { PrismaClient } from '@prisma/client';\nconst prisma = new PrismaClient();\nexport const listUsers = () => prisma.user.findMany();\n",
};
// The PR edits the helper in the middle of the chain: a full clone annotates it, not the untouched entry.
const edgeChange: FileTree = { 'apps/web/src/lib/users.ts': "import { listUsers } from '@acme/db';\nexport const names = async () => (await listUsers()).join(', ');\n" };

const envBase = {
  ...treeFromDir(path.resolve(__dirname, '..', '..', 'actions', 'env-guard', '__fixtures__', 'pnpm-extends')),
  'apps/api/src/server.ts': 'export const only = process.env.API_ONLY;\n',
  'apps/api/src/server.test.ts': null,
  'apps/admin/src/index.ts': 'export const a = process.env.ADMIN_ONLY;\n',
};
const envChange = { 'apps/admin/src/flags.ts': 'export const beta = process.env.BETA_FLAG;\n' };

const CASES: ({ action: string; base: FileTree; changes: FileTree; annotated: string } & PathExpectations)[] = [
  {
    action: 'edge-guard',
    base: edgeBase,
    changes: edgeChange,
    annotated: 'apps/web/src/lib/users.ts',
    // Paths in the JSON's data, and guard-root paths the summary shows (entries table, chain block).
    dataFiles: (d: Data): string[] => [...d.entries.map((e: Data) => e.file), ...d.chains.flatMap((c: Data) => [c.entry, ...c.hops.map((h: Data) => h.file)])],
    // [what stands before, the guard-root path, what follows]: the entries table's cell, chain hops in the code block.
    summaryHas: [['`', 'apps/web/app/api/old/route.ts', '`', 'code'], ['→ ', 'apps/web/src/lib/users.ts', ':1', 'code'], ['→ ', 'packages/db/src/index.ts', ':', 'code']],
  },
  {
    action: 'env-guard',
    base: envBase,
    changes: envChange,
    annotated: 'apps/admin/src/flags.ts',
    dataFiles: (d: Data): string[] => d.turboFiles,
    // The undeclared-variables table: where it is first read, and the turbo.json to declare it in.
    summaryHas: [['| ', 'apps/admin/src/flags.ts', ':1', 'text'], [' in ', 'turbo.json', ' |', 'text']],
  },
];

type Finding = { ruleId: string; severity: string; location?: { file: string; line: number } };
const API_ROUTES = /\/(pulls\/\d+\/files|compare\/|contents\/)/;

function seen(run: DistRun, action: string): string[] {
  const file = path.join(run.tempDir, 'runner-temp', `bickford-${action}.json`);
  if (!fs.existsSync(file)) throw new Error(`no JSON report; stdout:\n${run.stdout}\nstderr:\n${run.stderr}`);
  const findings: Finding[] = JSON.parse(fs.readFileSync(file, 'utf8')).findings;
  return findings.map((f) => `${f.severity} ${f.ruleId} ${f.location ? `${f.location.file}:${f.location.line}` : '-'}`).sort();
}

describe.each(['', 'monorepo'])('whole-tree guards on a shallow checkout (working-directory %p)', (folder) => {
  const tree = (t: FileTree) => (folder ? underFolder(folder, t) : t);
  const prefix = folder ? `${folder}/` : '';

  describe.each(CASES)('$action', (c) => {
    let full: FixtureRepo;
    let fullRun: DistRun;
    // The base has findings too: fail-on-existing keeps them counting, so the step fails on what the clone can see (issue 17 lists them as existing otherwise).
    const run = (repo: FixtureRepo, github: FakeGitHubOptions, extra: Record<string, string> = {}) =>
      runDist({ action: c.action, repo, pr: { number: 7 }, githubOptions: { repoDir: full.dir, ...github }, inputs: { comment: 'false', 'fail-on-existing': 'true', ...(folder ? { 'working-directory': folder } : {}), ...extra } });

    beforeAll(async () => {
      full = createFixtureRepo(tree(c.base), tree(c.changes));
      fullRun = await run(full, {});
    });

    it('annotates, from a full clone, the changed file at its repository-relative path', () => {
      expect(fullRun.exitCode).toBe(1);
      const errors = fullRun.commands.filter((x) => x.command === 'error' && x.properties.file);
      expect(errors.map((e) => e.properties.file)).toEqual([`${prefix}${c.annotated}`]);
      const paths: string[] = fullRun.github.checkRuns[0]?.annotations.map((a: { path: string }) => a.path) ?? [];
      expect(paths).toContain(`${prefix}${c.annotated}`);
      for (const p of paths) expect(fs.existsSync(path.join(full.dir, p))).toBe(true);
    });

    it('names files repository-relative in the JSON data and the job summary', () => {
      expectRepoPaths(fullRun, c.action, full.dir, prefix, c);
    });

    it.each([
      ['origin fetchable, API failing', 'reachable', { failing: { pattern: API_ROUTES, times: 'always' as const } }],
      ['(a) origin unreachable, API working', 'unreachable', {}],
      ['(b) origin unreachable, API failing once', 'unreachable', { failing: { pattern: API_ROUTES, times: 1 } }],
    ] as const)('reports the same findings as a full clone: %s', async (_name, origin, github) => {
      const r = await run(shallowClone(full, origin), github);
      expect(r.exitCode).toBe(1);
      expect(seen(r, c.action)).toEqual(seen(fullRun, c.action));
    });

    it('(c) API always failing: fails with change-set-unknown, and still reports every finding of a full clone', async () => {
      const r = await run(shallowClone(full, 'unreachable'), { failing: { pattern: API_ROUTES, times: 'always' } });
      expect(r.exitCode).toBe(1);
      const findings = seen(r, c.action);
      expect(findings.filter((f) => f.includes('change-set-unknown'))).toEqual(['error change-set-unknown -']);
      const rules = (list: string[]) => list.filter((f) => !f.includes('change-set-unknown')).map((f) => f.split(' ').slice(0, 2).join(' '));
      expect(rules(findings)).toEqual(rules(seen(fullRun, c.action)));
      const annotation = r.commands.find((x) => x.command === 'error' && x.message.includes('The change set is unknown'));
      expect(annotation?.message).toContain('answered 502');
    });

    it('(c) fails with change-set-unknown without a token', async () => {
      const r = await run(shallowClone(full, 'unreachable'), {}, { 'github-token': '' });
      expect(r.exitCode).toBe(1);
      expect(seen(r, c.action)).toContain('error change-set-unknown -');
      expect(r.stdout).toContain('no github-token');
    });
  });
});
