import type { Finding } from '@shared/findings/finding';
import { defineRule } from '@shared/rules/define-rule';

// Found by the pass over the base's migrations in checks/check-migrations.ts, which also finds edited ones.
export const prismaMigrationOutOfOrder = defineRule({
  id: 'prisma-migration-out-of-order',
  guard: 'prisma-guard',
  severity: 'error',
  description: 'A new migration sorts before the newest migration of the base.',
  help: 'Recreate it with a newer timestamp (rename the folder after `prisma migrate dev` on top of the base).',
});

export function migrationOutOfOrder(dir: string, name: string, newestAtBase: string, base: string): Finding {
  return prismaMigrationOutOfOrder.report({
    message: `migration ${name} is new but sorts before ${newestAtBase}, the newest migration at ${base}; databases that applied ${newestAtBase} would apply it out of order`,
    location: { file: `${dir}/${name}/migration.sql`, line: 1, column: 1 },
    fingerprintKey: name,
  });
}
