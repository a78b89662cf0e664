/**
 * Repositories a guard meets on day one (issue 17): one with nothing for a guard to check, and odd files where a
 * migration or schema is expected. Through the built CLI bundle, with and without --base.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createFixtureRepo, type FixtureRepo } from './harness/fixture-repo';
import { runCli as cli } from './harness/run-cli';

const SCHEMA = 'datasource db {\n  provider = "postgresql"\n}\n\nmodel A {\n  id Int @id\n}\n';
const INIT = 'CREATE TABLE "A" ("id" INTEGER NOT NULL, CONSTRAINT "A_pkey" PRIMARY KEY ("id"));\n';
const withMigrations = {
  'package.json': '{"name":"app","private":true}\n',
  'prisma/schema.prisma': SCHEMA,
  'prisma/migrations/migration_lock.toml': 'provider = "postgresql"\n',
  'prisma/migrations/20240101000000_init/migration.sql': INIT,
};

const git = (dir: string, args: string[]) =>
  execFileSync('git', args, { cwd: dir, env: { ...process.env, GIT_AUTHOR_NAME: 'f', GIT_AUTHOR_EMAIL: 'f@example.com', GIT_COMMITTER_NAME: 'f', GIT_COMMITTER_EMAIL: 'f@example.com' } });

/** The fixture plus a commit that adds a folder named migration.sql and a migration.sql symlink to nothing. */
function withOddMigrations(): FixtureRepo {
  const repo = createFixtureRepo(withMigrations, {});
  const dirMigration = path.join(repo.dir, 'prisma/migrations/20240102000000_folder/migration.sql');
  fs.mkdirSync(dirMigration, { recursive: true });
  fs.writeFileSync(path.join(dirMigration, 'notes.txt'), 'a folder where the file should be\n');
  fs.mkdirSync(path.join(repo.dir, 'prisma/migrations/20240103000000_link'));
  fs.symlinkSync('../missing.sql', path.join(repo.dir, 'prisma/migrations/20240103000000_link/migration.sql'));
  git(repo.dir, ['add', '-A']);
  git(repo.dir, ['commit', '-q', '-m', 'odd migrations']);
  return { ...repo, head: execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repo.dir, encoding: 'utf8' }).trim() };
}

const FOLDER = 'prisma/migrations/20240102000000_folder/migration.sql';
const LINK = 'prisma/migrations/20240103000000_link/migration.sql';

describe('a guard with nothing to check', () => {
  it('passes in `all` on a repository that uses db push, has no turbo.json and no edge code, and says why for each', async () => {
    const repo = createFixtureRepo({ 'package.json': '{"name":"app","private":true}\n', 'prisma/schema.prisma': SCHEMA }, {});
    const run = await cli(['all', '.', '--check-format', 'false'], repo.dir);
    expect(run.stderr).not.toMatch(/^error:/m);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Nothing to check: no migrations folder (prisma/migrations does not exist; a repository that uses `prisma db push` has none).');
    expect(run.stdout).toContain('nothing to check: no turbo.json at the repository root');
    expect(run.stdout).toMatch(/No edge code found \(.*\): nothing to check/);
  });

  it('says so for migration-score alone, in the JSON report too', async () => {
    const repo = createFixtureRepo({ 'package.json': '{"name":"app"}\n' }, {});
    const run = await cli(['migration-score', '.', '--format', 'json'], repo.dir);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ headline: expect.stringMatching(/^Nothing to check: no migrations folder/), findings: [] });
  });

  it('is a configuration error, at the setting, when the user configured a path that does not exist', async () => {
    const config = "export default {\n  schema: 'prisma/schema.prisma',\n  migrations: { path: 'db/migrations' },\n};\n";
    const repo = createFixtureRepo({ 'package.json': '{"name":"app"}\n', 'prisma/schema.prisma': SCHEMA, 'prisma.config.ts': config }, {});
    const score = await cli(['migration-score', '.'], repo.dir);
    expect(score.code).toBe(2);
    expect(score.stderr).toMatch(/prisma\.config\.ts:3: The migrations folder db\/migrations \(from prisma\.config\.ts migrations\.path\) does not exist/);
    const edge = await cli(['edge-guard', '.', '--entries', 'workers/*.ts'], repo.dir);
    // edge-guard reports it as a finding of its own (edge-entries-unmatched), named after the flag that set it.
    expect(edge.code).toBe(1);
    expect(edge.stdout).toContain("--entries: 'workers/*.ts' matches no file");
  });
});

