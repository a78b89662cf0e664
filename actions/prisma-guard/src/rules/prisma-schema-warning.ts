import { defineRule } from '@shared/rules/define-rule';

// Reported by the validation pass in prisma-schema-invalid.ts: one lint call yields Prisma's errors and its warnings.
export const prismaSchemaWarning = defineRule({
  id: 'prisma-schema-warning',
  guard: 'prisma-guard',
  severity: 'warning',
  description: "A warning of Prisma's own validation (a deprecated preview feature, a relationMode index hint).",
  help: 'Do what the message says; `prisma validate` prints the same warning and still accepts the schema.',
});
