import * as fs from 'node:fs';
import * as path from 'node:path';
import { createFixtureRepo } from './harness/fixture-repo';
import { runCli as cli } from './harness/run-cli';

const base = {
  'prisma/schema.prisma': 'datasource db {\n  provider = "postgresql"\n}\n',
  'prisma/migrations/migration_lock.toml': 'provider = "postgresql"\n',
  'prisma/migrations/20240101000000_init/migration.sql': 'CREATE TABLE "a" ("id" INTEGER NOT NULL, "name" TEXT);\n',
};
const head = { 'prisma/migrations/20240201000000_drop/migration.sql': 'ALTER TABLE "a" DROP COLUMN "name";\n' };

describe('bickford (the CLI)', () => {
  it('runs a guard on a directory with --base, prints readable text and exits 1 on findings over the threshold', async () => {
    const repo = createFixtureRepo(base, head);
    const run = await cli(['migration-score', repo.dir, '--base', repo.base], repo.dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/prisma\/migrations\/20240201000000_drop\/migration\.sql:1:\d+\s+ban-drop-column/);
    expect(run.stdout).not.toContain('20240101000000_init/migration.sql:');
  });

  it('prints the JSON report and SARIF the action writes, and exits 0 when fail-on allows', async () => {
    const repo = createFixtureRepo(base, head);
    const json = await cli(['migration-score', '.', '--base', repo.base, '--format', 'json', '--fail-on', 'never'], repo.dir);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout);
    expect(report.schema).toBe('bickford-report/v1');
    expect(report.outputs.regressive).toBe('true');
    const sarif = await cli(['migration-score', '.', '--base', repo.base, '--format', 'sarif', '--output', 'out.sarif'], repo.dir);
    expect(sarif.code).toBe(1);
    expect(JSON.parse(fs.readFileSync(path.join(repo.dir, 'out.sarif'), 'utf8')).runs[0].tool.driver.name).toBe('bickford-migration-score');
  });

  it('exits 2 with a message for an unknown guard, a bad flag value or a base that is not a commit', async () => {
    const repo = createFixtureRepo(base, head);
    const unknown = await cli(['migrashun-score', '.'], repo.dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown guard 'migrashun-score': one of prisma-guard, migration-score, edge-guard, env-guard, ledger-record/);
    const bad = await cli(['migration-score', '.', '--max-risk', 'high'], repo.dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("max-risk must be a number from 0 to 1, got 'high' (from flag)");
    const noBase = await cli(['migration-score', '.', '--base', 'nope'], repo.dir);
    expect(noBase.code).toBe(2);
    expect(noBase.stderr).toContain('--base nope is not a commit');
  });
});
