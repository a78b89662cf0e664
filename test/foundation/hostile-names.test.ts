/**
 * Names from the repository are hostile: every guard, run from its dist, is fed a file or folder name holding
 * each form the runner would execute (`##[...]` anywhere in a line, `::` after NEL U+0085, after CR, after LF)
 * and must print no line the runner would read as a command of the name's making. The SARIF each run writes
 * is held to the OASIS schema and to Microsoft's SARIF Multitool with GitHub's rules.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createFixtureRepo, treeFromDir, type FileTree } from '../harness/fixture-repo';
import { runDist, type DistRun } from '../harness/run-dist';
import { multitoolFindings, schemaErrors } from '../harness/sarif-validators';

const H = 'x ##[add-mask]PWNED0 ##[error]PWNED1\u0085::warning::PWNED2\r::error::PWNED3\n::stop-commands::PWNED4\n##[stop-commands]PWNED5 ::notice::PWNED6 #?%';
const ROOT = path.resolve(__dirname, '..', '..');

/** Lines the runner would obey that the hostile name made: legacy commands, a mask or stop token not ours, a command it started. */
function injected(run: DistRun) {
  return run.commands.filter(
    (c) =>
      c.legacy ||
      /^PWNED/.test(c.message) ||
      (c.command === 'add-mask' && c.message !== 'test-token') ||
      (c.command === 'stop-commands' && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(c.message)),
  );
}

const migrationBase: FileTree = {
  'prisma/schema.prisma': 'datasource db {\n  provider = "postgresql"\n}\n',
  'prisma/migrations/20240101000000_init/migration.sql': 'CREATE TABLE "t0" ("id" INTEGER NOT NULL);\n',
};
const prismaBase: FileTree = { ...treeFromDir(path.join(ROOT, 'actions/prisma-guard/__fixtures__/provider-mismatch')), 'prisma/migrations/migration_lock.toml': 'provider = "postgresql"\n' };
const envBase = treeFromDir(path.join(ROOT, 'actions/env-guard/__fixtures__/pnpm-extends'));
const EDGE = "export const runtime = 'edge';";
const edgeBase: FileTree = {
  'package.json': JSON.stringify({ name: 'acme', private: true, workspaces: ['apps/*', 'packages/*'] }),
  'apps/web/package.json': JSON.stringify({ name: 'web', dependencies: { next: '15.0.0', '@acme/db': '*' } }),
  'packages/db/package.json': JSON.stringify({ name: '@acme/db', main: './src/index.ts' }),
  'packages/db/src/index.ts': "import { PrismaClient } from '@prisma/client';\nexport const prisma = new PrismaClient();\n",
};

const HOSTILE_APPLIED = `prisma/migrations/20250201000000_${H}/migration.sql`;

/** `shown`: the name reaches the step's output; ledger-record prints no repository path, so there it is fed only. */
const CASES: { action: string; base: FileTree; change: FileTree; inputs?: Record<string, string>; shown?: false }[] = [
  { action: 'migration-score', base: migrationBase, change: { [`prisma/migrations/20240201000000_${H}/migration.sql`]: `SET lock_timeout = '5s';\nDROP TABLE "t0";\n` } },
  {
    action: 'prisma-guard',
    // An applied migration in a hostile folder, edited by the PR.
    base: { ...prismaBase, [HOSTILE_APPLIED]: 'ALTER TABLE "User" ADD COLUMN "nick" TEXT;\n' },
    change: { [HOSTILE_APPLIED]: 'ALTER TABLE "User" ADD COLUMN "nick" VARCHAR(10);\n' },
    inputs: { drift: 'skip' },
  },
  { action: 'env-guard', base: envBase, change: { [`apps/admin/src/${H}.ts`]: 'export const beta = process.env.BETA_FLAG;\n' } },
  // An edge route that reaches the Node-only Prisma client through a module with a hostile file name.
  { action: 'edge-guard', base: edgeBase, change: { [`packages/db/src/${H}.ts`]: "import { PrismaClient } from '@prisma/client';\nexport const other = new PrismaClient();\n", [`apps/web/app/api/x/route.ts`]: `${EDGE}\nimport { other } from ${JSON.stringify(`../../../../../packages/db/src/${H}`)};\nexport const GET = () => new Response(String(other));\n` } },
  { action: 'ledger-record', base: { [`db/${H}/schema.prisma`]: 'model A { id Int @id }\n' }, change: { 'README.md': 'hello\n' }, inputs: { event: 'build', embedded: 'true', 'schema-path': `db/${H}/schema.prisma` }, shown: false },
];

describe('hostile names through every guard', () => {
  const sarifFiles: string[] = [];

  it.each(CASES.map((c) => [c.action, c] as const))('%s prints no command of the name\'s making', async (_name, c) => {
    const repo = createFixtureRepo(c.base, c.change);
    const run = await runDist({ action: c.action, repo, pr: { number: 21 }, inputs: { 'sarif-file': 'out/results.sarif', ...c.inputs } });
    expect(run.stderr).not.toMatch(/internal error/i);
    expect(injected(run)).toEqual([]);
    // The name did reach the output (as data), so the absence above means something.
    if (c.shown !== false) expect(run.stdout + run.summary).toMatch(/PWNED0/);
    const sarif = path.join(repo.dir, 'out/results.sarif');
    expect(fs.existsSync(sarif)).toBe(true);
    expect(schemaErrors(JSON.parse(fs.readFileSync(sarif, 'utf8')))).toEqual([]);
    sarifFiles.push(sarif);
  });

  it("every SARIF file the guards wrote passes the SARIF Multitool with GitHub's rules", () => {
    expect(sarifFiles).toHaveLength(CASES.length);
    expect(multitoolFindings(sarifFiles)).toEqual([]);
  });
});
