import type { Finding, Location } from '@shared/findings/finding';
import { defineRule } from '@shared/rules/define-rule';

// Found by the discovery pass in checks/discovery-findings.ts; shared/prisma words the message, as it knows why.
export const prismaConfigThrows = defineRule({
  id: 'prisma-config-throws',
  guard: 'prisma-guard',
  severity: 'error',
  description: 'prisma.config.ts throws when loaded.',
  help: 'Set the variable in the job, or read it with process.env (which does not throw) for commands that need no database.',
});

export function configThrows(message: string, location?: Location): Finding {
  return prismaConfigThrows.report({ message, location, fingerprintKey: message });
}
