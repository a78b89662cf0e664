import { createHash } from '../lazy-crypto';
import { compareStrings } from '../compare';
import type { RepoFs } from '@shared/io/repo-fs';
import { detectPrismaVersion } from './prisma-version';
import { readSchemaFiles } from './read-generators';
import { schemaWasm, type SchemaFiles, type SchemaWasm } from './schema-wasm';
import type { PrismaProject } from './types';
import { findPrismaProjects } from './find-projects';
import { ConfigurationError } from '@shared/errors';

/**
 * `schema-hash`: sha256 (hex) of the merged schema, i.e. the text Prisma's `merge_schemas` returns and
 * Prisma 7 writes into the client as `inlineSchema` (files merged in path order and formatted). Formatting
 * and file splits do not change it; any change to a model, enum, generator or datasource does.
 * Several projects: sha256 of the lines `<schema path> <hash>\n`, sorted by path.
 */
export function schemaHash(merged: string): string {
  return createHash('sha256').update(merged, 'utf8').digest('hex');
}

export function combinedHash(hashes: { schemaPath: string; hash: string }[]): string {
  if (hashes.length === 1) return hashes[0].hash;
  const lines = [...hashes].sort((a, b) => compareStrings(a.schemaPath, b.schemaPath)).map((h) => `${h.schemaPath} ${h.hash}\n`);
  return createHash('sha256').update(lines.join(''), 'utf8').digest('hex');
}

/**
 * The merged schema of one project, as prisma-guard validates it: the files discovery assigned to the project
 * (generated .prisma copies are not among them) merged by the schema WASM of the project's own Prisma major.
 * Throws what Prisma's merge throws; callers that already hold the files and WASM pass them in.
 */
export function mergedSchemaOf(fs: RepoFs, project: PrismaProject, wasm: SchemaWasm = schemaWasm(detectPrismaVersion(fs, project.packageDir).major), files: SchemaFiles = readSchemaFiles(fs, project)): string {
  return wasm.mergeSchemas(files);
}

/**
 * `schema-hash` of one project: the single definition prisma-guard's output, ledger-record's schema events and
 * @bickford/ledger's recordSchemaChange share, so each links the same schema versions.
 */
export function schemaHashOf(fs: RepoFs, project: PrismaProject, wasm?: SchemaWasm, files?: SchemaFiles): string {
  return schemaHash(mergedSchemaOf(fs, project, wasm, files));
}

/**
 * The hash of the schema at `schemaPath` (a file, or a multi-file folder) when no prisma-guard output was
 * passed: the project is found as prisma-guard finds it, so the files, the Prisma major and the hash agree.
 */
export function schemaHashAt(fs: RepoFs, schemaPath: string): string {
  const path = schemaPath.replace(/\/+$/, '') || '.';
  if (!fs.isDirectory(path) && !fs.isFile(path)) throw new ConfigurationError(`schema-path ${schemaPath} does not exist: point it at schema.prisma or its folder, or pass prisma-guard's schema-hash output`);
  const project = findPrismaProjects(fs, { schemas: [path] }).projects[0];
  if (!project || project.schemaFiles.length === 0) throw new ConfigurationError(`schema-path ${schemaPath} holds no .prisma files`);
  const version = detectPrismaVersion(fs, project.packageDir);
  if (version.foundMajor < 6) throw new ConfigurationError(`${schemaPath} uses Prisma ${version.version ?? version.foundMajor} (${version.source}), which Bickford cannot read: upgrade to Prisma 6 or later, or pass a schema-hash computed another way`);
  try {
    return schemaHashOf(fs, project, schemaWasm(version.major));
  } catch (e) {
    const detail = /"message":"(.*?)(?:\\n|")/.exec(String((e as Error).message ?? e))?.[1]?.replace(/\\u001b\[[0-9;]*m/g, '') ?? '';
    throw new ConfigurationError(`${schemaPath} is not a schema Prisma can read (${detail || 'merge failed'}): run prisma-guard on it, or pass its schema-hash output`);
  }
}
