import * as path from 'node:path';
import { createFixtureRepo, treeFromDir } from '../../../test/harness/fixture-repo';
import { runDist } from '../../../test/harness/run-dist';

const INIT = 'prisma/migrations/20250101000000_init/migration.sql';
const base = { ...treeFromDir(path.resolve(__dirname, '..', '__fixtures__', 'provider-mismatch')), 'prisma/migrations/migration_lock.toml': 'provider = "postgresql"\n' };
const initSql = base[INIT]!.toString();

describe('prisma-guard dist', () => {
  it('fails a PR that edits an applied migration, with an annotation at the changed line and the outputs set', async () => {
    const repo = createFixtureRepo(base, { [INIT]: initSql.replace('"email" TEXT NOT NULL', '"email" VARCHAR(320) NOT NULL') });
    const run = await runDist({ action: 'prisma-guard', repo, pr: { number: 7 }, inputs: { drift: 'skip' } });
    expect(run.exitCode).toBe(1);
    const errors = run.commands.filter((c) => c.command === 'error' && c.properties.file);
    expect(errors).toEqual([expect.objectContaining({ properties: expect.objectContaining({ file: INIT, line: '4' }), message: expect.stringContaining('has been edited') })]);
    expect(JSON.parse(run.outputs.schemas)).toEqual(['prisma/schema.prisma']);
    expect(run.outputs['schema-hash']).toMatch(/^[0-9a-f]{64}$/);
    expect(run.summary).toContain('Prisma 7 rules');
  });

  it('fails when drift cannot be checked, and never prints the shadow database URL', async () => {
    const repo = createFixtureRepo(base, { 'prisma/migrations/20250401000000_add_name/migration.sql': 'ALTER TABLE "User" ADD COLUMN "name" TEXT;\n' });
    const secret = 'postgresql://shadow:s3cr3t-pw@127.0.0.1:9/shadow';
    const run = await runDist({ action: 'prisma-guard', repo, pr: { number: 8 }, inputs: { 'shadow-database-url': secret } });
    expect(run.exitCode).toBe(1);
    expect(run.commands.find((c) => c.properties.title?.includes('prisma-drift-unchecked'))?.message).toContain('could not run');
    // The runner needs the value once, in ::add-mask::, to hide it everywhere else.
    const printed = (run.stdout + run.stderr + run.summary).split('\n').filter((l) => !l.startsWith('::add-mask::'));
    expect(printed.join('\n')).not.toContain('s3cr3t-pw');
  });

  it('reads a prisma.config.ts with a `${}` template and checks the schema it names', async () => {
    // The hand-written reader left a `${}` template to the TypeScript sidecar; Babel, bundled in index.js, reads it.
    const config = [
      "import path from 'node:path';",
      "import { defineConfig } from 'prisma/config';",
      'export default defineConfig({',
      "  schema: path.join('db', 'schema.prisma'),",
      "  migrations: { path: 'prisma/migrations' },",
      '  datasource: { url: `postgresql://${process.env.DB_HOST ?? "localhost"}:5432/app` },',
      '});',
    ].join('\n');
    const { 'prisma/schema.prisma': schema, ...rest } = base;
    const repo = createFixtureRepo({ ...rest, 'db/schema.prisma': schema!, 'prisma.config.ts': config }, {});
    const run = await runDist({ action: 'prisma-guard', repo, pr: { number: 10 }, inputs: { drift: 'skip' } });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.outputs.schemas)).toEqual(['db/schema.prisma']);
    expect(run.outputs['schema-hash']).toMatch(/^[0-9a-f]{64}$/);
  });

  it('fails on a prisma.config.ts with a syntax error, with an annotation at its line and column', async () => {
    const config = "import { defineConfig } from 'prisma/config';\nexport default defineConfig({\n  schema: 'prisma/schema.prisma'\n  migrations: { path: 'prisma/migrations' },\n});\n";
    const repo = createFixtureRepo(base, { 'prisma.config.ts': config });
    const run = await runDist({ action: 'prisma-guard', repo, pr: { number: 11 }, inputs: { drift: 'skip' } });
    expect(run.exitCode).toBe(1);
    const errors = run.commands.filter((c) => c.command === 'error' && c.properties.file === 'prisma.config.ts');
    expect(errors).toEqual([expect.objectContaining({ properties: expect.objectContaining({ line: '4', col: '3' }), message: expect.stringContaining('Unexpected token, expected ","') })]);
  });

  it('passes a clean PR with drift skipped', async () => {
    const repo = createFixtureRepo(base, { 'prisma/migrations/20250401000000_add_name/migration.sql': 'ALTER TABLE "User" ADD COLUMN "name" TEXT;\n' });
    const run = await runDist({ action: 'prisma-guard', repo, pr: { number: 9 }, inputs: { drift: 'skip' } });
    expect(run.exitCode).toBe(0);
  });
});
