import { NodeRepoFs } from '@shared/io/repo-fs';
import { findPrismaProjects } from './find-projects';
import { writeTree } from './__fixtures__/write-tree';

const SCHEMA = 'datasource db {\n  provider = "postgresql"\n}\n';

describe('findPrismaProjects', () => {
  it('finds a default schema in each package and puts migrations beside it', () => {
    const fs = new NodeRepoFs(writeTree({ 'package.json': '{}', 'packages/db/package.json': '{}', 'packages/db/prisma/schema.prisma': SCHEMA }));
    const { projects, strays } = findPrismaProjects(fs);
    expect(projects).toHaveLength(1);
    expect(projects[0]).toMatchObject({ packageDir: 'packages/db', schemaSource: 'default', schemaPath: 'packages/db/prisma/schema.prisma', schemaKind: 'file', migrationsDir: 'packages/db/prisma/migrations' });
    expect(strays).toEqual([]);
  });

  it('follows prisma.config.ts to a folder schema and its migrations path', () => {
    const fs = new NodeRepoFs(
      writeTree({
        'db/package.json': '{}',
        'db/prisma.config.ts': "import path from 'node:path';\nimport { defineConfig } from 'prisma/config';\nexport default defineConfig({\n  schema: path.join(__dirname, 'schema'),\n  migrations: { path: './sql/migrations' },\n});\n",
        'db/schema/base.prisma': SCHEMA,
        'db/schema/models/user.prisma': 'model User {\n  id Int @id\n}\n',
      }),
    );
    const [p] = findPrismaProjects(fs).projects;
    expect(p).toMatchObject({ configFile: 'db/prisma.config.ts', schemaSource: 'prisma.config.ts', schemaPath: 'db/schema', schemaKind: 'folder', migrationsDir: 'db/sql/migrations', migrationsDirFromConfig: true });
    expect(p.schemaFiles).toEqual(['db/schema/base.prisma', 'db/schema/models/user.prisma']);
  });

  it('uses package.json prisma.schema with Prisma 6, which honours it', () => {
    const fs = new NodeRepoFs(writeTree({ 'package.json': '{"prisma":{"schema":"db/main.prisma"},"devDependencies":{"prisma":"6.19.0"}}', 'db/main.prisma': SCHEMA, 'schema.prisma': SCHEMA }));
    expect(findPrismaProjects(fs).projects[0]).toMatchObject({ schemaSource: 'package.json', schemaPath: 'db/main.prisma', migrationsDir: 'db/migrations' });
  });

  it('ignores package.json prisma.schema with Prisma 7, as its CLI does, and finds ./schema.prisma before prisma/schema.prisma', () => {
    // Checked with the real CLIs: `prisma validate` 7.10.1 prints "Prisma schema loaded from schema.prisma" for this tree, 6.19.0 loads db/main.prisma.
    const fs = new NodeRepoFs(writeTree({ 'package.json': '{"prisma":{"schema":"db/main.prisma"},"devDependencies":{"prisma":"7.10.1"}}', 'db/main.prisma': SCHEMA, 'schema.prisma': SCHEMA, 'prisma/schema.prisma': SCHEMA }));
    const d = findPrismaProjects(fs);
    expect(d.projects.map((p) => [p.schemaSource, p.schemaPath])).toEqual([['default', 'schema.prisma']]);
    expect(d.strays).toEqual(['db/main.prisma', 'prisma/schema.prisma']);
  });

  it('takes the schema a package.json script passes with --schema= or --schema, resolved from the package', () => {
    const scripts = { 'db:generate': 'dotenv -e ../../.env -- prisma generate --schema=./prisma/schema', migrate: "npx prisma migrate deploy --schema './prisma/schema'" };
    const fs = new NodeRepoFs(writeTree({ 'packages/db/package.json': JSON.stringify({ scripts }), 'packages/db/prisma/schema/a.prisma': SCHEMA, 'packages/db/prisma/schema/b.prisma': 'model B {\n  id Int @id\n}\n' }));
    const d = findPrismaProjects(fs);
    expect(d.projects.map((p) => [p.schemaSource, p.schemaPath, p.schemaKind])).toEqual([['script', 'packages/db/prisma/schema', 'folder']]);
    expect(d.strays).toEqual([]);
    expect(findPrismaProjects(new NodeRepoFs(writeTree({ 'package.json': JSON.stringify({ scripts: { x: 'prisma generate --schema=db/x.prisma' } }) }))).problems).toEqual([
      expect.objectContaining({ kind: 'schema-missing', message: expect.stringContaining('the `--schema` argument of a script in package.json') }),
    ]);
  });

  it('makes a copy of the schema in another package a stray unless a prisma.config.ts names it', () => {
    const tree = { 'packages/db/package.json': '{}', 'packages/db/prisma/schema.prisma': SCHEMA, 'packages/db/prisma/migrations/0_init/migration.sql': '', 'apps/web/package.json': '{}', 'apps/web/prisma/schema.prisma': SCHEMA };
    const d = findPrismaProjects(new NodeRepoFs(writeTree(tree)));
    expect(d.projects.map((p) => p.schemaPath)).toEqual(['packages/db/prisma/schema.prisma']);
    expect(d.copies).toEqual(['apps/web/prisma/schema.prisma']);
    expect(d.strays).toEqual(['apps/web/prisma/schema.prisma']);
    const both = findPrismaProjects(new NodeRepoFs(writeTree({ ...tree, 'apps/web/prisma.config.ts': "export default { schema: 'prisma/schema.prisma' };\n", 'packages/db/prisma.config.ts': "export default { schema: 'prisma/schema.prisma' };\n" })));
    expect(both.projects.map((p) => p.schemaPath)).toEqual(['apps/web/prisma/schema.prisma', 'packages/db/prisma/schema.prisma']);
    expect(both.strays).toEqual([]);
  });

  it('does not report env() behind a condition on an unset variable, as Prisma loading the file would not call it', () => {
    const config = "import { defineConfig, env } from 'prisma/config';\nexport default defineConfig({\n  datasource: {\n    url: env('DATABASE_URL'),\n    ...(process.env.SHADOW_DATABASE_URL && { shadowDatabaseUrl: env('SHADOW_DATABASE_URL') }),\n    directUrl: process.env.DIRECT ?? env('DIRECT_FALLBACK'),\n  },\n});\n";
    const fs = new NodeRepoFs(writeTree({ 'prisma.config.ts': config, 'prisma/schema.prisma': SCHEMA }));
    expect(findPrismaProjects(fs, { env: { DATABASE_URL: 'postgres://x', DIRECT: 'postgres://d' } }).projects[0].problems).toEqual([]);
    expect(findPrismaProjects(fs, { env: { DATABASE_URL: 'postgres://x', SHADOW_DATABASE_URL: 'x' } }).projects[0].problems.map((p) => p.message)).toEqual([expect.stringContaining("env('DIRECT_FALLBACK')")]);
    // Set but empty: prisma/config's env() throws on `!value`.
    expect(findPrismaProjects(fs, { env: { DATABASE_URL: '', DIRECT: 'd' } }).projects[0].problems.map((p) => p.message)).toEqual([expect.stringContaining("env('DATABASE_URL')")]);
  });

  it('keeps the findings of both configs when two name the same schema', () => {
    const throwing = "import { defineConfig, env } from 'prisma/config';\nexport default defineConfig({ schema: '../prisma/schema.prisma', datasource: { url: env('URL_A') } });\n";
    const fs = new NodeRepoFs(writeTree({ 'prisma/schema.prisma': SCHEMA, 'a/prisma.config.ts': throwing, 'b/prisma.config.ts': throwing.replace('URL_A', 'URL_B') }));
    const d = findPrismaProjects(fs, { env: {} });
    expect([...d.problems, ...d.projects.flatMap((p) => p.problems)].map((p) => p.message).sort()).toEqual([expect.stringContaining('URL_A'), expect.stringContaining('URL_B')]);
  });

  it('reports a configured migrations path that does not exist, at the setting', () => {
    const fs = new NodeRepoFs(writeTree({ 'prisma.config.ts': "export default {\n  schema: 'prisma/schema.prisma',\n  migrations: { path: 'db/migrations' },\n};\n", 'prisma/schema.prisma': SCHEMA }));
    expect(findPrismaProjects(fs).projects[0].problems).toEqual([expect.objectContaining({ kind: 'migrations-missing', location: expect.objectContaining({ file: 'prisma.config.ts', line: 3 }) })]);
  });

  it('reports .prisma files no project loads as strays, but not generated copies', () => {
    const fs = new NodeRepoFs(
      writeTree({
        'prisma/schema.prisma': SCHEMA,
        'apps/web/prisma/old.prisma': SCHEMA,
        'packages/db/src/generated/prisma/schema.prisma': SCHEMA,
      }),
    );
    expect(findPrismaProjects(fs).strays).toEqual(['apps/web/prisma/old.prisma']);
  });

  it('reports a config whose env() call would throw, at the call', () => {
    const fs = new NodeRepoFs(
      writeTree({
        'prisma.config.ts': "import { defineConfig, env } from 'prisma/config';\nexport default defineConfig({\n  schema: 'prisma/schema.prisma',\n  datasource: { url: env('DATABASE_URL') },\n});\n",
        'prisma/schema.prisma': SCHEMA,
      }),
    );
    const [p] = findPrismaProjects(fs, { env: {} }).projects;
    expect(p.problems).toEqual([expect.objectContaining({ kind: 'config-throws', location: expect.objectContaining({ file: 'prisma.config.ts', line: 4, column: 22 }) })]);
    expect(findPrismaProjects(fs, { env: { DATABASE_URL: 'postgres://x' } }).projects[0].problems).toEqual([]);
  });

  it('reports a config with a syntax error at its line and column, and reads no value from it', () => {
    const fs = new NodeRepoFs(writeTree({ 'prisma.config.ts': "export default {\n  schema: 'db/schema.prisma'\n  migrations: { path: 'm' },\n};\n", 'prisma/schema.prisma': SCHEMA }));
    const [p] = findPrismaProjects(fs).projects;
    expect(p).toMatchObject({ schemaSource: 'default', schemaPath: 'prisma/schema.prisma' });
    expect(p.problems).toEqual([
      { kind: 'config-parse', message: 'cannot parse prisma.config.ts: Unexpected token, expected ",", so every prisma command fails to load it', location: { file: 'prisma.config.ts', line: 3, column: 3 } },
    ]);
  });

  it('counts a variable from .env as set when the config loads dotenv', () => {
    const fs = new NodeRepoFs(
      writeTree({
        'prisma.config.ts': "import 'dotenv/config';\nimport { defineConfig, env } from 'prisma/config';\nexport default defineConfig({ datasource: { url: env('DATABASE_URL') } });\n",
        '.env': 'DATABASE_URL="postgres://localhost/x"\n',
        'prisma/schema.prisma': SCHEMA,
      }),
    );
    expect(findPrismaProjects(fs, { env: {} }).projects[0].problems).toEqual([]);
  });

  it('says where it looked when a config names a schema that does not exist', () => {
    const fs = new NodeRepoFs(writeTree({ 'prisma.config.ts': "export default { schema: 'db/schema.prisma' };\n" }));
    const d = findPrismaProjects(fs);
    expect(d.projects).toEqual([]);
    expect(d.looked).toContain('db/schema.prisma');
    expect(d.problems).toEqual([expect.objectContaining({ kind: 'schema-missing' })]);
  });

  it('keeps only the canonical schemas when they are listed, making the others strays', () => {
    const fs = new NodeRepoFs(writeTree({ 'a/package.json': '{}', 'a/prisma/schema.prisma': SCHEMA, 'b/package.json': '{}', 'b/prisma/schema.prisma': SCHEMA }));
    const d = findPrismaProjects(fs, { schemas: ['b/prisma/schema.prisma'] });
    expect(d.projects.map((p) => p.schemaPath)).toEqual(['b/prisma/schema.prisma']);
    expect(d.strays).toEqual(['a/prisma/schema.prisma']);
  });
});
