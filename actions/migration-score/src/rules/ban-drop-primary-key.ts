import { alterTable, ident } from './helpers';
import { readdedLater } from './ban-drop-foreign-key';
import { defineRule } from './types';

export const banDropPrimaryKey = defineRule({
  id: 'ban-drop-primary-key',
  guard: 'migration-score',
  severity: 'error',
  category: 'regressive',
  description: 'Dropping a primary key removes what identifies a row: duplicates can come in, foreign keys to it must go first, and logical replication stops accepting UPDATE and DELETE.',
  messages: {
    dropPrimaryKey: 'Dropping primary key {{constraint}} of {{table}} lets duplicate and NULL keys in, and UPDATE and DELETE fail on a table published for logical replication.',
    replacePrimaryKey: 'Primary key {{constraint}} of {{table}} is dropped and added again: the new key builds a unique index under an ACCESS EXCLUSIVE lock, and code already deployed still identifies rows by the old one.',
  },
  risk: { highRisk: true, downtime: true },
  defaultEnabled: true,
  help: 'Build the new key first (CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT ... PRIMARY KEY USING INDEX after the old one is dropped in the same short transaction), and release code that uses it before.',
  check(ctx) {
    const alter = alterTable(ctx);
    if (!alter || ctx.schema.isNewTable(alter.table)) return;
    for (const [clause, cmd] of alter.cmds.entries()) {
      if (cmd.subtype !== 'AT_DropConstraint' || !cmd.name) continue;
      const kind = ctx.schema.constraintKind(alter.table, cmd.name);
      // Known from the parse tree of the statement that made it; Prisma's `_pkey` naming only when no replayed statement did.
      if (kind === undefined ? !cmd.name.endsWith('_pkey') : kind !== 'primaryKey') continue;
      const replaced = readdedLater(ctx.statements, ctx.statement.index, ctx.schema, alter.table, cmd.name, 'CONSTR_PRIMARY');
      ctx.report({ messageId: replaced ? 'replacePrimaryKey' : 'dropPrimaryKey', data: { table: alter.table, constraint: cmd.name }, clause, near: new RegExp(ident(cmd.name)) });
    }
  },
});
