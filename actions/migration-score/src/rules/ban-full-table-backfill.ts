import { isBackfill } from '../engine/backfill';
import { relationName } from '../engine/pg-ast';
import { defineRule } from './types';

export const banFullTableBackfill = defineRule({
  id: 'ban-full-table-backfill',
  guard: 'migration-score',
  severity: 'warning',
  category: 'locking',
  description: 'An UPDATE without WHERE that fills columns the same migration added writes every row while the ADD COLUMN still holds its ACCESS EXCLUSIVE lock.',
  messages: {
    backfill: 'This backfill of {{columns}} writes every row of {{table}} in the migration\'s transaction, while the ADD COLUMN holds an ACCESS EXCLUSIVE lock on {{table}}: reads and writes wait until it ends. No existing value is overwritten.',
  },
  risk: { downtime: true },
  defaultEnabled: true,
  help: 'Add the column in the migration, and backfill it in batches afterwards (a script or job updating a few thousand rows per transaction), before the migration that makes it NOT NULL.',
  check(ctx) {
    const u = ctx.node('UpdateStmt');
    const table = relationName(u?.relation);
    if (!u || !table || u.whereClause || ctx.schema.isNewTable(table) || !isBackfill(u, ctx.statements, ctx.statement.index, ctx.schema)) return;
    const columns = (u.targetList ?? []).map((t) => ('ResTarget' in t ? t.ResTarget.name : '')).join(', ');
    ctx.report({ messageId: 'backfill', data: { table, columns } });
  },
});
