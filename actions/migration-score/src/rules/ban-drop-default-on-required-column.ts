import { alterTable, ident } from './helpers';
import { defineRule } from './types';

export const banDropDefaultOnRequiredColumn = defineRule({
  meta: {
    id: 'ban-drop-default-on-required-column',
    severity: 'error',
    category: 'regressive',
    description: 'DROP DEFAULT on a NOT NULL column makes inserts that leave the column out fail, and code already deployed may rely on the default.',
    messages: {
      dropDefault: 'DROP DEFAULT on {{table}}.{{column}}, which is NOT NULL: inserts from code already deployed that leave {{column}} out will fail.',
    },
    risk: { highRisk: true },
    defaultEnabled: true,
    help: 'Release code that always writes the column first (Prisma: remove @default and deploy the client), then drop the default in a later migration and approve it.',
  },
  check(ctx) {
    const alter = alterTable(ctx);
    if (!alter || ctx.schema.isNewTable(alter.table)) return;
    for (const [clause, cmd] of alter.cmds.entries()) {
      // AT_ColumnDefault without an expression is DROP DEFAULT.
      if (cmd.subtype !== 'AT_ColumnDefault' || cmd.def || !cmd.name || ctx.schema.isNewColumn(alter.table, cmd.name)) continue;
      const notNull = ctx.schema.columnInfo(alter.table, cmd.name)?.notNull === true || setsNotNullHere(alter.cmds, cmd.name);
      if (!notNull) continue;
      ctx.report({ messageId: 'dropDefault', data: { table: alter.table, column: cmd.name }, clause, near: new RegExp(`ALTER\\s+(?:COLUMN\\s+)?${ident(cmd.name)}`, 'i') });
    }
  },
});

function setsNotNullHere(cmds: readonly { subtype?: string; name?: string }[], column: string): boolean {
  return cmds.some((c) => c.subtype === 'AT_SetNotNull' && c.name === column);
}
