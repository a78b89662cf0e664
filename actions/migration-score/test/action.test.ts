import { createFixtureRepo } from '../../../test/harness/fixture-repo';
import { runDist } from '../../../test/harness/run-dist';

const base = {
  'prisma/schema.prisma': 'datasource db {\n  provider = "postgresql"\n}\n',
  'prisma/migrations/migration_lock.toml': 'provider = "postgresql"\n',
  'prisma/migrations/20240101000000_init/migration.sql': 'CREATE TABLE "User" ("id" TEXT NOT NULL, "bio" TEXT);\n',
};
const DROP = 'prisma/migrations/20240301000000_drop_bio/migration.sql';
const drop = { [DROP]: '-- AlterTable\n\nALTER TABLE "User" DROP COLUMN "bio";\n' };

describe('migration-score dist', () => {
  it('fails a PR that adds a regressive migration, with an annotation at the statement line', async () => {
    const run = await runDist({ action: 'migration-score', repo: createFixtureRepo(base, drop), pr: { number: 7 } });
    expect(run.exitCode).toBe(1);
    const annotation = run.commands.find((c) => c.command === 'error' && c.properties.title?.includes('ban-drop-column'));
    expect(annotation?.properties).toMatchObject({ file: DROP, line: '3', col: '20' });
    // ban-drop-column's 0.9; require-lock-timeout is a notice that adds nothing.
    expect(run.outputs).toMatchObject({ 'risk-score': '0.90', regressive: 'true', migrations: '1' });
    expect(run.summary).toContain('20240301000000_drop_bio');
  });

  it('passes the same PR approved by label, and shows the approval in the summary', async () => {
    const run = await runDist({ action: 'migration-score', repo: createFixtureRepo(base, drop), pr: { number: 8, labels: ['migration-approved'] }, inputs: { 'max-risk': '1' } });
    expect(run.exitCode).toBe(0);
    // The summary escapes Markdown (`migration\-approved`); what a reader sees is the label's name.
    expect(run.summary.replace(/\\/g, '')).toMatch(/approval.*ban-drop-column.*approved by the .*migration-approved/);
    expect(run.outputs.regressive).toBe('true');
  });

  it('finds the migrations folder from a prisma.config.ts with a `${}` template', async () => {
    // The hand-written reader left a `${}` template to the TypeScript sidecar; Babel, bundled in index.js, reads it.
    const config = [
      "import path from 'node:path';",
      "import { defineConfig } from 'prisma/config';",
      'export default defineConfig({',
      "  schema: path.join('db', 'schema.prisma'),",
      "  migrations: { path: 'db/migrations' },",
      '  datasource: { url: `postgresql://${process.env.DB_HOST ?? "localhost"}:5432/app` },',
      '});',
    ].join('\n');
    const repo = createFixtureRepo({
      'prisma.config.ts': config,
      'db/schema.prisma': 'datasource db {\n  provider = "postgresql"\n}\n',
      'db/migrations/20240101000000_init/migration.sql': 'CREATE TABLE "User" ("id" TEXT NOT NULL, "bio" TEXT);\n',
      'db/migrations/20240301000000_drop_bio/migration.sql': 'ALTER TABLE "User" DROP COLUMN "bio";\n',
    }, {});
    const run = await runDist({ action: 'migration-score', repo, inputs: { all: 'true' } });
    expect(run.stderr).toBe('');
    expect(run.outputs.migrations).toBe('2');
    const annotation = run.commands.find((c) => c.command === 'error' && c.properties.title?.includes('ban-drop-column'));
    expect(annotation?.properties).toMatchObject({ file: 'db/migrations/20240301000000_drop_bio/migration.sql', line: '1' });
  });

  it('fails on max-risk only when the score of a locking migration exceeds it', async () => {
    const index = { 'prisma/migrations/20240301000000_idx/migration.sql': 'CREATE INDEX "User_bio_idx" ON "User"("bio");\n' };
    const relaxed = await runDist({ action: 'migration-score', repo: createFixtureRepo(base, index), pr: { number: 9 } });
    expect(relaxed.exitCode).toBe(0);
    expect(relaxed.outputs['risk-score']).toBe('0.10');
    const strict = await runDist({ action: 'migration-score', repo: createFixtureRepo(base, index), pr: { number: 9 }, inputs: { 'max-risk': '0.05' } });
    expect(strict.exitCode).toBe(1);
    expect(strict.commands.some((c) => c.command === 'error' && c.properties.title?.includes('risk-threshold'))).toBe(true);
  });

  it('rejects a max-risk that is not a number, naming the input', async () => {
    const run = await runDist({ action: 'migration-score', repo: createFixtureRepo(base, drop), pr: { number: 10 }, inputs: { 'max-risk': 'abc' } });
    expect(run.exitCode).not.toBe(0);
    expect(run.stdout).toContain('max-risk must be a number from 0 to 1');
  });
});
