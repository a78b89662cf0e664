import { isBackfill } from '../engine/backfill';
import { relationName } from '../engine/pg-ast';
import { defineRule } from './types';

export const requireWhereClause = defineRule({
  id: 'require-where-clause',
  guard: 'migration-score',
  severity: 'error',
  category: 'regressive',
  description: 'An UPDATE or DELETE with no WHERE clause touches every row, in one long transaction.',
  messages: {
    update: 'UPDATE {{table}} has no WHERE clause: it rewrites every row in one transaction, holding row locks until the migration ends.',
    delete: 'DELETE FROM {{table}} has no WHERE clause: it deletes every row.',
  },
  risk: { highRisk: true, dataLoss: true, noRollback: true },
  defaultEnabled: true,
  help: 'Backfill in batches outside the migration (a script or job that updates a few thousand rows per transaction, with WHERE on the key); for a deliberate full delete, approve it with the reason.',
  check(ctx) {
    const u = ctx.node('UpdateStmt');
    const d = ctx.node('DeleteStmt');
    const rel = u?.relation ?? d?.relation;
    const table = relationName(rel);
    if (!table || (u ?? d)?.whereClause || ctx.schema.isNewTable(table)) return;
    // A backfill of columns this migration added overwrites nothing: ban-full-table-backfill reports its lock.
    if (u && isBackfill(u, ctx.statements, ctx.statement.index, ctx.schema)) return;
    ctx.report({ messageId: u ? 'update' : 'delete', data: { table } });
  },
});
