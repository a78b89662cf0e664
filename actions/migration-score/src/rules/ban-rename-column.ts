import { relationName } from '../engine/pg-ast';
import { ident } from './helpers';
import { defineRule } from './types';

export const banRenameColumn = defineRule({
  id: 'ban-rename-column',
  guard: 'migration-score',
  severity: 'error',
  category: 'regressive',
  description: 'Renaming a column breaks every query of code already deployed that names it.',
  messages: { renameColumn: 'Renaming column {{table}}.{{column}} to {{newName}} breaks code already deployed, which still selects {{column}}.' },
  risk: { highRisk: true },
  defaultEnabled: true,
  help: 'Add the new column, write to both and backfill, switch reads, then drop the old column later; or keep the column name and map the field (Prisma @map).',
  check(ctx) {
    const r = ctx.node('RenameStmt');
    const table = relationName(r?.relation);
    if (r?.renameType !== 'OBJECT_COLUMN' || !table || !r.subname || ctx.schema.isNewColumn(table, r.subname)) return;
    ctx.report({ messageId: 'renameColumn', data: { table, column: r.subname, newName: r.newname ?? '' }, near: new RegExp(`(?<=RENAME\\s+(?:COLUMN\\s+)?)${ident(r.subname)}`, 'i') });
  },
});
