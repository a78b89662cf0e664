import { ConfigurationError } from '@shared/errors';
import type { RepoFs } from '@shared/io/repo-fs';
import { schemaHash } from '@shared/prisma/schema-hash';
import { schemaWasm, type SchemaFiles } from '@shared/prisma/schema-wasm';

/**
 * The schema's hash when prisma-guard's schema-hash output was not passed: the same definition as
 * prisma-guard's output (sha256 of Prisma's merged schema), so either way the ledger links the same versions.
 * A folder is Prisma's multi-file schema.
 */
export function computeSchemaHash(fs: RepoFs, schemaPath: string): string {
  let files: string[];
  if (fs.isDirectory(schemaPath)) files = fs.glob(`${schemaPath.replace(/\/$/, '')}/**/*.prisma`).sort();
  else if (fs.isFile(schemaPath)) files = [schemaPath];
  else throw new ConfigurationError(`schema-path ${schemaPath} does not exist: point it at schema.prisma or its folder, or pass prisma-guard's schema-hash output`);
  if (files.length === 0) throw new ConfigurationError(`schema-path ${schemaPath} holds no .prisma files`);
  const schema: SchemaFiles = files.map((f) => [f, fs.readText(f)]);
  let merged: string;
  try {
    merged = schemaWasm(7).mergeSchemas(schema);
  } catch (e) {
    const detail = /"message":"(.*?)(?:\\n|")/.exec(String((e as Error).message ?? e))?.[1]?.replace(/\\u001b\[[0-9;]*m/g, '') ?? '';
    throw new ConfigurationError(`${schemaPath} is not a schema Prisma can read (${detail || 'merge failed'}): run prisma-guard on it, or pass its schema-hash output`);
  }
  return schemaHash(merged);
}
