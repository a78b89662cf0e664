import { objectName, qualifiedName } from '../engine/pg-ast';
import { ident } from './helpers';
import { defineRule } from './types';

export const banDropTable = defineRule({
  id: 'ban-drop-table',
  guard: 'migration-score',
  severity: 'error',
  category: 'regressive',
  description: 'Dropping a table deletes its rows and breaks code that still queries it.',
  messages: { dropTable: 'Dropping table {{table}} deletes all its rows, and code already deployed still queries it.' },
  risk: { highRisk: true, dataLoss: true, noRollback: true },
  defaultEnabled: true,
  help: 'Expand and contract: release code that no longer reads or writes the table, keep a backup, then drop it in a later migration and approve it.',
  check(ctx) {
    const drop = ctx.node('DropStmt');
    if (drop?.removeType !== 'OBJECT_TABLE') return;
    for (const o of drop.objects ?? []) {
      const table = qualifiedName(objectName(o));
      if (ctx.schema.isNewTable(table)) continue;
      ctx.report({ messageId: 'dropTable', data: { table }, near: new RegExp(ident(table)) });
    }
  },
});
