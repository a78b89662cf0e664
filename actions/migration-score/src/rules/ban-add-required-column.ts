import { isNullConst, SERIAL_TYPES } from '../engine/schema-state';
import { baseTypeName } from '../engine/pg-ast';
import type { SchemaState } from '../engine/schema-state';
import { alterTable, columnDefOf, constraintsOf, setsDefaultHere } from './helpers';
import type { AlterTableCmd } from 'libpg-query';
import { defineRule } from './types';

export const banAddRequiredColumn = defineRule({
  id: 'ban-add-required-column',
  guard: 'migration-score',
  severity: 'error',
  category: 'regressive',
  description: 'A NOT NULL column without a default cannot be added to a table that has rows, and code already deployed does not write it.',
  messages: {
    requiredColumn: 'Adding required column {{column}} to {{table}} without a default fails on a table with rows, and inserts from code already deployed will fail.',
    defaultNull: 'Adding required column {{column}} to {{table}} with DEFAULT NULL: the default fills nothing, so it fails on a table with rows, and inserts from code already deployed will fail.',
    requiredInSteps:
      'SET NOT NULL makes {{column}}, added to {{table}} by this pull request without a default, required: inserts from code already deployed do not write it and will fail (Prisma\'s "required column without a default", in steps).',
  },
  risk: { highRisk: true },
  defaultEnabled: true,
  help: 'Add the column as nullable (or with a constant DEFAULT), backfill it, release code that writes it, then SET NOT NULL after a validated CHECK (col IS NOT NULL).',
  check(ctx) {
    const alter = alterTable(ctx);
    if (!alter || ctx.schema.isNewTable(alter.table)) return;
    const { table } = alter;
    for (const [clause, cmd] of alter.cmds.entries()) {
      if (cmd.subtype === 'AT_SetNotNull' && cmd.name && ctx.schema.isAddedToExistingTable(table, cmd.name) && !hasDefault(ctx.schema, table, cmd.name, alter.cmds)) {
        ctx.report({ messageId: 'requiredInSteps', data: { table, column: cmd.name }, clause, near: /SET\s+NOT\s+NULL/i });
        continue;
      }
      const col = columnDefOf(cmd);
      if (cmd.subtype !== 'AT_AddColumn' || !col?.colname) continue;
      const cons = constraintsOf(col);
      const notNull = col.is_not_null || cons.some((c) => c.contype === 'CONSTR_NOTNULL' || c.contype === 'CONSTR_PRIMARY');
      const nullDefault = cons.find((c) => c.contype === 'CONSTR_DEFAULT' && isNullConst(c.raw_expr));
      const filled = cons.some((c) => (c.contype === 'CONSTR_DEFAULT' && !isNullConst(c.raw_expr)) || c.contype === 'CONSTR_IDENTITY' || c.contype === 'CONSTR_GENERATED');
      if (!notNull || filled || SERIAL_TYPES.has(baseTypeName(col.typeName))) continue;
      if (nullDefault) ctx.report({ messageId: 'defaultNull', data: { table, column: col.colname }, byte: nullDefault.location });
      else ctx.report({ messageId: 'requiredColumn', data: { table, column: col.colname }, byte: col.location });
    }
  },
});

/** Inserts that leave the column out still fill it: a default set earlier, or in the same statement. */
export function hasDefault(schema: SchemaState, table: string, column: string, cmds: readonly AlterTableCmd[]): boolean {
  return schema.columnInfo(table, column)?.hasDefault === true || setsDefaultHere(cmds, column);
}
