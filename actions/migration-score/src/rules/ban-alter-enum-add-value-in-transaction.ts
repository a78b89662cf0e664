import { qualifiedName, stringsOf } from '../engine/pg-ast';
import { defineRule } from './types';

export const banAlterEnumAddValueInTransaction = defineRule({
  id: 'ban-alter-enum-add-value-in-transaction',
  guard: 'migration-score',
  severity: 'error',
  category: 'locking',
  description: 'Before PostgreSQL 12, ALTER TYPE ... ADD VALUE cannot run inside a transaction, and Prisma runs a multi-statement file as one.',
  messages: { addValue: "ALTER TYPE {{type}} ADD VALUE '{{value}}' fails inside a transaction on PostgreSQL {{pgVersion}}; this file has {{count}} statements." },
  risk: { highRisk: true },
  defaultEnabled: true,
  help: 'Put the ADD VALUE statement alone in its own migration file, or upgrade to PostgreSQL 12 or later (set pg-version).',
  check(ctx) {
    const e = ctx.node('AlterEnumStmt');
    const type = qualifiedName(stringsOf(e?.typeName));
    if (!e?.newVal || e.oldVal || !ctx.inTransaction || ctx.settings.pgVersion >= 12 || ctx.schema.isNewType(type)) return;
    ctx.report({ messageId: 'addValue', data: { type, value: e.newVal, pgVersion: ctx.settings.pgVersion, count: ctx.statements.length } });
  },
});
