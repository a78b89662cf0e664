import { NodeRepoFs } from '@shared/io/repo-fs';
import { findPrismaProjects } from './find-projects';
import { readGenerators } from './read-generators';
import { schemaWasm } from './schema-wasm';
import { writeTree } from './__fixtures__/write-tree';

describe('readGenerators', () => {
  it('resolves a prisma-client output against the schema file that declares it', () => {
    const fs = new NodeRepoFs(
      writeTree({
        'packages/db/package.json': '{}',
        'packages/db/prisma/schema.prisma': 'generator client {\n  provider = "prisma-client"\n  output   = "../src/generated/prisma"\n}\n\ndatasource db {\n  provider = "postgresql"\n}\n',
      }),
    );
    const [project] = findPrismaProjects(fs).projects;
    const info = readGenerators(fs, project, schemaWasm(7));
    expect(info.datasource).toMatchObject({ provider: 'postgresql' });
    expect(info.generators).toEqual([expect.objectContaining({ provider: 'prisma-client', output: 'packages/db/src/generated/prisma', outputWritten: true })]);
  });

  it('puts a prisma-client-js client beside the @prisma/client the package resolves', () => {
    const fs = new NodeRepoFs(
      writeTree({
        'node_modules/@prisma/client/package.json': '{"version":"6.19.0"}',
        'packages/db/package.json': '{}',
        'packages/db/prisma/schema.prisma': 'generator client {\n  provider = "prisma-client-js"\n}\n\ndatasource db {\n  provider = "sqlite"\n  url = "file:dev.db"\n}\n',
      }),
    );
    const [project] = findPrismaProjects(fs).projects;
    const [g] = readGenerators(fs, project, schemaWasm(6)).generators;
    expect(g).toMatchObject({ output: 'node_modules/.prisma/client', clientPackage: 'node_modules/@prisma/client', outputWritten: false });
  });
});
