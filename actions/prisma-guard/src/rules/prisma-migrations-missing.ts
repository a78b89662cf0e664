import type { Finding, Location } from '@shared/findings/finding';
import { defineRule } from '@shared/rules/define-rule';

// Found by the discovery pass in checks/discovery-findings.ts; shared/prisma words the message, as it knows the path.
export const prismaMigrationsMissing = defineRule({
  id: 'prisma-migrations-missing',
  guard: 'prisma-guard',
  severity: 'error',
  description: 'prisma.config.ts names a migrations path that does not exist.',
  help: 'Point `migrations.path` at the folder that holds the migrations (resolved from the config file), or create it with `prisma migrate dev`.',
});

export function migrationsMissing(message: string, location?: Location): Finding {
  return prismaMigrationsMissing.report({ message, location, fingerprintKey: message });
}
