import type { RepoFs } from '@shared/io/repo-fs';
import { schemaHashAt } from '@shared/prisma/schema-hash';

/**
 * The schema's hash when prisma-guard's schema-hash output was not passed: the shared definition
 * (@shared/prisma/schema-hash), so either way the ledger links the same versions. A folder is Prisma's
 * multi-file schema.
 */
export function computeSchemaHash(fs: RepoFs, schemaPath: string): string {
  return schemaHashAt(fs, schemaPath);
}
