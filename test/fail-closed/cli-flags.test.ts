import * as fs from 'node:fs';
import * as path from 'node:path';
import { createFixtureRepo, shallowClone, underFolder } from '../harness/fixture-repo';
import { runCli as cli } from '../harness/run-cli';

// The fixture of test/cli.test.ts: a migration that drops a column.
const base = {
  'prisma/schema.prisma': 'datasource db {\n  provider = "postgresql"\n}\n',
  'prisma/migrations/migration_lock.toml': 'provider = "postgresql"\n',
  'prisma/migrations/20240101000000_init/migration.sql': 'CREATE TABLE "a" ("id" INTEGER NOT NULL, "name" TEXT);\n',
};
const head = { 'prisma/migrations/20240201000000_drop/migration.sql': 'ALTER TABLE "a" DROP COLUMN "name";\n' };

describe('bickford flags', () => {
  it('refuses a misspelt flag with exit 2, the closest valid flag and the list of valid ones', async () => {
    const repo = createFixtureRepo(base, head);
    const run = await cli(['migration-score', '.', '--base', repo.base, '--max-rsik', '0.05'], repo.dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown flag --max-rsik (did you mean --max-risk?) for migration-score');
    expect(run.stderr).toMatch(/valid flags: .*--base.*--max-risk/);
    expect(run.stdout).toBe('');
  });

  it('refuses a flag of another guard, and accepts it under `all`', async () => {
    const repo = createFixtureRepo(base, {});
    const run = await cli(['migration-score', '.', '--check-format', 'false'], repo.dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown flag --check-format');
    const all = await cli(['all', '.', '--check-formatt', 'false'], repo.dir);
    expect(all.code).toBe(2);
    expect(all.stderr).toContain('did you mean --check-format?');
  });

  it('prints help for the CLI and for a guard, and the version, with exit 0', async () => {
    const dir = createFixtureRepo({}, {}).dir;
    const help = await cli(['--help'], dir);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^usage: bickford <guard\|all>/);
    expect(help.stdout).toContain('bickford migration-score --help');
    const guard = await cli(['migration-score', '--help'], dir);
    expect(guard.code).toBe(0);
    expect(guard.stdout).toMatch(/--max-risk\s+\S/);
    expect(guard.stdout).not.toContain('--shadow-database-url');
    const version = await cli(['--version'], dir);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe(require('../../package.json').version);
  });

  it('prints the help of a command that is not a guard (init, baseline, ledger) for --help or -h, and does nothing else', async () => {
    const repo = createFixtureRepo(base, {});
    const before = fs.readdirSync(repo.dir).sort();
    const init = await cli(['init', '--help'], repo.dir);
    expect(init).toMatchObject({ code: 0, stderr: '' });
    expect(init.stdout).toMatch(/^usage: bickford init \[dir\]\n/);
    expect(init.stdout).toContain('.github/workflows/bickford.yml');
    expect(init.stdout).not.toContain('unknown flag');
    // Nothing written: not .bickford.yml, the baseline or the workflow.
    expect(fs.readdirSync(repo.dir).sort()).toEqual(before);
    for (const args of [['init', '.', '-h'], ['help', 'init']]) expect((await cli(args, repo.dir)).stdout).toBe(init.stdout);
    const baseline = await cli(['baseline', 'migration-score', '--help'], repo.dir);
    expect(baseline).toMatchObject({ code: 0, stderr: '' });
    expect(baseline.stdout).toMatch(/^usage: bickford baseline \[guard\.\.\.\] \[dir\]/);
    expect(fs.existsSync(path.join(repo.dir, '.bickford'))).toBe(false);
    const ledger = await cli(['ledger', 'serve', '--help'], repo.dir);
    expect(ledger).toMatchObject({ code: 0, stderr: '' });
    expect(ledger.stdout).toMatch(/^usage: bickford ledger serve/);
    // `help <guard>` is the guard's help; an unknown flag is still refused.
    expect((await cli(['help', 'migration-score'], repo.dir)).stdout).toBe((await cli(['migration-score', '--help'], repo.dir)).stdout);
    const wrong = await cli(['init', '--hepl'], repo.dir);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('unknown flag --hepl for init');
  });

  it('keeps the directory after a switch (`--verbose dir`)', async () => {
    const repo = createFixtureRepo(base, head);
    const run = await cli(['migration-score', '--verbose', repo.dir, '--base', repo.base], path.dirname(repo.dir));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('ban-drop-column');
  });
});

describe('bickford in a subfolder of a repository', () => {
  it('compares with --base and prints repository-relative paths', async () => {
    const repo = createFixtureRepo(underFolder('monorepo', base), underFolder('monorepo', head));
    const run = await cli(['migration-score', 'monorepo', '--base', repo.base], repo.dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/monorepo\/prisma\/migrations\/20240201000000_drop\/migration\.sql:1:\d+\s+ban-drop-column/);
    expect(run.stdout).not.toContain('20240101000000_init');
  });

  it('says a --base the shallow clone lacks is not a commit, and how to get it (exit 2)', async () => {
    const repo = shallowClone(createFixtureRepo(base, head));
    const run = await cli(['migration-score', '.', '--base', repo.base], repo.dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('a shallow clone');
  });
});
