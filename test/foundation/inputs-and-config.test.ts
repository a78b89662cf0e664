import { createFixtureRepo } from '../harness/fixture-repo';
import { runDist } from '../harness/run-dist';

const base = {
  'prisma/schema.prisma': 'datasource db {\n  provider = "postgresql"\n}\n',
  'prisma/migrations/20240101000000_init/migration.sql': 'CREATE TABLE "a" ("id" INTEGER NOT NULL);\n',
};
const change = { 'prisma/migrations/20240201000000_b/migration.sql': 'CREATE TABLE "b" ("id" INTEGER NOT NULL);\n' };

describe('inputs and .bickford.yml, through a built dist', () => {
  it('fails with a message that names a bad input and the accepted values, and exit code 2', async () => {
    const run = await runDist({ action: 'migration-score', repo: createFixtureRepo(base, change), pr: { number: 1 }, inputs: { 'max-risk': 'abc' } });
    expect(run.exitCode).toBe(2);
    const errors = run.commands.filter((c) => c.command === 'error').map((c) => c.message);
    expect(errors.join('\n')).toContain("max-risk must be a number from 0 to 1, got 'abc' (from input)");
    expect(run.github.calls.filter((c) => c.method !== 'GET')).toEqual([]);
  });

  it('reads a section of .bickford.yml, and lets an input override it', async () => {
    const withConfig = { ...base, '.bickford.yml': 'migration-score:\n  fail-on: never\n' };
    const drop = { 'prisma/migrations/20240201000000_b/migration.sql': 'DROP TABLE "a";\n' };
    const fromConfig = await runDist({ action: 'migration-score', repo: createFixtureRepo(withConfig, drop), pr: { number: 1 } });
    expect(fromConfig.exitCode).toBe(0);
    const overridden = await runDist({ action: 'migration-score', repo: createFixtureRepo(withConfig, drop), pr: { number: 1 }, inputs: { 'fail-on': 'error' } });
    expect(overridden.exitCode).toBe(1);
  });

  it('annotates a mistake in .bickford.yml at its line', async () => {
    const bad = { ...base, '.bickford.yml': 'migration-score:\n  max-risk: 0.4\n  fail-onn: warning\n' };
    const run = await runDist({ action: 'migration-score', repo: createFixtureRepo(bad, change), pr: { number: 1 } });
    expect(run.exitCode).toBe(2);
    const error = run.commands.find((c) => c.command === 'error' && c.properties.file === '.bickford.yml');
    expect(error?.properties.line).toBe('3');
    expect(error?.message).toContain("unknown key 'migration-score.fail-onn'");
  });

  it('masks the token it was given', async () => {
    const run = await runDist({ action: 'migration-score', repo: createFixtureRepo(base, change), pr: { number: 1 }, inputs: { 'github-token': 'ghs_secretvalue' } });
    expect(run.stdout).toContain('::add-mask::ghs_secretvalue');
  });
});
