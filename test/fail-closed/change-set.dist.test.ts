import * as fs from 'node:fs';
import * as path from 'node:path';
import { createFixtureRepo, shallowClone, treeFromDir, underFolder, type FileTree, type FixtureRepo } from '../harness/fixture-repo';
import type { FakeGitHubOptions } from '../harness/fake-github';
import { runDist, type DistRun } from '../harness/run-dist';
import { expectRepoPaths, type Data, type PathExpectations } from './shown-paths';

/**
 * Fail closed on the runner's defaults (issue 12): actions/checkout's one-commit clone lacks the PR's base.
 * Each guard that compares with the base runs from its dist on a full clone and on shallow clones, with the
 * base fetched from origin, or (origin unreachable) from a fake API that works, fails once, or always fails.
 */

interface Case extends PathExpectations {
  action: string;
  base: FileTree;
  changes: FileTree;
  inputs?: Record<string, string>;
  /** What the full clone must report (so "same findings" cannot hold vacuously). */
  expectRule: string;
  /** The guard reads the base's version of an edited file (from the contents API when the clone lacks it). */
  readsBase?: boolean;
}

const INIT = 'prisma/migrations/20250101000000_init/migration.sql';
const prismaBase: FileTree = {
  ...treeFromDir(path.resolve(__dirname, '..', '..', 'actions', 'prisma-guard', '__fixtures__', 'provider-mismatch')),
  'prisma/migrations/migration_lock.toml': 'provider = "postgresql"\n',
};

const CASES: Case[] = [
  {
    action: 'migration-score',
    base: {
      'prisma/schema.prisma': 'datasource db {\n  provider = "postgresql"\n}\n',
      'prisma/migrations/migration_lock.toml': 'provider = "postgresql"\n',
      'prisma/migrations/20240101000000_init/migration.sql': 'CREATE TABLE "User" ("id" TEXT NOT NULL, "bio" TEXT);\n',
    },
    changes: { 'prisma/migrations/20240301000000_drop_bio/migration.sql': '-- AlterTable\n\nALTER TABLE "User" DROP COLUMN "bio";\n' },
    expectRule: 'ban-drop-column',
    dataFiles: (d: Data) => d.migrations.map((m: Data) => m.file),
    summaryHas: [['### Flagged statements in ', 'prisma/migrations/20240301000000_drop_bio/migration.sql', '', 'text']],
  },
  {
    // An edited migration is replayed with its text at the base: on the API path that text is fetched (needsBaseContent).
    action: 'migration-score',
    base: {
      'prisma/schema.prisma': 'datasource db {\n  provider = "postgresql"\n}\n',
      'prisma/migrations/migration_lock.toml': 'provider = "postgresql"\n',
      [INIT]: 'CREATE TABLE "User" ("id" TEXT NOT NULL, "bio" TEXT);\n',
    },
    changes: {
      [INIT]: '-- edited after it was applied\nCREATE TABLE "User" ("id" TEXT NOT NULL, "bio" TEXT);\n',
      'prisma/migrations/20250301000000_drop_bio/migration.sql': '-- AlterTable\n\nALTER TABLE "User" DROP COLUMN "bio";\n',
    },
    expectRule: 'ban-drop-column',
    readsBase: true,
    dataFiles: (d: Data) => d.migrations.map((m: Data) => m.file),
    summaryHas: [['### Flagged statements in ', 'prisma/migrations/20250301000000_drop_bio/migration.sql', '', 'text']],
  },
  {
    action: 'prisma-guard',
    base: prismaBase,
    changes: { [INIT]: prismaBase[INIT]!.toString().replace('"email" TEXT NOT NULL', '"email" VARCHAR(320) NOT NULL') },
    inputs: { drift: 'skip' },
    expectRule: 'prisma-migration-edited',
    readsBase: true,
    dataFiles: (d: Data) => d.projects.flatMap((p: Data) => [p.schemaPath, ...p.schemaFiles, p.migrationsDir]),
    // The "Prisma schemas" table.
    summaryHas: [
      ['| `', 'prisma/schema.prisma', '` |', 'code'],
      ['| `', 'prisma/migrations', '` |', 'code'],
    ],
  },
];

