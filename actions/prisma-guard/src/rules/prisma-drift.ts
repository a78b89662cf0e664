import type { Finding } from '@shared/findings/finding';
import type { PrismaProject } from '@shared/prisma';
import { defineRule } from './define-rule';

// Found by the drift pass in checks/check-drift.ts, which must prove the engine answers before it can say either.
export const prismaDrift = defineRule({
  id: 'prisma-drift',
  severity: 'error',
  description: 'The migrations do not produce the schema.',
  help: 'Run `prisma migrate dev` to add a migration for the difference.',
});

/** `script` is the SQL `prisma migrate diff` would run; the message shows its first statements. */
export function drift(project: PrismaProject, script: string): Finding {
  const lines = script.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('--'));
  const first = lines.slice(0, 8).join('\n') + (lines.length > 8 ? `\n… ${lines.length - 8} more lines` : '');
  return prismaDrift.report({
    message: `the migrations in ${project.migrationsDir} do not produce ${project.schemaPath}; a new migration would run:\n${first}`,
    location: { file: project.schemaFiles[0], line: 1, column: 1 },
    fingerprintKey: project.schemaPath,
  });
}
