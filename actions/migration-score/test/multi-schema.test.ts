import * as path from 'node:path';
import { activeFindings, type Finding } from '@shared/findings/finding';
import { treeFromDir } from '../../../test/harness/fixture-repo';
import { scoreMigrations } from '../src/engine/score-migrations';
import { engineContext, inputs, makeRepo, removeRepo } from '../src/testing/engine-context';

/** A Prisma 7 multiSchema project whose migrations Prisma's schema engine wrote: `User` in auth and in billing (see its README). */
const FIXTURE = treeFromDir(path.join(__dirname, 'fixtures/multi-schema'));
const PR = 'prisma/migrations/20250301000000_pr/migration.sql';
const PR2 = 'prisma/migrations/20250302000000_pr_two/migration.sql';
const CONFIG = "import { defineConfig, env } from 'prisma/config';\nexport default defineConfig({ schema: 'prisma/schema.prisma', datasource: { url: env('DATABASE_URL') } });\n";
const roots: string[] = [];
afterAll(() => roots.forEach(removeRepo));

async function score(files: Record<string, string>, env: Record<string, string> = {}) {
  const root = makeRepo({ ...FIXTURE, ...files } as Record<string, string | Buffer>);
  roots.push(root);
  const changed = Object.keys(files).filter((f) => f.endsWith('.sql')).map((p) => ({ path: p, status: 'added' as const }));
  const ctx = engineContext(root, { changed, env });
  const result = await scoreMigrations(inputs({ maxRisk: 1 }), ctx);
  return { ctx, denials: activeFindings(result.findings).filter((f) => f.severity === 'error').map(where) };
}
const where = (f: Finding) => `${f.ruleId} ${path.basename(path.dirname(f.location!.file))}:${f.location!.line}`;

describe('migration-score on a multiSchema history (the same table name in two schemas)', () => {
  it('keeps auth.User and billing.User apart: a column of one is not a column of the other', async () => {
    const sql = [
      '-- plan exists on billing.User only; email on auth.User only',
      'ALTER TABLE "billing"."User" DROP COLUMN "plan";',
      'ALTER TABLE "auth"."User" ADD COLUMN "plan" TEXT NOT NULL;',
      'ALTER TABLE "billing"."User" ADD COLUMN "email" TEXT;',
      'ALTER TABLE "billing"."User" DROP COLUMN "email";',
    ].join('\n');
    const { denials } = await score({ [PR]: sql });
    // Dropping billing.User.plan loses data; auth.User.plan is a required column added to a table with rows; the
    // email column this PR adds to billing.User and drops again held nothing (auth.User.email is another column).
    expect(denials.sort()).toEqual(['ban-add-required-column 20250301000000_pr:3', 'ban-drop-column 20250301000000_pr:2']);
  });

  it('does not take a drop in one schema for the other: billing.User dropped and re-created, auth.User still holds rows', async () => {
    const one = 'DROP TABLE "billing"."Invoice";\nDROP TABLE "billing"."User";\nCREATE TABLE "billing"."User" ("id" TEXT NOT NULL, "legacy" TEXT);\n';
    const two = 'ALTER TABLE "billing"."User" DROP COLUMN "legacy";\nALTER TABLE "auth"."User" DROP COLUMN "email";\n';
    const { denials } = await score({ [PR]: one, [PR2]: two });
    // The re-created billing.User is new and empty (its column drop is free); auth.User is the applied table.
    expect(denials.sort()).toEqual(['ban-drop-column 20250302000000_pr_two:2', 'ban-drop-table 20250301000000_pr:1', 'ban-drop-table 20250301000000_pr:2']);
  });

  it('resolves unqualified names through the URL ?schema= (Prisma sets search_path to it)', async () => {
    const one = 'CREATE TABLE "billing"."Audit" ("id" TEXT NOT NULL, "x" TEXT);\n';
    const two = '-- hand-written, unqualified\nALTER TABLE "Audit" DROP COLUMN "x";\n';
    const withSchema = await score({ 'prisma.config.ts': CONFIG, [PR]: one, [PR2]: two }, { DATABASE_URL: 'postgresql://u:p@db:5432/app?schema=billing' });
    // "Audit" is billing.Audit, created by this PR: dropping its column loses nothing.
    expect(withSchema.denials).toEqual([]);
    expect(withSchema.ctx.logger.lines.join('\n')).toContain('unqualified names in prisma/migrations resolve to schema billing (the ?schema= of DATABASE_URL (prisma.config.ts datasource.url)); multiSchema (auth, billing)');

    // Without ?schema= (or with the URL unknown to this job) search_path is public: public.Audit is a table this
    // history never created, so it counts as existing and full.
    for (const env of [{ DATABASE_URL: 'postgresql://u:p@db:5432/app' }, {}]) {
      const plain = await score({ 'prisma.config.ts': CONFIG, [PR]: one, [PR2]: two }, env);
      expect(plain.denials).toEqual(['ban-drop-column 20250302000000_pr_two:2']);
    }
  });

  it('reads a Prisma 6 url in the datasource block, literal or env()', async () => {
    const schema = FIXTURE['prisma/schema.prisma']!.toString();
    const withUrl = (url: string) => schema.replace('  schemas  = ["auth", "billing"]\n', `  url      = ${url}\n  schemas  = ["auth", "billing"]\n`);
    const one = 'CREATE TABLE "auth"."Audit" ("id" TEXT NOT NULL, "x" TEXT);\n';
    const two = 'ALTER TABLE "Audit" DROP COLUMN "x";\n';
    const literal = await score({ 'prisma/schema.prisma': withUrl('"postgresql://u@db/app?schema=auth&sslmode=require"'), [PR]: one, [PR2]: two });
    expect(literal.denials).toEqual([]);
    const fromEnv = await score({ 'prisma/schema.prisma': withUrl('env("PG_URL")'), [PR]: one, [PR2]: two }, { PG_URL: 'postgresql://u@db/app?schema=auth' });
    expect(fromEnv.denials).toEqual([]);
  });
});