type Finding = { ruleId: string; severity: string; location?: { file: string; line: number } };

function reportOf(run: DistRun, action: string): { findings: Finding[] } {
  const file = path.join(run.tempDir, 'runner-temp', `bickford-${action}.json`);
  if (!fs.existsSync(file)) throw new Error(`no JSON report; stdout:\n${run.stdout}\nstderr:\n${run.stderr}`);
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** What a user sees of the findings: rule, severity, place. */
const seen = (run: DistRun, action: string) =>
  reportOf(run, action).findings.map((f) => `${f.severity} ${f.ruleId} ${f.location ? `${f.location.file}:${f.location.line}` : '-'}`).sort();

const API_ROUTES = /\/(pulls\/\d+\/files|compare\/|contents\/)/;

describe.each(['', 'monorepo'])('change sets from a shallow checkout (working-directory %p)', (folder) => {
  const tree = (t: FileTree) => (folder ? underFolder(folder, t) : t);
  const prefix = folder ? `${folder}/` : '';

  describe.each(CASES)('$action', (c) => {
    let full: FixtureRepo;
    let expected: string[];
    const run = (repo: FixtureRepo, github: FakeGitHubOptions, extra: Record<string, string> = {}) =>
      runDist({
        action: c.action,
        repo,
        pr: { number: 7 },
        githubOptions: { repoDir: full.dir, ...github },
        inputs: { ...c.inputs, ...(folder ? { 'working-directory': folder } : {}), ...extra },
      });

    let fullRun: DistRun;
    beforeAll(async () => {
      full = createFixtureRepo(tree(c.base), tree(c.changes));
      fullRun = await run(full, {});
      expected = seen(fullRun, c.action);
    });

    it('reports, from a full clone, the finding at its repository-relative path, in the report and the annotation', () => {
      expect(fullRun.exitCode).toBe(1);
      expect(expected.some((f) => f.includes(` ${c.expectRule} ${prefix}prisma/migrations/`))).toBe(true);
      const annotation = fullRun.commands.find((x) => x.command === 'error' && x.properties.title?.includes(c.expectRule));
      expect(annotation?.properties.file).toMatch(new RegExp(`^${prefix}prisma/migrations/.+/migration\\.sql$`));
      expect(fullRun.apiCalls.filter((a) => API_ROUTES.test(a.path))).toEqual([]);
    });

    it('names files repository-relative in the JSON data and the job summary', () => {
      expectRepoPaths(fullRun, c.action, full.dir, prefix, c);
    });

    it('fetches the missing base from origin (the API failing) and reports the same findings', async () => {
      const r = await run(shallowClone(full, 'reachable'), { failing: { pattern: API_ROUTES, times: 'always' } });
      expect(seen(r, c.action)).toEqual(expected);
      expect(r.stdout).toContain('commits fetched from origin');
      expect(r.apiCalls.filter((a) => API_ROUTES.test(a.path))).toEqual([]);
    });

    it('(a) asks a working API when origin cannot be fetched, and reports the same findings', async () => {
      const r = await run(shallowClone(full, 'unreachable'), {});
      expect(seen(r, c.action)).toEqual(expected);
      expect(r.stdout).toContain('from the REST API');
      if (c.readsBase) expect(r.apiCalls.some((a) => a.path.includes(`/contents/${prefix}${INIT}?ref=${full.base}`))).toBe(true);
    });

    it('(b) retries an API that answers 502 once, and reports the same findings', async () => {
      const r = await run(shallowClone(full, 'unreachable'), { failing: { pattern: API_ROUTES, times: 1 } });
      expect(seen(r, c.action)).toEqual(expected);
      expect(r.apiCalls.filter((a) => /pulls\/7\/files/.test(a.path)).length).toBeGreaterThanOrEqual(2);
    });

    it('(c) fails with change-set-unknown, saying what was tried, when the API always fails', async () => {
      const r = await run(shallowClone(full, 'unreachable'), { failing: { pattern: API_ROUTES, times: 'always' } });
      expect(r.exitCode).toBe(1);
      expect(seen(r, c.action)).toContain('error change-set-unknown -');
      const annotation = r.commands.find((x) => x.command === 'error' && x.message.includes('The change set is unknown'));
      expect(annotation?.message).toMatch(/git fetch .*origin/);
      expect(annotation?.message).toContain('answered 502');
      expect(annotation?.message).toContain('fetch-depth: 0');
    });

    it('(c) fails with change-set-unknown without a token', async () => {
      const r = await run(shallowClone(full, 'unreachable'), {}, { 'github-token': '' });
      expect(r.exitCode).toBe(1);
      expect(seen(r, c.action)).toContain('error change-set-unknown -');
      expect(r.stdout).toContain('no github-token');
    });
  });
});

describe('a push on a shallow checkout', () => {
  it('compares before...after through the API when origin cannot be fetched, and scores what the push added', async () => {
    const c = CASES[0];
    const full = createFixtureRepo(c.base, c.changes);
    const r = await runDist({ action: 'migration-score', repo: shallowClone(full, 'unreachable'), githubOptions: { repoDir: full.dir } });
    expect(r.apiCalls.some((a) => a.path.startsWith(`/repos/acme/monorepo/compare/${full.base}...${full.head}`))).toBe(true);
    expect(r.exitCode).toBe(1);
    expect(seen(r, 'migration-score')).toContain('error ban-drop-column prisma/migrations/20240301000000_drop_bio/migration.sql:3');
  });
});

describe('a guard with nothing that needs the base', () => {
  // A `prisma db push` project: a schema and no migrations folder, so no applied migration to compare.
  const dbPush: FileTree = Object.fromEntries(Object.entries(prismaBase).filter(([p]) => !p.startsWith('prisma/migrations/')));
  const model = '\nmodel Post {\n  id Int @id @default(autoincrement())\n}\n';
  const cases: { action: string; base: FileTree; changes: FileTree; inputs: Record<string, string> }[] = [
    { action: 'prisma-guard', base: dbPush, changes: { 'prisma/schema.prisma': `${dbPush['prisma/schema.prisma']}${model}` }, inputs: { drift: 'skip', 'check-client': 'false' } },
    // env-guard without a root turbo.json compares no read (and says so).
    { action: 'env-guard', base: { 'package.json': JSON.stringify({ name: 'app', private: true }), 'src/a.ts': 'export const a = 1;\n' }, changes: { 'src/b.ts': 'export const b = process.env.B;\n' }, inputs: {} },
  ];

  it.each(cases)('$action does not ask for the change set, and an unknown one does not fail it', async (c) => {
    const full = createFixtureRepo(c.base, c.changes);
    const r = await runDist({
      action: c.action,
      repo: shallowClone(full, 'unreachable'),
      pr: { number: 7 },
      githubOptions: { repoDir: full.dir, failing: { pattern: API_ROUTES, times: 'always' } },
      inputs: { comment: 'false', ...c.inputs },
    });
    expect(seen(r, c.action).filter((f) => f.includes('change-set-unknown'))).toEqual([]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('nothing in this run compares with the base, so it does not need one');
    expect(r.apiCalls.filter((a) => API_ROUTES.test(a.path))).toEqual([]);
  });

  it('prisma-guard with a migrations folder on the same checkout still fails with change-set-unknown', async () => {
    const full = createFixtureRepo(prismaBase, { 'prisma/migrations/20250201000000_post/migration.sql': 'CREATE TABLE "Post" ("id" SERIAL PRIMARY KEY);\n' });
    const r = await runDist({
      action: 'prisma-guard',
      repo: shallowClone(full, 'unreachable'),
      pr: { number: 7 },
      githubOptions: { repoDir: full.dir, failing: { pattern: API_ROUTES, times: 'always' } },
      inputs: { comment: 'false', drift: 'skip', 'check-client': 'false' },
    });
    expect(r.exitCode).toBe(1);
    expect(seen(r, 'prisma-guard')).toContain('error change-set-unknown -');
  });
});
