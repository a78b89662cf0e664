import { alterTable } from './helpers';
import { nodeAs } from '../engine/pg-ast';
import { defineRule } from './types';

export const banAddUniqueConstraint = defineRule({
  id: 'ban-add-unique-constraint',
  guard: 'migration-score',
  severity: 'warning',
  category: 'locking',
  description: 'Adding a UNIQUE or PRIMARY KEY constraint builds its index under an ACCESS EXCLUSIVE lock, and fails on duplicates.',
  messages: {
    unique: 'UNIQUE constraint {{constraint}} on {{table}} builds its index while the table is locked against reads and writes, and fails if duplicates exist.',
    primaryKey: 'PRIMARY KEY {{constraint}} on {{table}} builds its index while the table is locked against reads and writes.',
  },
  risk: { highRisk: true, downtime: true },
  defaultEnabled: true,
  help: 'CREATE UNIQUE INDEX CONCURRENTLY in its own migration, then ADD CONSTRAINT ... UNIQUE USING INDEX (or PRIMARY KEY USING INDEX), which is instant.',
  check(ctx) {
    const alter = alterTable(ctx);
    if (!alter || ctx.schema.isNewTable(alter.table)) return;
    for (const cmd of alter.cmds) {
      const con = nodeAs(cmd.def, 'Constraint');
      if (cmd.subtype !== 'AT_AddConstraint' || !con || con.indexname) continue;
      const data = { table: alter.table, constraint: con.conname ?? '(unnamed)' };
      if (con.contype === 'CONSTR_UNIQUE') ctx.report({ messageId: 'unique', data, byte: con.location });
      else if (con.contype === 'CONSTR_PRIMARY') ctx.report({ messageId: 'primaryKey', data, byte: con.location });
    }
  },
});
