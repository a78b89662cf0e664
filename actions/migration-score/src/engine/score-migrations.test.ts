import { activeFindings } from '@shared/findings/finding';
import { isConfigurationError } from '@shared/errors';
import { engineContext, inputs, makeRepo, removeRepo } from '../testing/engine-context';
import { scoreMigrations } from './score-migrations';

const LOCK = { 'prisma/migrations/migration_lock.toml': 'provider = "postgresql"\n' };
const INIT = { 'prisma/migrations/20240101000000_init/migration.sql': 'CREATE TABLE "User" ("id" TEXT NOT NULL, "bio" TEXT, "name" TEXT);\n' };
const DROP = 'prisma/migrations/20240202000000_drop_bio/migration.sql';
const roots: string[] = [];
afterAll(() => roots.forEach(removeRepo));

function repo(files: Record<string, string | Buffer>): string {
  const root = makeRepo({ ...LOCK, ...INIT, ...files });
  roots.push(root);
  return root;
}
const added = (...paths: string[]) => paths.map((path) => ({ path, status: 'added' as const }));

describe('scoreMigrations', () => {
  it('scores only the migrations the pull request adds, at the statement line', async () => {
    const root = repo({ [DROP]: '-- drop it\n\nALTER TABLE "User" DROP COLUMN "bio";\n' });
    const result = await scoreMigrations(inputs(), engineContext(root, { changed: added(DROP) }));
    const drop = result.findings.find((f) => f.ruleId === 'ban-drop-column');
    expect(drop?.location).toMatchObject({ file: DROP, line: 3, column: 20 });
    expect(drop?.severity).toBe('error');
    expect(result.outputs).toEqual({ 'risk-score': '0.90', regressive: 'true', migrations: '1' });
    expect(result.findings.some((f) => f.ruleId === 'risk-threshold' && f.severity === 'error')).toBe(true);
  });

  it('treats a table created by an earlier migration of the same pull request as new and empty', async () => {
    const create = 'prisma/migrations/20240201000000_post/migration.sql';
    const root = repo({ [create]: 'CREATE TABLE "Post" ("id" TEXT, "x" TEXT);\n', [DROP]: 'ALTER TABLE "Post" DROP COLUMN "x";\nCREATE INDEX "Post_id_idx" ON "Post"("id");\n' });
    const result = await scoreMigrations(inputs(), engineContext(root, { changed: added(create, DROP) }));
    expect(result.findings).toEqual([]);
    expect(result.outputs['risk-score']).toBe('0.00');
  });

  it('approves regressive findings by label and shows the approval, while the score still counts them', async () => {
    const root = repo({ [DROP]: 'ALTER TABLE "User" DROP COLUMN "bio";\n' });
    const result = await scoreMigrations(inputs(), engineContext(root, { changed: added(DROP), labels: ['migration-approved'] }));
    const drop = result.findings.find((f) => f.ruleId === 'ban-drop-column');
    expect(drop?.suppressed).toMatchObject({ kind: 'approval', reason: expect.stringContaining('migration-approved') });
    expect(activeFindings(result.findings).filter((f) => f.severity === 'error')).toEqual([]);
    expect(result.outputs['risk-score']).toBe('0.90');
  });

  it('approves one statement with a bickford-approve comment and its reason', async () => {
    const root = repo({ [DROP]: '-- bickford-approve ban-drop-column: bio unused since v41\nALTER TABLE "User" DROP COLUMN "bio";\nALTER TABLE "User" DROP COLUMN "name";\n' });
    const result = await scoreMigrations(inputs({ maxRisk: 1 }), engineContext(root, { changed: added(DROP) }));
    const drops = result.findings.filter((f) => f.ruleId === 'ban-drop-column');
    expect(drops.map((f) => [f.location?.line, f.suppressed?.reason])).toEqual([
      [2, 'bio unused since v41'],
      [3, undefined],
    ]);
  });

  it('reports a suppression without a reason and does not apply it', async () => {
    const root = repo({ [DROP]: '-- bickford-ignore ban-drop-column\nALTER TABLE "User" DROP COLUMN "bio";\n' });
    const result = await scoreMigrations(inputs(), engineContext(root, { changed: added(DROP) }));
    expect(result.findings.find((f) => f.ruleId === 'invalid-suppression')?.location).toMatchObject({ line: 1, column: 4 });
    expect(result.findings.find((f) => f.ruleId === 'ban-drop-column')?.suppressed).toBeUndefined();
  });

  it('reports a suppression naming an unknown rule', async () => {
    const root = repo({ [DROP]: '-- bickford-ignore-file ban-drop-colum: typo\nALTER TABLE "User" DROP COLUMN "bio";\n' });
    const result = await scoreMigrations(inputs(), engineContext(root, { changed: added(DROP) }));
    expect(result.findings.find((f) => f.ruleId === 'invalid-suppression')?.message).toContain('ban-drop-colum');
  });

  it('ignores a rule for the whole file, and the ignored finding does not count towards the score', async () => {
    const root = repo({ [DROP]: '-- bickford-ignore-file ban-drop-column, require-lock-timeout: scratch column\nALTER TABLE "User" DROP COLUMN "bio";\n' });
    const result = await scoreMigrations(inputs(), engineContext(root, { changed: added(DROP) }));
    expect(activeFindings(result.findings)).toEqual([]);
    expect(result.outputs['risk-score']).toBe('0.00');
  });

  it('gates on max-risk with a trace of the statements behind the score', async () => {
    const idx = 'prisma/migrations/20240202000000_idx/migration.sql';
    const root = repo({ [idx]: 'CREATE INDEX "User_bio_idx" ON "User"("bio");\n' });
    const low = await scoreMigrations(inputs(), engineContext(root, { changed: added(idx) }));
    expect(low.outputs['risk-score']).toBe('0.10');
    expect(low.findings.some((f) => f.ruleId === 'risk-threshold')).toBe(false);
    const strict = await scoreMigrations(inputs({ maxRisk: 0.05 }), engineContext(root, { changed: added(idx) }));
    const gate = strict.findings.find((f) => f.ruleId === 'risk-threshold');
    expect(gate?.trace?.map((t) => t.location.line)).toEqual([1]);
  });

  it('downgrades regressive findings to warnings when fail-on-regressive is false', async () => {
    const root = repo({ [DROP]: 'ALTER TABLE "User" DROP COLUMN "bio";\n' });
    const result = await scoreMigrations(inputs({ failOnRegressive: false, maxRisk: 1 }), engineContext(root, { changed: added(DROP) }));
    expect(result.findings.find((f) => f.ruleId === 'ban-drop-column')?.severity).toBe('warning');
    expect(result.outputs.regressive).toBe('true');
  });

  it("attaches Prisma's data-loss warning to the finding it is about", async () => {
    const sql = '/*\n  Warnings:\n\n  - You are about to drop the column `bio` on the `User` table. All the data in the column will be lost.\n\n*/\n-- AlterTable\nALTER TABLE "User" DROP COLUMN "bio";\n';
    const root = repo({ [DROP]: sql });
    const result = await scoreMigrations(inputs(), engineContext(root, { changed: added(DROP) }));
    const drop = result.findings.find((f) => f.ruleId === 'ban-drop-column');
    expect(drop?.trace).toEqual([{ location: expect.objectContaining({ line: 4, column: 5 }), note: expect.stringContaining('You are about to drop the column `bio`') }]);
  });

  it('scores every migration with `all`, each as its own deploy', async () => {
    const root = repo({ [DROP]: 'ALTER TABLE "User" DROP COLUMN "bio";\n' });
    const result = await scoreMigrations(inputs({ all: true }), engineContext(root));
    expect(result.outputs.migrations).toBe('2');
    expect(result.findings.some((f) => f.ruleId === 'ban-drop-column')).toBe(true);
    const data = result.data as { migrations: { name: string; risk: number }[] };
    expect(data.migrations.map((m) => m.name)).toEqual(['20240101000000_init', '20240202000000_drop_bio']);
  });

  it('reports an edited applied migration as an error', async () => {
    const init = 'prisma/migrations/20240101000000_init/migration.sql';
    const root = repo({});
    const result = await scoreMigrations(inputs(), engineContext(root, { changed: [{ path: init, status: 'modified' }] }));
    expect(result.findings.filter((f) => f.ruleId === 'edited-migration').map((f) => [f.location?.file, f.severity])).toEqual([[init, 'error']]);
  });

  describe('the gate, with an applied migration edited in the same pull request', () => {
    const init = 'prisma/migrations/20240101000000_init/migration.sql';
    const middle = 'prisma/migrations/20240115000000_post/migration.sql';
    const edit = (head: string, base: string | undefined) => {
      const root = repo({ [init]: head, [middle]: 'CREATE TABLE "Post" ("id" TEXT, "title" TEXT);\n', [DROP]: 'ALTER TABLE "User" DROP COLUMN "bio";\nDROP TABLE "Post";\n' });
      const ctx = engineContext(root, { changed: [{ path: init, status: 'modified' }, ...added(DROP)] });
      ctx.git = { ...ctx.git, show: (ref, file) => (ref === 'base' && file === `./${init}` ? base : undefined) };
      return scoreMigrations(inputs(), ctx);
    };
    const INIT_SQL = 'CREATE TABLE "User" ("id" TEXT NOT NULL, "bio" TEXT, "name" TEXT);\n';

    it("judges the new migration against the base's full history: the edit changes nothing", async () => {
      const result = await edit(`-- a comment\n${INIT_SQL}`, INIT_SQL);
      const denied = result.findings.filter((f) => f.severity === 'error').map((f) => `${f.ruleId} ${f.location?.file}:${f.location?.line}`);
      expect(denied.sort()).toEqual([`ban-drop-column ${DROP}:1`, `ban-drop-table ${DROP}:2`, `edited-migration ${init}:1`, `risk-threshold ${DROP}:1`]);
      expect(result.outputs['risk-score']).toBe('1.00');
    });

    it('replays the base version of the edited file, not the edit', async () => {
      // The edit drops "bio" from the CREATE TABLE; databases still have it, with its values.
      const result = await edit('CREATE TABLE "User" ("id" TEXT NOT NULL, "name" TEXT);\n', INIT_SQL);
      expect(result.findings.find((f) => f.ruleId === 'ban-drop-column')?.message).toContain('bio');
    });

    it('replays the working tree when the base is not in a shallow checkout, and says so', async () => {
      const root = repo({ [init]: `-- edited\n${INIT_SQL}`, [DROP]: 'ALTER TABLE "User" DROP COLUMN "bio";\n' });
      const ctx = engineContext(root, { changed: [{ path: init, status: 'modified' }, ...added(DROP)] });
      const result = await scoreMigrations(inputs(), ctx);
      expect(result.findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['edited-migration', 'ban-drop-column']));
      expect(ctx.logger.lines.some((l) => /base version of edited migration/.test(l))).toBe(true);
    });
  });

  it('judges a PR migration that sorts before the newest applied one against the whole history', async () => {
    const later = 'prisma/migrations/20240301000000_post/migration.sql';
    const early = 'prisma/migrations/20240115000000_drop_post/migration.sql';
    const root = repo({ [later]: 'CREATE TABLE "Post" ("id" TEXT);\n', [early]: 'DROP TABLE "Post";\n' });
    const result = await scoreMigrations(inputs(), engineContext(root, { changed: added(early) }));
    expect(result.findings.map((f) => f.ruleId)).toContain('ban-drop-table');
  });

  it('gives every migration over max-risk its own short threshold finding', async () => {
    const second = 'prisma/migrations/20240303000000_drop_name/migration.sql';
    const many = Array.from({ length: 40 }, (_, i) => `ALTER TABLE "User" ADD COLUMN "c${i}" TEXT NOT NULL;`).join('\n');
    const root = repo({ [DROP]: `ALTER TABLE "User" DROP COLUMN "bio";\n${many}\n`, [second]: 'ALTER TABLE "User" DROP COLUMN "name";\n' });
    const result = await scoreMigrations(inputs(), engineContext(root, { changed: added(DROP, second) }));
    const gates = result.findings.filter((f) => f.ruleId === 'risk-threshold');
    expect(gates.map((f) => f.location?.file).sort()).toEqual([DROP, second].sort());
    const first = gates.find((f) => f.location?.file === DROP)!;
    expect(first.message).toBe('Risk 1.00 of 20240202000000_drop_bio exceeds max-risk 0.50 (ban-add-required-column ×40 +12.0, ban-drop-column +0.9); the report lists every contribution.');
    expect(first.trace?.length).toBe(10);
  });

  it('reports require-lock-timeout once per pull request, as a notice that adds no risk', async () => {
    const second = 'prisma/migrations/20240303000000_more/migration.sql';
    const root = repo({ [DROP]: 'ALTER TABLE "User" ADD COLUMN "nick" TEXT;\n', [second]: 'ALTER TABLE "User" ADD COLUMN "plan" TEXT DEFAULT \'free\';\n' });
    const result = await scoreMigrations(inputs(), engineContext(root, { changed: added(DROP, second) }));
    expect(result.findings.map((f) => [f.ruleId, f.severity, f.location?.file])).toEqual([['require-lock-timeout', 'notice', DROP]]);
    expect(result.outputs['risk-score']).toBe('0.00');
    const quiet = await scoreMigrations(inputs({ lockTimeout: 'connection' }), engineContext(root, { changed: added(DROP, second) }));
    expect(quiet.findings).toEqual([]);
  });

  it('says which statements it cannot see into, with their lines', async () => {
    const root = repo({ [DROP]: 'DO $$ BEGIN EXECUTE \'DROP TABLE "User"\'; END $$;\nCREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;\nWITH gone AS (\n  DELETE FROM "User" RETURNING *\n) SELECT count(*) FROM gone;\n' });
    const result = await scoreMigrations(inputs(), engineContext(root, { changed: added(DROP) }));
    const notices = result.findings.filter((f) => f.ruleId === 'not-analysed').map((f) => [f.properties?.messageId, f.location?.line, f.severity]);
    expect(notices).toEqual([
      ['doBlock', 1, 'notice'],
      ['function', 2, 'notice'],
      ['cte', 3, 'notice'],
    ]);
  });

  it("attaches Prisma's warning only to the finding whose operation it describes", async () => {
    const sql = '/*\n  Warnings:\n\n  - You are about to drop the column `bio` on the `User` table. All the data in the column will be lost.\n\n*/\nALTER TABLE "User" ALTER COLUMN "bio" DROP NOT NULL;\nALTER TABLE "User" DROP COLUMN "bio";\n';
    const root = repo({ [DROP]: sql });
    const result = await scoreMigrations(inputs(), engineContext(root, { changed: added(DROP) }));
    const traced = result.findings.filter((f) => f.properties?.prismaWarning).map((f) => f.ruleId);
    expect(traced).toEqual(['ban-drop-column']);
    expect(result.findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['ban-drop-not-null', 'require-lock-timeout']));
  });

  it('builds one table row per migration and the SQL of flagged statements', async () => {
    const root = repo({ [DROP]: 'ALTER TABLE "User" ADD COLUMN "x" TEXT;\nALTER TABLE "User" DROP COLUMN "bio";\n' });
    const result = await scoreMigrations(inputs(), engineContext(root, { changed: added(DROP) }));
    const table = result.sections?.find((s) => s.kind === 'table');
    expect(table?.kind === 'table' && table.rows).toEqual([[{ code: '20240202000000_drop_bio' }, '0.90', 'yes', expect.stringContaining('ban-drop-column (line 2)')]]);
    const code = result.sections?.find((s) => s.kind === 'code');
    expect(code?.kind === 'code' && code.code).toContain('-- line 2: ban-drop-column');
  });

  it('fails with a configuration error naming the glob when paths match nothing', async () => {
    const root = repo({});
    const error = await scoreMigrations(inputs({ paths: ['db/**/*.sql'] }), engineContext(root)).catch((e: unknown) => e);
    expect(isConfigurationError(error) && (error as Error).message).toContain('db/**/*.sql');
  });

  it('says there is nothing to check, and passes, when no migrations folder exists', async () => {
    const root = makeRepo({ 'package.json': '{"name":"x"}' });
    roots.push(root);
    const result = await scoreMigrations(inputs({ all: true }), engineContext(root));
    expect(result.findings).toEqual([]);
    expect(result.headline).toMatch(/^Nothing to check: no migrations folder/);
  });

  it('says there is nothing to check in a repository that uses db push (a schema, no migrations folder)', async () => {
    const root = makeRepo({ 'prisma/schema.prisma': 'datasource db {\n  provider = "postgresql"\n}\n' });
    roots.push(root);
    const result = await scoreMigrations(inputs({ all: true }), engineContext(root));
    expect(result.findings).toEqual([]);
    expect(result.headline).toContain('prisma/migrations does not exist; a repository that uses `prisma db push` has none');
  });

  it('names the config file when prisma.config.ts points at a folder that does not exist', async () => {
    const root = makeRepo({
      'prisma/schema.prisma': 'datasource db {\n  provider = "postgresql"\n}\n',
      'prisma.config.ts': "import { defineConfig } from 'prisma/config';\nexport default defineConfig({\n  schema: 'prisma/schema.prisma',\n  migrations: { path: 'db/migrations' },\n});\n",
    });
    roots.push(root);
    const error = await scoreMigrations(inputs({ all: true }), engineContext(root)).catch((e: unknown) => e);
    expect(isConfigurationError(error) && (error as Error).message).toContain('db/migrations');
  });

  it('scores nothing, and says why, in Actions without a pull request', async () => {
    const root = repo({});
    const result = await scoreMigrations(inputs(), engineContext(root, { inActions: true }));
    expect(result.outputs.migrations).toBe('0');
    expect(result.headline).toMatch(/all: true/);
  });
});
