/**
 * The CLI's output as a person at a terminal and a program reading it see it (issue 17, "CLI output a person and
 * a program can use"), through the built CLI bundle.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createFixtureRepo } from './harness/fixture-repo';
import { runCli as cli } from './harness/run-cli';
import { schemaErrors } from './harness/sarif-validators';

// Twelve migrations that each drop a column: 12 ban-drop-column and 12 risk-threshold errors, one lock notice (once per run).
const migrations: Record<string, string> = {
  'prisma/schema.prisma': 'datasource db {\n  provider = "postgresql"\n}\n',
  'prisma/migrations/migration_lock.toml': 'provider = "postgresql"\n',
  'prisma/migrations/20240101000000_init/migration.sql': `CREATE TABLE "a" (${Array.from({ length: 12 }, (_, i) => `"c${i}" TEXT`).join(', ')});\n`,
};
for (let i = 0; i < 12; i++) migrations[`prisma/migrations/202402${String(i + 10)}000000_drop_c${i}/migration.sql`] = `ALTER TABLE "a" DROP COLUMN "c${i}";\n`;

const findingLines = (text: string) => text.split('\n').filter((l) => /^(error|warning|notice)\s+\S+:\d+:\d+/.test(l));
const GUARDS = ['prisma-guard', 'migration-score', 'edge-guard', 'env-guard'];

describe('bickford text output over a whole repository', () => {
  const repo = createFixtureRepo(migrations, {});

  it('prints counts per rule and severity, the ten most important findings with locations, and how to see the rest', async () => {
    const run = await cli(['migration-score', '.'], repo.dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/Findings by rule:\n\s+rule\s+error\s+warning\s+notice\n\s+ban-drop-column\s+12\s+0\s+0\n\s+risk-threshold\s+12\s+0\s+0\n\s+require-lock-timeout\s+0\s+0\s+1/);
    expect(run.stdout).toContain('The 10 most important of 25:');
    const shown = findingLines(run.stdout);
    expect(shown).toHaveLength(10);
    // Errors come first: no notice is among the ten while errors are left out.
    expect(shown.every((l) => l.startsWith('error'))).toBe(true);
    expect(shown[0]).toMatch(/^error\s+prisma\/migrations\/20240210000000_drop_c0\/migration\.sql:1:\d+\s+ban-drop-column/);
    expect(run.stdout).toContain('15 more findings not shown: `--verbose` prints every finding here; `--format json`');
    // The per-migration table is cut as well, and says so.
    expect(run.stdout).toContain('… 3 more rows in the full report');
    expect(run.stdout).toMatch(/✗ 24 error\(s\) with fail-on error/);
  });

  it('prints every finding with --verbose, and with --base (a pull request is judged on all it adds)', async () => {
    const verbose = await cli(['migration-score', '.', '--verbose'], repo.dir);
    expect(findingLines(verbose.stdout)).toHaveLength(25);
    expect(verbose.stdout).not.toContain('Findings by rule');
    const pr = createFixtureRepo(migrations, { 'prisma/migrations/20250101000000_more/migration.sql': 'ALTER TABLE "a" ADD COLUMN "z" TEXT;\n' });
    const withBase = await cli(['migration-score', '.', '--base', pr.base], pr.dir);
    expect(withBase.code).toBe(0);
    expect(withBase.stdout).not.toContain('Findings by rule');
  });

  it('keeps the full list in the JSON report', async () => {
    const run = await cli(['migration-score', '.', '--format', 'json'], repo.dir);
    expect(JSON.parse(run.stdout).findings).toHaveLength(25);
  });

  it('prints a short run as it is, without the counts', async () => {
    const small = createFixtureRepo({ ...migrations, ...Object.fromEntries(Object.keys(migrations).filter((f) => /drop_c([1-9]|1\d)\//.test(f)).map((f) => [f, null])) }, {});
    const run = await cli(['migration-score', '.'], small.dir);
    expect(findingLines(run.stdout)).toHaveLength(3);
    expect(run.stdout).not.toContain('Findings by rule');
    expect(run.stdout).not.toContain('not shown');
  });
});

describe('bickford all, for programs', () => {
  const repo = createFixtureRepo(migrations, {});

  it('prints one JSON document keyed by guard, with every finding', async () => {
    const run = await cli(['all', '.', '--format', 'json'], repo.dir);
    expect(run.code).toBe(1);
    const doc = JSON.parse(run.stdout);
    expect(Object.keys(doc)).toEqual(GUARDS);
    expect(doc['migration-score'].schema).toBe('bickford-report/v1');
    expect(doc['migration-score'].findings).toHaveLength(25);
    expect(doc['env-guard'].guard).toBe('env-guard');
  });

  it('writes one combined document with --output FILE, never only the last guard', async () => {
    const json = await cli(['all', '.', '--format', 'json', '--output', 'all.json'], repo.dir);
    expect(json.stdout).toBe('');
    expect(Object.keys(JSON.parse(fs.readFileSync(path.join(repo.dir, 'all.json'), 'utf8')))).toEqual(GUARDS);
    await cli(['all', '.', '--format', 'sarif', '--output', 'all.sarif'], repo.dir);
    const sarif = JSON.parse(fs.readFileSync(path.join(repo.dir, 'all.sarif'), 'utf8'));
    expect(sarif.runs.map((r: { tool: { driver: { name: string } } }) => r.tool.driver.name)).toEqual(GUARDS.map((g) => `bickford-${g}`));
    expect(schemaErrors(sarif)).toEqual([]);
    await cli(['all', '.', '--output', 'all.txt'], repo.dir);
    const text = fs.readFileSync(path.join(repo.dir, 'all.txt'), 'utf8');
    for (const g of GUARDS) expect(text).toContain(`━━ ${g} ━━`);
  });

  it('writes one file per guard when the name holds {guard}', async () => {
    const run = await cli(['all', '.', '--format', 'sarif', '--output', 'reports/{guard}.sarif'], repo.dir);
    expect(run.code).toBe(1);
    expect(fs.readdirSync(path.join(repo.dir, 'reports')).sort()).toEqual(GUARDS.map((g) => `${g}.sarif`).sort());
    const score = JSON.parse(fs.readFileSync(path.join(repo.dir, 'reports/migration-score.sarif'), 'utf8'));
    expect(score.runs).toHaveLength(1);
    expect(score.runs[0].results).toHaveLength(25);
  });

  it('puts a guard that could not run in the document with its exit code and message', async () => {
    const bad = createFixtureRepo({ ...migrations, '.bickford.yml': 'migration-score:\n  max-risk: high\n' }, {});
    const run = await cli(['all', '.', '--format', 'json'], bad.dir);
    expect(run.code).toBe(2);
    const doc = JSON.parse(run.stdout);
    expect(Object.keys(doc)).toEqual(GUARDS);
    // The value error is located in .bickford.yml, as a syntax error is.
    expect(run.stderr).toContain("error: .bickford.yml:2: max-risk must be a number from 0 to 1, got 'high' (from .bickford.yml:2:13)");
    expect(doc['migration-score'].error).toEqual({ exitCode: 2, kind: 'configuration', message: expect.stringContaining("max-risk must be a number from 0 to 1, got 'high'") });
    const sarif = await cli(['all', '.', '--format', 'sarif'], bad.dir);
    const log = JSON.parse(sarif.stdout);
    expect(log.runs[1].invocations[0]).toMatchObject({ executionSuccessful: false, exitCode: 2 });
    expect(schemaErrors(log)).toEqual([]);
  });
});
