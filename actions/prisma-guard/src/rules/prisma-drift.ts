import type { Finding } from '@shared/findings/finding';
import type { PrismaProject } from '@shared/prisma';
import type { LocatedChange } from '../drift/locate-drift';
import { defineRule } from '@shared/rules/define-rule';

// Found by the drift pass in checks/check-drift.ts, which must prove the engine answers before it can say either.
export const prismaDrift = defineRule({
  id: 'prisma-drift',
  guard: 'prisma-guard',
  severity: 'error',
  description: 'The migrations do not produce the schema.',
  help: 'Run `prisma migrate dev` to add a migration for the difference.',
});

/** `script` is the SQL `prisma migrate diff` would run; the message shows its first statements. */
export function drift(project: PrismaProject, script: string): Finding {
  return prismaDrift.report({
    message: `the migrations in ${project.migrationsDir} do not produce ${project.schemaPath}; a new migration would run:\n${firstLines(script)}`,
    location: { file: project.schemaFiles[0], line: 1, column: 1 },
    fingerprintKey: project.schemaPath,
    properties: { sql: script },
  });
}

/** One step of the missing migration, at the schema line that declares it (or the migration line that created it). */
export function driftAt(project: PrismaProject, change: LocatedChange): Finding {
  const what = change.inSchema
    ? `${project.schemaPath} declares ${change.subject} but the migrations in ${project.migrationsDir} do not create it`
    : `the migrations in ${project.migrationsDir} create ${change.subject} but ${project.schemaPath} no longer declares it`;
  return prismaDrift.report({
    message: `${what}; a new migration would run:\n${firstLines(change.sql)}`,
    location: change.at ? { file: change.at.file, line: change.at.line, column: change.at.column } : { file: project.schemaFiles[0], line: 1, column: 1 },
    fingerprintKey: `${project.schemaPath}\0${change.step}\0${change.subject}`,
    properties: { sql: change.sql, step: change.step },
  });
}

function firstLines(script: string): string {
  const lines = script.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('--'));
  return lines.slice(0, 8).join('\n') + (lines.length > 8 ? `\n… ${lines.length - 8} more lines` : '');
}
