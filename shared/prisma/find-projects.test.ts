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

  it('uses package.json prisma.schema when there is no config', () => {
    const fs = new NodeRepoFs(writeTree({ 'package.json': '{"prisma":{"schema":"db/main.prisma"}}', 'db/main.prisma': SCHEMA }));
    expect(findPrismaProjects(fs).projects[0]).toMatchObject({ schemaSource: 'package.json', schemaPath: 'db/main.prisma', migrationsDir: 'db/migrations' });
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
