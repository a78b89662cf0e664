import { defineRule } from './types';

export const banEnumValueRemoval = defineRule({
  id: 'ban-enum-value-removal',
  guard: 'migration-score',
  severity: 'error',
  category: 'regressive',
  description: 'Removing enum values (Prisma swaps the type for a new one) fails on rows that hold them and breaks code that writes them.',
  messages: {
    removeValues: 'Removing {{values}} from enum {{type}} fails if any row still holds them, rewrites every table that uses the type, and code already deployed may still write them.',
    removeUnknown: 'Enum {{type}} is replaced by a new type with values {{values}}; no earlier migration declares the old values, so removed values cannot be ruled out.',
  },
  risk: { highRisk: true, dataLoss: true, downtime: true },
  defaultEnabled: true,
  help: 'Release code that no longer writes the values, update the rows that hold them, then remove the values in a later migration and approve it.',
  check(ctx) {
    const swap = ctx.enumSwaps.find((s) => s.createIndex === ctx.statement.index);
    if (!swap || ctx.schema.isNewType(swap.oldName)) return;
    const old = ctx.schema.enumValues(swap.oldName);
    const list = (values: string[]) => values.map((v) => `'${v}'`).join(', ');
    if (!old) return ctx.report({ messageId: 'removeUnknown', data: { type: swap.typeName, values: list(swap.newValues) } });
    const removed = old.filter((v) => !swap.newValues.includes(v));
    if (removed.length) ctx.report({ messageId: 'removeValues', data: { type: swap.typeName, values: list(removed) } });
  },
});
