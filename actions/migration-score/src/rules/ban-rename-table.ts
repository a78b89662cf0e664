import { relationName } from '../engine/pg-ast';
import { defineRule } from './types';

export const banRenameTable = defineRule({
  id: 'ban-rename-table',
  guard: 'migration-score',
  severity: 'error',
  category: 'regressive',
  description: 'Renaming a table breaks every query of code already deployed.',
  messages: { renameTable: 'Renaming table {{table}} to {{newName}} breaks code already deployed, which still queries {{table}}.' },
  risk: { highRisk: true },
  defaultEnabled: true,
  help: 'Create the new table, write to both and backfill, switch reads, then drop the old one later; or keep the table name and map it (Prisma @@map).',
  check(ctx) {
    const r = ctx.node('RenameStmt');
    const table = relationName(r?.relation);
    if (r?.renameType !== 'OBJECT_TABLE' || !table || ctx.schema.isNewTable(table)) return;
    ctx.report({ messageId: 'renameTable', data: { table, newName: r.newname ?? '' } });
  },
});
