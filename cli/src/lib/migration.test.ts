import { createFixtureRepo } from '../../../test/harness/fixture-repo';
import { runDist } from '../../../test/harness/run-dist';
import { analyzeMigration, gateMigrationRegression, gateMigrationRisk } from './migration';

const schema = {
  'prisma/schema.prisma': 'datasource db {\n  provider = "postgresql"\n}\n',
  'prisma/migrations/migration_lock.toml': 'provider = "postgresql"\n',
};

/** SQL a migration job might score: each case is one migration with nothing before it, in the library and in the action. */
const CASES: [string, string][] = [
  ['20240101000000_init', 'CREATE TABLE "User" ("id" TEXT NOT NULL, "bio" TEXT, CONSTRAINT "User_pkey" PRIMARY KEY ("id"));\n'],
  ['20240301000000_drop_bio', '-- AlterTable\n\nALTER TABLE "User" DROP COLUMN "bio";\n'],
  ['20240302000000_index', 'CREATE INDEX "User_bio_idx" ON "User"("bio");\n'],
  ['20240303000000_required', 'ALTER TABLE "User" ADD COLUMN "email" TEXT NOT NULL;\n'],
  ['20240304000000_drop_table', 'DROP TABLE "Post";\nALTER TABLE "User" RENAME COLUMN "bio" TO "about";\n'],
  ['20240305000000_approved', '-- bickford-ignore ban-drop-column: the column was unused for two releases\nALTER TABLE "User" DROP COLUMN "bio";\n'],
  ['20240306000000_broken', 'ALTER TABLE "User" ADD COLUMN;\n'],
  ['20240307000000_empty', '-- nothing here\n'],
];

describe('analyzeMigration', () => {
  it.each(CASES)('gives %s the score and regressive verdict the migration-score action gives it', async (name, sql) => {
    const repo = createFixtureRepo({ ...schema, [`prisma/migrations/${name}/migration.sql`]: sql }, {});
    const [run, analysis] = await Promise.all([runDist({ action: 'migration-score', repo, inputs: { all: 'true', 'max-risk': '1' } }), analyzeMigration(name, sql)]);
    expect(run.outputs.migrations).toBe('1');
    expect({ risk: analysis.riskScore.toFixed(2), regressive: String(analysis.isRegressive) }).toEqual({ risk: run.outputs['risk-score'], regressive: run.outputs.regressive });
    // The same rules fired, at the same lines (the step's closing error has no line and is left out).
    const ofAction = run.commands.filter((c) => ['error', 'warning', 'notice'].includes(c.command) && c.properties.line).map((c) => `${c.properties.title?.match(/[a-z-]+$/)?.[0] ?? c.properties.title}:${c.properties.line}`);
    const ofLibrary = analysis.impactAnalysis.findings.filter((f) => !f.suppressed).map((f) => `${f.ruleId}:${f.location?.line}`);
    expect(ofLibrary.sort()).toEqual(ofAction.filter((a) => !a.startsWith('risk-threshold')).sort());
  });

  it('lists the statements and what they put at risk', async () => {
    const a = await analyzeMigration('20240304000000_drop_table', CASES[4][1]);
    expect(a.operations).toEqual([
      { statement: 1, kind: 'DropStmt', sql: 'DROP TABLE "Post"', line: 1, column: 1 },
      { statement: 2, kind: 'RenameStmt', sql: 'ALTER TABLE "User" RENAME COLUMN "bio" TO "about"', line: 2, column: 1 },
    ]);
    expect(a.impactAnalysis).toMatchObject({ scorable: true, dataLoss: true, noRollback: true });
    expect(a.riskScore).toBe(1);
  });

  it('scores SQL it cannot parse as 1.0 with the located syntax error, never as safe', async () => {
    const a = await analyzeMigration('20240306000000_broken', CASES[6][1]);
    expect(a).toMatchObject({ riskScore: 1, impactAnalysis: { scorable: false } });
    expect(a.impactAnalysis.findings[0]).toMatchObject({ ruleId: 'syntax-error', location: { file: '20240306000000_broken/migration.sql', line: 1 } });
  });

  it('takes the action inputs as options (pg-version, rules)', async () => {
    const sql = 'ALTER TABLE "User" ADD COLUMN "n" INTEGER NOT NULL DEFAULT 0;\n';
    expect((await analyzeMigration('m', sql, { rules: ['-require-lock-timeout'] })).impactAnalysis.findings.map((f) => f.ruleId)).not.toContain('require-lock-timeout');
    await expect(analyzeMigration('m', sql, { rules: ['no-such-rule'] })).rejects.toThrow(/no-such-rule, which is not a migration-score rule/);
  });
});

describe('gateMigrationRegression', () => {
  it('denies a regressive migration with the rule that made it so, and lets a safe one through', async () => {
    const denial = gateMigrationRegression(await analyzeMigration('20240301000000_drop_bio', CASES[1][1]));
    expect(denial).toMatchObject({ ruleId: 'ban-drop-column', severity: 'error', location: { file: '20240301000000_drop_bio/migration.sql', line: 3, column: 20 }, docsUrl: expect.stringMatching(/ban-drop-column\.md$/) });
    expect(denial?.fingerprint).toMatch(/^[0-9a-f]+$/);
    expect(gateMigrationRegression(await analyzeMigration('20240101000000_init', CASES[0][1]))).toBeNull();
  });

  it('lets through a migration whose regressive statement is suppressed in the file', async () => {
    expect(gateMigrationRegression(await analyzeMigration('20240305000000_approved', CASES[5][1]))).toBeNull();
  });
});

describe('gateMigrationRisk', () => {
  it("denies over max-risk with the action's risk-threshold finding, and not at or under it", async () => {
    const index = await analyzeMigration('20240302000000_index', CASES[2][1]);
    expect(index.riskScore).toBe(0.1);
    expect(gateMigrationRisk(index, 0.1)).toBeNull();
    const denial = gateMigrationRisk(index, 0.05);
    expect(denial).toMatchObject({ ruleId: 'risk-threshold', severity: 'error', message: expect.stringContaining('Risk 0.10 of 20240302000000_index exceeds max-risk 0.05') });
    // The caller's analysis is left as it was returned.
    expect(index.impactAnalysis.findings.map((f) => f.ruleId)).not.toContain('risk-threshold');
  });

  it('refuses a max-risk outside 0..1 with a message naming it', async () => {
    const a = await analyzeMigration('m', 'SELECT 1;');
    expect(() => gateMigrationRisk(a, 5)).toThrow(/maxRisk must be a number from 0 to 1, got 5/);
  });
});
