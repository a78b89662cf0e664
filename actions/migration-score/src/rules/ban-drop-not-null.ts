import { alterTable, ident } from './helpers';
import { defineRule } from './types';

export const banDropNotNull = defineRule({
  id: 'ban-drop-not-null',
  guard: 'migration-score',
  // The usual expand step (making a field optional): a warning unless `drop-not-null: error`.
  severity: 'warning',
  category: 'regressive',
  description: 'DROP NOT NULL lets NULLs in that code already deployed may not expect.',
  messages: { dropNotNull: 'DROP NOT NULL on {{table}}.{{column}} lets NULL values in; code already deployed that treats the column as always set breaks on the first NULL.' },
  risk: { highRisk: true },
  defaultEnabled: true,
  help: 'Release code that handles NULL in this column first (Prisma: make the field optional and deploy), then drop the constraint. With `drop-not-null: error` it is denied unless approved.',
  check(ctx) {
    const alter = alterTable(ctx);
    const severity = ctx.settings.dropNotNull === 'error' ? 'error' : 'warning';
    for (const [clause, cmd] of (alter?.cmds ?? []).entries()) {
      if (cmd.subtype !== 'AT_DropNotNull' || !cmd.name || ctx.schema.isNewColumn(alter!.table, cmd.name)) continue;
      ctx.report({ messageId: 'dropNotNull', severity, data: { table: alter!.table, column: cmd.name }, clause, near: new RegExp(`ALTER\\s+(?:COLUMN\\s+)?${ident(cmd.name)}`, 'i') });
    }
  },
});
