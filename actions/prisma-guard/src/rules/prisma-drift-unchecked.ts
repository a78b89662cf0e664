import type { Finding } from '@shared/findings/finding';
import type { PrismaProject } from '@shared/prisma';
import { defineRule } from './define-rule';

// Found by the drift pass in checks/check-drift.ts, which must prove the engine answers before it can say either.
export const prismaDriftUnchecked = defineRule({
  id: 'prisma-drift-unchecked',
  severity: 'error',
  description: 'The drift check could not run.',
  help: "Install the repository's Prisma CLI with its schema engine and give a shadow database, or set `drift: skip`.",
});

export function driftUnchecked(project: PrismaProject, why: string): Finding {
  return prismaDriftUnchecked.report({
    message: `the drift check could not run for ${project.schemaPath}: ${why}`,
    location: { file: project.schemaFiles[0], line: 1, column: 1 },
    fingerprintKey: project.schemaPath,
  });
}
