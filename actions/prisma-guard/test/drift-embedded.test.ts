import * as path from 'node:path';
import { createFixtureRepo, treeFromDir, type FileTree } from '../../../test/harness/fixture-repo';
import { runDist, type DistRun } from '../../../test/harness/run-dist';

// The bundled example's Prisma package (examples/packages/db), schema and migrations only.
const EXAMPLE = path.resolve(__dirname, '../../../examples/packages/db');
const example: FileTree = Object.fromEntries(Object.entries(treeFromDir(EXAMPLE)).filter(([p]) => p.startsWith('prisma/') || p === 'package.json'));
const SCHEMA = 'prisma/schema.prisma';
const schema = example[SCHEMA]!.toString();
const INPUTS = { 'check-format': 'false', 'check-client': 'false' };

function driftFindings(run: DistRun) {
  return run.commands.filter((c) => ['error', 'warning', 'notice'].includes(c.command) && /prisma-drift/.test(c.properties.title ?? ''));
}

function lineOf(text: string, needle: string): string {
  return String(text.split('\n').findIndex((l) => l.includes(needle)) + 1);
}

describe('prisma-guard dist: drift over the embedded shadow database', () => {
  it('passes the bundled example, whose migrations produce its schema', async () => {
    const run = await runDist({ action: 'prisma-guard', repo: createFixtureRepo(example, {}), inputs: INPUTS });
    expect(driftFindings(run)).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.summary).toMatch(/in\\?-sync/);
  });

  it('reports a field added without a migration at that field, with the ADD COLUMN a migration needs', async () => {
    const edited = schema.replace('  name      String?\n', '  name      String?\n  bio       String?\n');
    const run = await runDist({ action: 'prisma-guard', repo: createFixtureRepo(example, { [SCHEMA]: edited }), inputs: INPUTS });
    expect(run.exitCode).toBe(1);
    const found = driftFindings(run);
    expect(found).toEqual([expect.objectContaining({ command: 'error', properties: expect.objectContaining({ file: SCHEMA, line: lineOf(edited, 'bio       String?') }) })]);
    expect(found[0].message).toMatch(/ALTER TABLE "User" ADD COLUMN\s+"bio" TEXT;/);
  });

  it('reports a table a migration creates and the schema lacks, at the migration line that creates it', async () => {
    const file = 'prisma/migrations/20250401000000_add_audit/migration.sql';
    const sql = '-- CreateTable\nCREATE TABLE "Audit" (\n    "id" SERIAL NOT NULL,\n    CONSTRAINT "Audit_pkey" PRIMARY KEY ("id")\n);\n';
    const run = await runDist({ action: 'prisma-guard', repo: createFixtureRepo(example, { [file]: sql }), inputs: INPUTS });
    const found = driftFindings(run);
    expect(found).toEqual([expect.objectContaining({ command: 'error', properties: expect.objectContaining({ file, line: '2' }) })]);
    expect(found[0].message).toContain('DROP TABLE "Audit"');
  });

  it('reports broken migration SQL as a located error, not as drift', async () => {
    const file = 'prisma/migrations/20250401000000_broken/migration.sql';
    const sql = '-- AlterTable\nALTER TABLE "User" ADD COLUMN "bio" TEXT;\nALTER TABLE "Nope" ADD COLUMN "x" TEXT;\n';
    const run = await runDist({ action: 'prisma-guard', repo: createFixtureRepo(example, { [file]: sql }), inputs: INPUTS });
    const found = driftFindings(run);
    expect(found).toEqual([expect.objectContaining({ command: 'error', properties: expect.objectContaining({ file, line: '3', title: expect.stringContaining('prisma-drift-unchecked') }) })]);
    expect(found[0].message).toContain('"Nope" does not exist');
  });

  it('gives a located notice, not an error, for an extension the embedded shadow lacks', async () => {
    const file = 'prisma/migrations/20250401000000_postgis/migration.sql';
    const run = await runDist({ action: 'prisma-guard', repo: createFixtureRepo(example, { [file]: '-- enable\nCREATE EXTENSION IF NOT EXISTS "postgis";\n' }), inputs: INPUTS });
    expect(run.exitCode).toBe(0);
    const found = driftFindings(run);
    expect(found).toEqual([expect.objectContaining({ command: 'notice', properties: expect.objectContaining({ file, line: '2' }) })]);
    expect(found[0].message).toContain('drift not checked: the shadow database lacks extension postgis; give shadow-database-url');
  });

  it('replays migrations that use an extension PGlite ships (pgcrypto)', async () => {
    const file = 'prisma/migrations/20250401000000_crypto/migration.sql';
    const sql = 'CREATE EXTENSION IF NOT EXISTS "pgcrypto";\nSELECT gen_random_uuid();\n';
    const run = await runDist({ action: 'prisma-guard', repo: createFixtureRepo(example, { [file]: sql }), inputs: INPUTS });
    // The extension is on the shadow and not in the schema: the engine would drop it, which is drift it reports.
    expect(driftFindings(run).filter((c) => /could not run|not checked/.test(c.message))).toEqual([]);
  });

  it('runs two checks at once on one machine without sharing a shadow', async () => {
    const edited = schema.replace('  name      String?\n', '  name      String?\n  bio       String?\n');
    const [clean, drifted] = await Promise.all([
      runDist({ action: 'prisma-guard', repo: createFixtureRepo(example, {}), inputs: INPUTS }),
      runDist({ action: 'prisma-guard', repo: createFixtureRepo(example, { [SCHEMA]: edited }), inputs: INPUTS }),
    ]);
    expect(driftFindings(clean)).toEqual([]);
    expect(driftFindings(drifted)).toHaveLength(1);
  });
});
