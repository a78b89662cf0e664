import { alterTable, ident } from './helpers';
import { defineRule } from './types';

export const banDropNotNull = defineRule({
  meta: {
    id: 'ban-drop-not-null',
    severity: 'error',
    category: 'regressive',
    description: 'DROP NOT NULL lets NULLs in that code already deployed does not expect.',
    messages: { dropNotNull: 'DROP NOT NULL on {{table}}.{{column}} lets NULL values in, and code already deployed treats the column as always set.' },
    risk: { highRisk: true },
    defaultEnabled: true,
    help: 'Release code that handles NULL in this column first (Prisma: make the field optional and deploy), then drop the constraint and approve it.',
  },
  check(ctx) {
    const alter = alterTable(ctx);
    for (const cmd of alter?.cmds ?? []) {
      if (cmd.subtype !== 'AT_DropNotNull' || !cmd.name || ctx.schema.isNewColumn(alter!.table, cmd.name)) continue;
      ctx.report({ messageId: 'dropNotNull', data: { table: alter!.table, column: cmd.name }, near: new RegExp(`ALTER\\s+(?:COLUMN\\s+)?${ident(cmd.name)}`, 'i') });
    }
  },
});
