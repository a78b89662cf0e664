import type { AlterTableCmd } from 'libpg-query';
import type { Statement } from '../engine/parse-sql';
import { nodeAs, relationName } from '../engine/pg-ast';
import type { SchemaState } from '../engine/schema-state';
import { alterTable, ident } from './helpers';
import { defineRule } from './types';

export const banDropDefaultOnRequiredColumn = defineRule({
  id: 'ban-drop-default-on-required-column',
  guard: 'migration-score',
  severity: 'error',
  category: 'regressive',
  description: 'DROP DEFAULT on a NOT NULL column makes inserts that leave the column out fail, and code already deployed may rely on the default.',
  messages: {
    dropDefault: 'DROP DEFAULT on {{table}}.{{column}}, which is NOT NULL: inserts from code already deployed that leave {{column}} out will fail.',
  },
  risk: { highRisk: true },
  defaultEnabled: true,
  help: 'Release code that always writes the column first (Prisma: remove @default and deploy the client), then drop the default in a later migration and approve it.',
  check(ctx) {
    const alter = alterTable(ctx);
    if (!alter || ctx.schema.isNewTable(alter.table)) return;
    for (const [clause, cmd] of alter.cmds.entries()) {
      // AT_ColumnDefault without an expression is DROP DEFAULT.
      if (cmd.subtype !== 'AT_ColumnDefault' || cmd.def || !cmd.name || ctx.schema.isNewColumn(alter.table, cmd.name)) continue;
      const notNull = (ctx.schema.columnInfo(alter.table, cmd.name)?.notNull === true || has(alter.cmds, 'AT_SetNotNull', cmd.name)) && !has(alter.cmds, 'AT_DropNotNull', cmd.name);
      // Prisma's enum swap drops the default to retype the column and sets it again a few lines later.
      if (!notNull || defaultSetLater(ctx.statements, ctx.statement.index, ctx.schema, alter.table, cmd.name)) continue;
      ctx.report({ messageId: 'dropDefault', data: { table: alter.table, column: cmd.name }, clause, near: new RegExp(`ALTER\\s+(?:COLUMN\\s+)?${ident(cmd.name)}`, 'i') });
    }
  },
});

function has(cmds: readonly AlterTableCmd[], subtype: string, column: string): boolean {
  return cmds.some((c) => c.subtype === subtype && c.name === column);
}

function defaultSetLater(statements: readonly Statement[], after: number, schema: SchemaState, table: string, column: string): boolean {
  return statements.slice(after + 1).some((s) => {
    const alter = nodeAs(s.node, 'AlterTableStmt');
    if (!alter || schema.key(relationName(alter.relation)) !== schema.key(table)) return false;
    return (alter.cmds ?? []).some((c) => {
      const cmd = nodeAs(c, 'AlterTableCmd');
      return cmd?.subtype === 'AT_ColumnDefault' && cmd.def !== undefined && cmd.name === column;
    });
  });
}
