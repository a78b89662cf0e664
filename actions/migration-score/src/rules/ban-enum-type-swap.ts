import { defineRule } from './types';

export const banEnumTypeSwap = defineRule({
  id: 'ban-enum-type-swap',
  guard: 'migration-score',
  severity: 'warning',
  category: 'locking',
  description: 'Replacing an enum by a new type that keeps every value (reordered, or with values added) rewrites each table that uses it under an ACCESS EXCLUSIVE lock.',
  messages: {
    rewrite: 'Enum {{type}} is replaced by a new type that keeps every value: each column moved to it ({{tables}}) is rewritten under an ACCESS EXCLUSIVE lock. No value is lost.',
  },
  risk: { downtime: true },
  defaultEnabled: true,
  help: 'To add values, ALTER TYPE ... ADD VALUE (no rewrite). Order rarely matters to code: keep the old order when you can, or run the swap when the tables are small or traffic is low.',
  check(ctx) {
    const swap = ctx.enumSwaps.find((s) => s.createIndex === ctx.statement.index);
    if (!swap || ctx.schema.isNewType(swap.oldName)) return;
    const old = ctx.schema.enumValues(swap.oldName);
    // Removed values (or unknown old ones) are ban-enum-value-removal's.
    if (!old || old.some((v) => !swap.newValues.includes(v))) return;
    const tables = swap.tables.filter((t) => !ctx.schema.isNewTable(t));
    if (tables.length === 0) return;
    ctx.report({ messageId: 'rewrite', data: { type: swap.typeName, tables: [...new Set(tables)].join(', ') } });
  },
});
