import type { Finding, Location } from '@shared/findings/finding';
import { defineRule } from '@shared/rules/define-rule';

// Found by the discovery pass in checks/discovery-findings.ts; shared/prisma words the message, as it knows the value.
export const prismaConfigUnreadable = defineRule({
  id: 'prisma-config-unreadable',
  guard: 'prisma-guard',
  severity: 'warning',
  description: 'A prisma.config.ts value that cannot be read without running the file.',
  help: 'Write the path as a string literal or path.join(__dirname, ...), or list the schema in `schemas`.',
});

export function configUnreadable(message: string, location?: Location): Finding {
  return prismaConfigUnreadable.report({ message, location, fingerprintKey: message });
}
