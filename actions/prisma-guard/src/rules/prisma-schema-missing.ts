import type { Finding, Location } from '@shared/findings/finding';
import { defineRule } from '@shared/rules/define-rule';

// Found by the discovery pass in checks/discovery-findings.ts, which also yields strays and config problems.
export const prismaSchemaMissing = defineRule({
  id: 'prisma-schema-missing',
  guard: 'prisma-guard',
  severity: 'error',
  description: 'No Prisma schema where Prisma would look.',
  help: 'Add prisma/schema.prisma, set `schema` in prisma.config.ts, or list the schemas in the `schemas` input.',
});

/** A configured schema path that does not exist, at the setting that names it. */
export function missingSchema(message: string, location?: Location): Finding {
  return prismaSchemaMissing.report({ message, location, fingerprintKey: message });
}

/** No project at all: the message lists where Prisma's own lookup went. */
export function noSchema(looked: string[]): Finding {
  const where = [...new Set(looked)].slice(0, 12).join(', ');
  return prismaSchemaMissing.report({ message: `no Prisma schema found; looked for prisma.config.ts \`schema\`, package.json \`prisma.schema\`, then ${where}` });
}
