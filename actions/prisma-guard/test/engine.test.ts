import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { schemaWasm } from '@shared/prisma';
import { copyFixture, FIXTURES, rulesOf, runEngine } from './harness';

describe('runPrismaGuard', () => {
  it('passes a formatted Prisma 7 file schema with a fresh client, and says which rules it used', async () => {
    const r = await runEngine(path.join(FIXTURES, 'p7-file'));
    expect(r.findings).toEqual([]);
    expect(r.headline).toMatch(/1 Prisma schema checked with Prisma 7 rules \(7\.10\.1 from package\.json; schema WASM 8\./);
    expect(JSON.parse(r.outputs.schemas)).toEqual(['prisma/schema.prisma']);
  });

  it('outputs schema-hash as the sha256 of the merged schema', async () => {
    const root = path.join(FIXTURES, 'p7-folder');
    const r = await runEngine(root);
    const fs = await import('node:fs');
    const files = ['main', 'post', 'user'].map((n): [string, string] => [`prisma/schema/${n}.prisma`, fs.readFileSync(path.join(root, `prisma/schema/${n}.prisma`), 'utf8')]);
    expect(r.outputs['schema-hash']).toBe(createHash('sha256').update(schemaWasm(7).mergeSchemas(files)).digest('hex'));
  });

  it('checks a folder schema as one schema with a fresh client', async () => {
    const r = await runEngine(path.join(FIXTURES, 'p7-folder'));
    expect(r.findings).toEqual([]);
    expect(r.data?.projects).toEqual([expect.objectContaining({ schemaPath: 'prisma/schema', schemaFiles: ['prisma/schema/main.prisma', 'prisma/schema/post.prisma', 'prisma/schema/user.prisma'] })]);
  });

  it('leaves out paths the ignore input names, for fixtures that are schemas on purpose', async () => {
    const r = await runEngine(path.join(FIXTURES, 'stray'), { ignore: ['apps/web/**'] });
    expect(r.findings.filter((f) => f.ruleId === 'prisma-stray-schema')).toEqual([]);
  });

  it('reports a stray schema at its path', async () => {
    const r = await runEngine(path.join(FIXTURES, 'stray'));
    expect(r.findings).toEqual([expect.objectContaining({ ruleId: 'prisma-stray-schema', location: { file: 'apps/web/prisma/schema.prisma', line: 1, column: 1 } })]);
  });

  it('reports a schema error at its exact line and column, after non-ASCII text', async () => {
    const r = await runEngine(path.join(FIXTURES, 'schema-error'));
    expect(r.findings).toEqual([
      expect.objectContaining({ ruleId: 'prisma-schema-invalid', severity: 'error', location: { file: 'prisma/schema.prisma', line: 13, column: 11, endLine: 13, endColumn: 17 } }),
    ]);
    expect(r.findings[0].message).toContain('Profil');
  });

  it('validates with Prisma 6 rules when the repository uses Prisma 6', async () => {
    const r = await runEngine(path.join(FIXTURES, 'p6-file'));
    expect(r.findings).toEqual([]);
    expect(r.headline).toContain('Prisma 6 rules (^6.19.0');
  });

  it('rejects url in the datasource with Prisma 7 rules, at the url line', async () => {
    const r = await runEngine(path.join(FIXTURES, 'p7-url'));
    expect(r.findings).toEqual([expect.objectContaining({ ruleId: 'prisma-schema-invalid', location: expect.objectContaining({ file: 'prisma/schema.prisma', line: 8 }) })]);
    expect(r.findings[0].message).toMatch(/url.*no longer supported/);
  });

  it('warns about an unformatted schema with the lines prisma format would change', async () => {
    const r = await runEngine(path.join(FIXTURES, 'unformatted'));
    expect(rulesOf(r)).toEqual(['prisma-schema-unformatted']);
    const f = r.findings[0];
    expect(f).toMatchObject({ severity: 'warning', location: { file: 'prisma/schema.prisma', line: 11, column: 1 } });
    expect(f.trace?.map((t) => t.location.line)).toEqual([11]);
    expect(r.sections?.some((s) => s.kind === 'code' && s.code.includes('+  id    Int    @id @default(autoincrement())'))).toBe(true);
  });

  it('does not check formatting when check-format is false', async () => {
    expect((await runEngine(path.join(FIXTURES, 'unformatted'), { checkFormat: false })).findings).toEqual([]);
  });

  it('reports a client generated from an older schema as stale, naming what changed', async () => {
    const r = await runEngine(path.join(FIXTURES, 'stale-client'), { checkFormat: false });
    expect(r.findings).toEqual([expect.objectContaining({ ruleId: 'prisma-client-stale', severity: 'error', location: { file: 'prisma/schema.prisma', line: 1, column: 1 } })]);
    expect(r.findings[0].message).toContain('model User (changed)');
  });

  it('makes the client stale when a standalone /// doc comment changes, but not when a // comment does', async () => {
    // `prisma generate` 7.10.1 writes both doc comments of this schema into the client's inlineSchema, and the attached one into models/User.ts.
    const schema = (comment: string) => `generator client {\n  provider = "prisma-client"\n  output   = "../src/generated/prisma"\n}\n\ndatasource db {\n  provider = "postgresql"\n}\n\n${comment}\n\nmodel User {\n  id    Int    @id @default(autoincrement())\n  email String @unique\n}\n`;
    const doc = await runEngine(copyFixture('p7-file', { 'prisma/schema.prisma': schema('/// A standalone doc comment') }));
    expect(doc.findings).toEqual([expect.objectContaining({ ruleId: 'prisma-client-stale', message: expect.stringContaining('model User (changed)') })]);
    const plain = await runEngine(copyFixture('p7-file', { 'prisma/schema.prisma': schema('// a plain comment') }));
    expect(plain.findings).toEqual([]);
  });

  it('says Prisma 5 is unsupported instead of validating it with Prisma 6 rules', async () => {
    const root = copyFixture('p6-file', { 'package.json': '{ "name": "p5", "devDependencies": { "prisma": "^5.22.0" } }\n' });
    const r = await runEngine(root);
    expect(rulesOf(r)).toEqual(['prisma-version-unsupported']);
    expect(r.findings[0]).toMatchObject({ severity: 'error', location: { file: 'prisma/schema.prisma', line: 1 } });
    expect(r.headline).toBe('1 Prisma schema not checked: Prisma 5 and older are unsupported');
  });

  it("reports Prisma's validation warnings as prisma-schema-warning, not as an invalid schema", async () => {
    const schema = 'generator client {\n  provider        = "prisma-client"\n  output          = "../src/generated/prisma"\n  previewFeatures = ["driverAdapters"]\n}\n\ndatasource db {\n  provider = "postgresql"\n}\n\nmodel User {\n  id    Int    @id @default(autoincrement())\n  email String @unique\n}\n';
    const r = await runEngine(copyFixture('p7-file', { 'prisma/schema.prisma': schema }), { checkClient: false });
    expect(r.findings).toEqual([expect.objectContaining({ ruleId: 'prisma-schema-warning', severity: 'warning', message: expect.stringContaining('"driverAdapters" is deprecated'), location: expect.objectContaining({ line: 4 }) })]);
  });

  it('reports every stray in one folder as one error, naming the canonical schema', async () => {
    const r = await runEngine(copyFixture('p7-file', { 'old/a.prisma': 'model A {\n  id Int @id\n}\n', 'old/b.prisma': 'model B {\n  id Int @id\n}\n' }));
    expect(r.findings).toEqual([expect.objectContaining({ ruleId: 'prisma-stray-schema', severity: 'error', location: { file: 'old/a.prisma', line: 1, column: 1 } })]);
    expect(r.findings[0].message).toContain('2 Prisma schema files (old/a.prisma, old/b.prisma) are in old that no package loads; the canonical schema is prisma/schema.prisma');
  });

  it('reports a missing client as an error at the generator', async () => {
    const r = await runEngine(path.join(FIXTURES, 'missing-client'));
    expect(r.findings).toEqual([expect.objectContaining({ ruleId: 'prisma-client-missing', severity: 'error', location: { file: 'prisma/schema.prisma', line: 1, column: 1 } })]);
    expect(r.findings[0].message).toContain('src/generated/prisma');
  });

  it('warns when the client was generated by another Prisma version than the installed CLI', async () => {
    const root = copyFixture('version-mismatch', { 'node_modules/prisma/package.json': '{"name":"prisma","version":"7.10.1"}' });
    const r = await runEngine(root);
    expect(r.findings).toEqual([expect.objectContaining({ ruleId: 'prisma-client-version-mismatch', severity: 'warning' })]);
    expect(r.findings[0].message).toContain('7.9.0');
  });

  it('reports a migration_lock.toml that names another provider, at its provider line', async () => {
    const r = await runEngine(path.join(FIXTURES, 'provider-mismatch'));
    expect(r.findings).toEqual([
      expect.objectContaining({ ruleId: 'prisma-migration-lock-mismatch', location: { file: 'prisma/migrations/migration_lock.toml', line: 3, column: 12 } }),
    ]);
  });

  it('reports a config that throws as such, not as a missing schema', async () => {
    const r = await runEngine(path.join(FIXTURES, 'config-throws'), {}, { env: {} });
    expect(rulesOf(r)).toEqual(['prisma-config-throws']);
    expect(r.findings[0].location).toMatchObject({ file: 'prisma.config.ts', line: 6 });
    expect(r.findings[0].message).toContain("env('DATABASE_URL')");
    expect((await runEngine(path.join(FIXTURES, 'config-throws'), {}, { env: { DATABASE_URL: 'postgresql://h/db' } })).findings).toEqual([]);
  });

  it('reports a config with a syntax error as one that throws, at the line and column where it breaks', async () => {
    const r = await runEngine(copyFixture('p7-file', { 'prisma.config.ts': "import { defineConfig } from 'prisma/config';\nexport default defineConfig({\n  schema: 'prisma/schema.prisma',,\n});\n" }));
    expect(r.findings).toEqual([expect.objectContaining({ ruleId: 'prisma-config-throws', severity: 'error', location: { file: 'prisma.config.ts', line: 3, column: 34 } })]);
    expect(r.findings[0].message).toBe('cannot parse prisma.config.ts: Unexpected token, so every prisma command fails to load it');
  });

  it('says where it looked when there is no schema', async () => {
    const r = await runEngine(path.join(FIXTURES, 'no-schema'));
    expect(r.findings).toEqual([expect.objectContaining({ ruleId: 'prisma-schema-missing', severity: 'error' })]);
    expect(r.findings[0].message).toContain('schema.prisma, prisma/schema.prisma');
    expect(r.outputs['schema-hash']).toBe('');
  });
});
