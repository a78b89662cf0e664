import { defineRule } from '@shared/rules/define-rule';

export const edgePrismaImport = defineRule({
  id: 'edge-prisma-import',
  guard: 'edge-guard',
  severity: 'warning',
  category: 'bundle-size',
  description: 'Edge code imports the Prisma client module for enums or the Prisma namespace only.',
  help: 'Import enums with `import type`, or copy the few string unions the edge code needs, so the client stays out of the edge bundle.',
});
