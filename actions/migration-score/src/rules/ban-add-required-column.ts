import { baseTypeName } from '../engine/pg-ast';
import { alterTable, columnDefOf, constraintsOf } from './helpers';
import { defineRule } from './types';

/** Types whose columns get a default from a sequence. */
const SERIAL = new Set(['serial', 'bigserial', 'smallserial', 'serial2', 'serial4', 'serial8']);

export const banAddRequiredColumn = defineRule({
  meta: {
    id: 'ban-add-required-column',
    severity: 'error',
    category: 'regressive',
    description: 'A NOT NULL column without a default cannot be added to a table that has rows, and code already deployed does not write it.',
    messages: {
      requiredColumn: 'Adding required column {{column}} to {{table}} without a default fails on a table with rows, and inserts from code already deployed will fail.',
    },
    risk: { highRisk: true },
    defaultEnabled: true,
    help: 'Add the column as nullable (or with a constant DEFAULT), backfill it, release code that writes it, then SET NOT NULL after a validated CHECK (col IS NOT NULL).',
  },
  check(ctx) {
    const alter = alterTable(ctx);
    for (const cmd of alter?.cmds ?? []) {
      const col = columnDefOf(cmd);
      if (cmd.subtype !== 'AT_AddColumn' || !col?.colname || ctx.schema.isNewTable(alter!.table)) continue;
      const cons = constraintsOf(col);
      const notNull = col.is_not_null || cons.some((c) => c.contype === 'CONSTR_NOTNULL' || c.contype === 'CONSTR_PRIMARY');
      const filled = cons.some((c) => c.contype === 'CONSTR_DEFAULT' || c.contype === 'CONSTR_IDENTITY' || c.contype === 'CONSTR_GENERATED');
      if (!notNull || filled || SERIAL.has(baseTypeName(col.typeName))) continue;
      ctx.report({ messageId: 'requiredColumn', data: { table: alter!.table, column: col.colname }, byte: col.location });
    }
  },
});
