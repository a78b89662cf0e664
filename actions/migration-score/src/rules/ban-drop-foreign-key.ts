import type { AlterTableCmd } from 'libpg-query';
import type { Statement } from '../engine/parse-sql';
import { nodeAs, relationName } from '../engine/pg-ast';
import type { SchemaState } from '../engine/schema-state';
import { alterTable, ident } from './helpers';
import { defineRule } from './types';

export const banDropForeignKey = defineRule({
  id: 'ban-drop-foreign-key',
  guard: 'migration-score',
  severity: 'warning',
  category: 'regressive',
  description: 'Dropping a foreign key lets orphaned rows in: integrity, not data, is lost.',
  messages: { dropForeignKey: 'Dropping foreign key {{constraint}} on {{table}} lets rows point at nothing; adding it back later must validate every row.' },
  risk: { noRollback: true },
  defaultEnabled: true,
  help: 'Keep the foreign key unless the relation is gone; if it must change, add the new one NOT VALID and VALIDATE it before dropping the old one.',
  check(ctx) {
    const alter = alterTable(ctx);
    if (!alter || ctx.schema.isNewTable(alter.table)) return;
    for (const [clause, cmd] of alter.cmds.entries()) {
      if (cmd.subtype !== 'AT_DropConstraint' || !cmd.name || !isForeignKey(ctx.schema, alter.table, cmd.name)) continue;
      // Prisma changes onDelete/onUpdate by dropping the key and adding it back under the same name: nothing dangles.
      if (readdedLater(ctx.statements, ctx.statement.index, ctx.schema, alter.table, cmd.name)) continue;
      ctx.report({ messageId: 'dropForeignKey', data: { table: alter.table, constraint: cmd.name }, clause, near: new RegExp(ident(cmd.name)) });
    }
  },
});

/**
 * From the parse tree of the statement that created it. A constraint no replayed statement created
 * (a history that did not parse, or SQL outside the migrations) falls back on Prisma's `_fkey` naming.
 */
function isForeignKey(schema: SchemaState, table: string, name: string): boolean {
  const kind = schema.constraintKind(table, name);
  return kind === undefined ? name.endsWith('_fkey') : kind === 'foreignKey';
}

/** A later ALTER TABLE of the same file adds a foreign key of the same name to the same table. */
export function readdedLater(statements: readonly Statement[], after: number, schema: SchemaState, table: string, name: string, contype = 'CONSTR_FOREIGN'): boolean {
  // The same statement may drop and add again (`DROP CONSTRAINT x, ADD CONSTRAINT x ...`): include it.
  return statements.slice(after).some((s) => {
    const alter = nodeAs(s.node, 'AlterTableStmt');
    if (!alter || schema.key(relationName(alter.relation)) !== schema.key(table)) return false;
    return (alter.cmds ?? []).some((c) => {
      const cmd: AlterTableCmd | undefined = nodeAs(c, 'AlterTableCmd');
      const con = nodeAs(cmd?.def, 'Constraint');
      return cmd?.subtype === 'AT_AddConstraint' && con?.contype === contype && con.conname === name;
    });
  });
}
