import type { Finding } from '@shared/findings/finding';
import type { LineChange } from '../checks/line-diff';
import { defineRule } from '@shared/rules/define-rule';

// Found by the pass over the base's migrations in checks/check-migrations.ts, which also finds out-of-order ones.
export const prismaMigrationEdited = defineRule({
  id: 'prisma-migration-edited',
  guard: 'prisma-guard',
  severity: 'error',
  description: 'An applied migration was changed or deleted.',
  help: 'Restore the migration as it was at the base and add a new migration for the change.',
});

export function migrationDeleted(file: string, base: string): Finding {
  return prismaMigrationEdited.report({
    message: `${file} was applied (it exists at ${base}) and has been deleted; the databases that ran it keep its changes, and \`prisma migrate dev\` reports it as missing from the folder`,
    location: { file, line: 1, column: 1 },
    fingerprintKey: `deleted ${file}`,
  });
}

/** At the first changed line, with up to ten changed lines as the trace. */
export function migrationEdited(file: string, base: string, changes: LineChange[], lineCount: number): Finding {
  return prismaMigrationEdited.report({
    message: `${file} was applied (it exists at ${base}) and has been edited; \`prisma migrate deploy\` never runs an applied migration again, so the edit silently never reaches those databases (only \`prisma migrate dev\` notices the changed checksum, and offers to reset)`,
    location: { file, line: Math.min(changes[0]?.line ?? 1, lineCount), column: 1 },
    fingerprintKey: `edited ${file}`,
    trace: changes.slice(0, 10).map((c) => ({ location: { file, line: c.line, column: 1 }, note: c.after === undefined ? `removed: ${c.before}` : `now: ${c.after}` })),
  });
}
