import { ConfigurationError } from '@shared/errors';
import type { RepoFs } from '@shared/io/repo-fs';
import { sha256Hex } from '../ledger/entry-hash';

/**
 * The schema's hash when prisma-guard's schema-hash output was not passed: sha256 over each
 * `.prisma` file's path and text, in path order (a folder is Prisma's multi-file schema).
 */
export function computeSchemaHash(fs: RepoFs, schemaPath: string): string {
  let files: string[];
  if (fs.isDirectory(schemaPath)) files = fs.glob(`${schemaPath.replace(/\/$/, '')}/**/*.prisma`).sort();
  else if (fs.isFile(schemaPath)) files = [schemaPath];
  else throw new ConfigurationError(`schema-path ${schemaPath} does not exist: point it at schema.prisma or its folder, or pass prisma-guard's schema-hash output`);
  if (files.length === 0) throw new ConfigurationError(`schema-path ${schemaPath} holds no .prisma files`);
  const parts: string[] = [];
  for (const f of files) parts.push(`${f}\0${fs.readText(f)}`);
  return sha256Hex(parts.join('\0'));
}
