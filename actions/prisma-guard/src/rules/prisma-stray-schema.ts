import type { Finding } from '@shared/findings/finding';
import { defineRule } from './define-rule';

// Found by the discovery pass in checks/discovery-findings.ts, which also yields missing schemas and config problems.
export const prismaStraySchema = defineRule({
  id: 'prisma-stray-schema',
  severity: 'warning',
  description: 'A .prisma file that no package loads.',
  help: 'Delete it, or make it canonical by listing it in `schemas` (a second schema drifts from the real one).',
});

export function straySchema(file: string): Finding {
  return prismaStraySchema.report({
    message: `${file} is a Prisma schema that no package loads; a package that generates from it gets a client that disagrees with the real schema`,
    location: { file, line: 1, column: 1 },
    fingerprintKey: file,
  });
}
