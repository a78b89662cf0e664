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
    // The shadow starts from the shipped fresh cluster (assets/pglite-fresh-cluster.tar.gz), not through initdb:
    // a PGlite upgrade that cannot load it must regenerate it (make-fresh-cluster.mjs).
    expect(run.stdout).not.toContain('did not load');
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

  // A public monorepo's real history: umami (MIT), cut to its schema and 19 migrations (test/fixtures/umami/SOURCE.md).
  const umami = treeFromDir(path.resolve(__dirname, '../../../test/fixtures/umami'));
  const umamiSchema = umami[SCHEMA]!.toString();
  const VISIT_INDEX = 'CREATE INDEX "session_replay_visit_id_idx" ON "session_replay"("visit_id");';
  // umami at that commit has drift of its own: `@@index([visitId])` on SessionReplay has no migration.
  const umamiInSync = { ...umami, 'prisma/migrations/20_visit_id_index/migration.sql': `-- CreateIndex\n${VISIT_INDEX}\n` };

  it("finds the drift in umami's own history: an index its schema declares and no migration creates, at its field", async () => {
    const run = await runDist({ action: 'prisma-guard', repo: createFixtureRepo(umami, {}), inputs: INPUTS });
    const found = driftFindings(run);
    const visitId = umamiSchema.split('\n').findIndex((l, i, all) => l.includes('visitId    String    @map("visit_id")') && all.slice(0, i).some((x) => x.startsWith('model SessionReplay {'))) + 1;
    expect(found).toEqual([expect.objectContaining({ command: 'error', properties: expect.objectContaining({ file: SCHEMA, line: String(visitId) }) })]);
    expect(found[0].message).toContain(VISIT_INDEX);
  });

  it('passes umami once the migration that finding gives is added', async () => {
    const run = await runDist({ action: 'prisma-guard', repo: createFixtureRepo(umamiInSync, {}), inputs: INPUTS });
    expect(driftFindings(run)).toEqual([]);
    expect(run.exitCode).toBe(0);
  });

  it('reports a mapped field added to umami without a migration at that field, with the column it maps to', async () => {
    const anchor = '  displayName String?   @map("display_name") @db.VarChar(255)\n';
    expect(umamiSchema).toContain(anchor);
    const edited = umamiSchema.replace(anchor, `${anchor}  bio         String?   @map("bio_text")\n`);
    const run = await runDist({ action: 'prisma-guard', repo: createFixtureRepo(umamiInSync, { [SCHEMA]: edited }), inputs: INPUTS });
    const found = driftFindings(run);
    expect(found).toEqual([expect.objectContaining({ command: 'error', properties: expect.objectContaining({ file: SCHEMA, line: lineOf(edited, '@map("bio_text")') }) })]);
    expect(found[0].message).toMatch(/ALTER TABLE "user" ADD COLUMN\s+"bio_text" TEXT;/);
  });

  it('reports a table an umami migration creates and its schema lacks, at that migration line', async () => {
    const file = 'prisma/migrations/21_add_audit/migration.sql';
    const sql = 'CREATE TABLE "audit" (\n    "audit_id" UUID NOT NULL,\n    CONSTRAINT "audit_pkey" PRIMARY KEY ("audit_id")\n);\n';
    const run = await runDist({ action: 'prisma-guard', repo: createFixtureRepo(umamiInSync, { [file]: sql }), inputs: INPUTS });
    expect(driftFindings(run)).toEqual([expect.objectContaining({ command: 'error', properties: expect.objectContaining({ file, line: '1' }), message: expect.stringContaining('DROP TABLE "audit"') })]);
  });
});

describe("prisma-guard dist: drift on a Prisma 6 project, with Prisma 6.19's schema engine", () => {
  // umami before its move to Prisma 7 (MIT; test/fixtures/umami-prisma6/SOURCE.md): `url = env(...)` in the
  // datasource, which Prisma 7's engine refuses ("no longer supported in schema files").
  // Its 14 migrations are the first 14 of test/fixtures/umami, unchanged: taken from there, not kept twice.
  const umami6: FileTree = {
    ...Object.fromEntries(Object.entries(treeFromDir(path.resolve(__dirname, '../../../test/fixtures/umami'))).filter(([p]) => /^prisma\/migrations\/(0\d|1[0-4])_/.test(p))),
    ...treeFromDir(path.resolve(__dirname, 'fixtures/umami-prisma6')),
  };
  const schema6 = umami6[SCHEMA]!.toString();

  it('passes umami on Prisma 6, whose migrations produce its schema', async () => {
    expect(schema6).toContain('url          = env("DATABASE_URL")');
    const run = await runDist({ action: 'prisma-guard', repo: createFixtureRepo(umami6, {}), inputs: INPUTS });
    expect(driftFindings(run)).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.summary).toMatch(/in\\?-sync/);
  });

  it('reports a field added to the Prisma 6 schema without a migration, at that field, with its ADD COLUMN', async () => {
    const anchor = '  displayName String?   @map("display_name") @db.VarChar(255)\n';
    expect(schema6).toContain(anchor);
    const edited = schema6.replace(anchor, `${anchor}  bio         String?   @map("bio_text")\n`);
    const run = await runDist({ action: 'prisma-guard', repo: createFixtureRepo(umami6, { [SCHEMA]: edited }), inputs: INPUTS });
    expect(run.exitCode).toBe(1);
    const found = driftFindings(run);
    expect(found).toEqual([expect.objectContaining({ command: 'error', properties: expect.objectContaining({ file: SCHEMA, line: lineOf(edited, '@map("bio_text")') }) })]);
    expect(found[0].message).toMatch(/ALTER TABLE "user" ADD COLUMN\s+"bio_text" TEXT;/);
  });

  it('locates broken SQL in a Prisma 6 history (applied through executeRaw) as an error, not drift', async () => {
    const file = 'prisma/migrations/15_broken/migration.sql';
    const sql = '-- AlterTable\nALTER TABLE "user" ADD COLUMN "bio" TEXT;\nALTER TABLE "nope" ADD COLUMN "x" TEXT;\n';
    const run = await runDist({ action: 'prisma-guard', repo: createFixtureRepo(umami6, { [file]: sql }), inputs: INPUTS });
    const found = driftFindings(run);
    expect(found).toEqual([expect.objectContaining({ command: 'error', properties: expect.objectContaining({ file, line: '3', title: expect.stringContaining('prisma-drift-unchecked') }) })]);
    expect(found[0].message).toContain('"nope" does not exist');
  });
});
