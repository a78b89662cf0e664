import type { RepoFs } from '@shared/io/repo-fs';
import type { PrismaProject } from './types';
import type { SchemaFiles, SchemaWasm } from './schema-wasm';
import { resolvePackageDir } from './node-modules';
import { dirOf, insideRepo, joinRel } from '@shared/io/repo-path';

export interface ResolvedGenerator {
  name: string;
  /** `prisma-client` (Prisma 7's TypeScript client), `prisma-client-js` (the classic client), or another generator. */
  provider: string;
  /** The schema file that declares the generator. */
  sourceFile: string;
  /** The generated client's directory, repository-relative; undefined when it cannot be known (not installed). */
  output?: string;
  /** `output` was written in the schema (else it is prisma-client-js's default beside @prisma/client). */
  outputWritten: boolean;
  /** For prisma-client-js: the @prisma/client package the application imports, repository-relative, when installed. */
  clientPackage?: string;
  previewFeatures: string[];
}

export interface SchemaInfo {
  datasource?: { name: string; provider: string; sourceFile: string };
  generators: ResolvedGenerator[];
}

/** Reads the schema's files through the RepoFs, in the [path, content] shape the WASM takes. */
export function readSchemaFiles(fs: RepoFs, project: Pick<PrismaProject, 'schemaFiles'>): SchemaFiles {
  return project.schemaFiles.map((f) => [f, fs.readText(f)]);
}

/**
 * The datasource and generators of a project, with each generator's output made repository-relative:
 * a written `output` is relative to the schema file that declares it; prisma-client-js without one
 * writes to node_modules/.prisma/client next to the @prisma/client that the package resolves.
 */
export function readGenerators(fs: RepoFs, project: PrismaProject, wasm: SchemaWasm, files: SchemaFiles = readSchemaFiles(fs, project)): SchemaInfo {
  const config = wasm.getConfig(files);
  const generators = config.generators.map((g): ResolvedGenerator => {
    const base = { name: g.name, provider: g.provider, sourceFile: g.sourceFile, previewFeatures: g.previewFeatures };
    if (g.output) {
      const output = joinRel(dirOf(g.sourceFile), g.output);
      return { ...base, output: insideRepo(output) ? output : undefined, outputWritten: true };
    }
    if (g.provider === 'prisma-client-js') {
      const clientPackage = resolvePackageDir(fs, project.packageDir, '@prisma/client');
      const output = clientPackage ? joinRel(clientPackage, '..', '..', '.prisma', 'client') : undefined;
      return { ...base, output, outputWritten: false, clientPackage };
    }
    return { ...base, outputWritten: false };
  });
  const ds = config.datasources[0];
  return { datasource: ds ? { name: ds.name, provider: ds.provider, sourceFile: ds.sourceFile } : undefined, generators };
}
