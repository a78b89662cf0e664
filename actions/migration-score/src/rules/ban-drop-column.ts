import { alterTable, ident } from './helpers';
import { defineRule } from './types';

export const banDropColumn = defineRule({
  id: 'ban-drop-column',
  guard: 'migration-score',
  severity: 'error',
  category: 'regressive',
  description: 'Dropping a column deletes its values and breaks code that still selects it.',
  messages: { dropColumn: 'Dropping column {{column}} from {{table}} deletes its values, and code already deployed still selects it.' },
  risk: { highRisk: true, dataLoss: true, noRollback: true },
  defaultEnabled: true,
  help: 'Expand and contract: stop reading and writing the column in one release (Prisma: remove the field and deploy), then drop it in a later migration and approve it.',
  check(ctx) {
    const alter = alterTable(ctx);
    for (const [clause, cmd] of (alter?.cmds ?? []).entries()) {
      if (cmd.subtype !== 'AT_DropColumn' || !cmd.name || ctx.schema.isNewColumn(alter!.table, cmd.name)) continue;
      ctx.report({
        messageId: 'dropColumn',
        data: { table: alter!.table, column: cmd.name },
        clause, near: new RegExp(`DROP\\s+(?:COLUMN\\s+)?(?:IF\\s+EXISTS\\s+)?${ident(cmd.name)}`, 'i'),
      });
    }
  },
});
