import type { Finding } from '@shared/findings/finding';
import { defineRule } from '@shared/rules/define-rule';

// Found by the discovery pass in checks/discovery-findings.ts, which also yields missing schemas and config problems.
export const prismaStraySchema = defineRule({
  id: 'prisma-stray-schema',
  guard: 'prisma-guard',
  severity: 'error',
  description: 'A .prisma file outside the canonical schema (a second copy, or one no package loads).',
  help: 'Delete it, or make it canonical: a prisma.config.ts naming it, or the `schemas` input (a second schema drifts from the real one).',
});

/**
 * One finding per folder: a stray folder schema of twenty files is one decision, not twenty. `copies` are
 * schemas in that folder a package would load by itself, that lost to the canonical one.
 */
export function strayFolder(folder: string, files: string[], canonical: string[], copies: string[]): Finding {
  const sorted = [...files].sort();
  const list = sorted.length <= 3 ? sorted.join(', ') : `${sorted.slice(0, 3).join(', ')} and ${sorted.length - 3} more`;
  const against = canonical.length > 0 ? ` the canonical schema is ${canonical.join(' and ')};` : '';
  const what =
    copies.length > 0
      ? `${copies.join(', ')} is a second schema that Prisma would load from its package, but nothing makes it canonical;${against} a client generated from it disagrees with the real schema`
      : `${sorted.length === 1 ? `${list} is a Prisma schema file` : `${sorted.length} Prisma schema files (${list}) are`} in ${folder === '.' ? 'the repository root' : folder} that no package loads;${against} a package that generates from ${sorted.length === 1 ? 'it' : 'them'} gets a client that disagrees with the real schema`;
  return prismaStraySchema.report({ message: what, location: { file: sorted[0], line: 1, column: 1 }, fingerprintKey: folder });
}
