import * as fs from 'node:fs';
import * as path from 'node:path';
import { commitBase, copyFixture, runEngine } from './harness';

const INIT = 'prisma/migrations/20250101000000_init/migration.sql';

function repoWithMigrations(): { root: string; base: string } {
  const root = copyFixture('provider-mismatch');
  fs.writeFileSync(path.join(root, 'prisma/migrations/migration_lock.toml'), 'provider = "postgresql"\n');
  fs.mkdirSync(path.join(root, 'prisma/migrations/20250301000000_add_name'), { recursive: true });
  fs.writeFileSync(path.join(root, 'prisma/migrations/20250301000000_add_name/migration.sql'), '-- AlterTable\nALTER TABLE "User" ADD COLUMN "name" TEXT;\n');
  return { root, base: commitBase(root) };
}

describe('checkMigrations', () => {
  it('reports an applied migration edited after the base at the first changed line', async () => {
    const { root, base } = repoWithMigrations();
    const file = path.join(root, INIT);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('"email" TEXT NOT NULL', '"email" VARCHAR(320) NOT NULL'));
    const r = await runEngine(root, {}, { base });
    const edited = r.findings.filter((f) => f.ruleId === 'prisma-migration-edited');
    expect(edited).toEqual([expect.objectContaining({ severity: 'error', location: { file: INIT, line: 4, column: 1 } })]);
    // What deploy really does: it skips applied migrations, so the edit is silently lost; it does not fail.
    expect(edited[0].message).toContain('`prisma migrate deploy` never runs an applied migration again');
    expect(edited[0].message).not.toContain('fails');
  });

  it('reports a deleted applied migration at its path', async () => {
    const { root, base } = repoWithMigrations();
    fs.rmSync(path.join(root, 'prisma/migrations/20250301000000_add_name'), { recursive: true });
    const r = await runEngine(root, {}, { base });
    expect(r.findings.filter((f) => f.ruleId === 'prisma-migration-edited')).toEqual([
      expect.objectContaining({ location: expect.objectContaining({ file: 'prisma/migrations/20250301000000_add_name/migration.sql' }) }),
    ]);
    expect(r.findings[0].message).toContain('deleted');
  });

  it('reports a new migration that sorts before the newest one at the base', async () => {
    const { root, base } = repoWithMigrations();
    fs.mkdirSync(path.join(root, 'prisma/migrations/20250201000000_late_merge'));
    fs.writeFileSync(path.join(root, 'prisma/migrations/20250201000000_late_merge/migration.sql'), 'ALTER TABLE "User" ADD COLUMN "age" INTEGER;\n');
    const r = await runEngine(root, {}, { base });
    expect(r.findings).toEqual([expect.objectContaining({ ruleId: 'prisma-migration-out-of-order', location: { file: 'prisma/migrations/20250201000000_late_merge/migration.sql', line: 1, column: 1 } })]);
  });

  it('accepts a new migration after the base and unchanged applied ones', async () => {
    const { root, base } = repoWithMigrations();
    fs.mkdirSync(path.join(root, 'prisma/migrations/20250401000000_add_age'));
    fs.writeFileSync(path.join(root, 'prisma/migrations/20250401000000_add_age/migration.sql'), 'ALTER TABLE "User" ADD COLUMN "age" INTEGER;\n');
    expect((await runEngine(root, {}, { base })).findings).toEqual([]);
  });
});