describe('odd files where a migration is expected', () => {
  const repo = withOddMigrations();

  it.each([
    ['without --base', [] as string[]],
    ['with --base', ['--base', 'HEAD~1']],
  ])('migration-score reports a folder and a dangling symlink as unreadable migrations at their paths, %s', async (_mode, extra) => {
    const run = await cli(['migration-score', '.', '--format', 'json', ...extra], repo.dir);
    expect(run.code).toBe(1);
    const unreadable = JSON.parse(run.stdout).findings.filter((f: { ruleId: string }) => f.ruleId === 'unreadable-migration');
    expect(unreadable.map((f: { location: { file: string }; message: string }) => [f.location.file, f.message])).toEqual([
      [FOLDER, expect.stringContaining('it is a directory')],
      [LINK, expect.stringContaining('it is a symlink to a file that does not exist')],
    ]);
  });

  it('prisma-guard says the drift check could not run, at each path', async () => {
    const run = await cli(['prisma-guard', '.', '--format', 'json', '--check-format', 'false'], repo.dir);
    expect(run.code).toBe(1);
    const unchecked = JSON.parse(run.stdout).findings.filter((f: { ruleId: string }) => f.ruleId === 'prisma-drift-unchecked');
    expect(unchecked.map((f: { location: { file: string }; message: string }) => [f.location.file, f.message])).toEqual([
      [FOLDER, expect.stringContaining(`the migration ${FOLDER} is unreadable (it is a directory)`)],
      [LINK, expect.stringContaining('is unreadable (it is a symlink to a file that does not exist)')],
    ]);
  });
});

describe('odd files where a schema is expected', () => {
  it.each([
    ['a folder named schema.prisma', (dir: string) => fs.mkdirSync(path.join(dir, 'prisma/schema.prisma'), { recursive: true }), 'a folder'],
    ['a schema.prisma symlink to nothing', (dir: string) => (fs.mkdirSync(path.join(dir, 'prisma')), fs.symlinkSync('gone.prisma', path.join(dir, 'prisma/schema.prisma'))), 'not a readable file'],
  ])('prisma-guard reports %s at its path', async (_name, make, says) => {
    const repo = createFixtureRepo({ 'package.json': '{"name":"app"}\n' }, {});
    make(repo.dir);
    const run = await cli(['prisma-guard', '.', '--format', 'json'], repo.dir);
    expect(run.code).toBe(1);
    const [finding] = JSON.parse(run.stdout).findings;
    expect(finding).toMatchObject({ ruleId: 'prisma-schema-missing', location: { file: 'prisma/schema.prisma', line: 1 }, message: expect.stringContaining(`prisma/schema.prisma is ${says}`) });
  });

  it('reports a schema folder named schema.prisma with no .prisma file in it as a located error, not an internal one', async () => {
    const repo = createFixtureRepo({ 'package.json': '{"name":"app"}\n', 'prisma/schema.prisma/README.md': 'not a schema\n' }, {});
    const run = await cli(['prisma-guard', '.', '--schemas', 'prisma/schema.prisma', '--format', 'json'], repo.dir);
    expect(run.stderr).not.toContain('internal error');
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).findings).toEqual([
      expect.objectContaining({ ruleId: 'prisma-schema-missing', location: expect.objectContaining({ file: 'prisma/schema.prisma' }), message: 'prisma/schema.prisma is a folder with no .prisma file in it, so there is no schema to check' }),
    ]);
  });
});
