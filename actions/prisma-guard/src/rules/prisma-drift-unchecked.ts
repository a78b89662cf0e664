import type { Finding, Location, Severity } from '@shared/findings/finding';
import type { PrismaProject } from '@shared/prisma';
import { defineRule } from '@shared/rules/define-rule';

// Found by the drift pass in checks/check-drift.ts, which must prove the engine answers before it can say either.
export const prismaDriftUnchecked = defineRule({
  id: 'prisma-drift-unchecked',
  guard: 'prisma-guard',
  severity: 'error',
  description: 'The drift check could not run.',
  help: 'Fix the migration or the setup the message names, give `shadow-database-url` for a database the embedded shadow cannot stand in for, or set `drift: skip`.',
});

/** `at` places the finding where the cause is (a failing migration line); `severity` lowers it for known gaps. */
export function driftUnchecked(project: PrismaProject, why: string, at?: Location, severity?: Severity): Finding {
  return prismaDriftUnchecked.report({
    message: `the drift check could not run for ${project.schemaPath}: ${why}`,
    location: at ?? { file: project.schemaFiles[0], line: 1, column: 1 },
    fingerprintKey: `${project.schemaPath}${at ? `\0${at.file}` : ''}`,
    severity,
  });
}

/** A notice, not an error: the history is fine, the embedded shadow cannot replay it. */
export function extensionMissing(project: PrismaProject, extension: string, at: Location): Finding {
  return prismaDriftUnchecked.report({
    message: `drift not checked: the shadow database lacks extension ${extension}; give shadow-database-url (a PostgreSQL server with ${extension}) to check ${project.schemaPath}`,
    location: at,
    fingerprintKey: `${project.schemaPath}\0extension ${extension}`,
    severity: 'notice',
  });
}
