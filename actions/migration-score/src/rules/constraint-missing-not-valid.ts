import { alterTable } from './helpers';
import { nodeAs } from '../engine/pg-ast';
import { defineRule } from './types';

export const constraintMissingNotValid = defineRule({
  id: 'constraint-missing-not-valid',
  guard: 'migration-score',
  severity: 'warning',
  category: 'locking',
  description: 'Adding a foreign key or CHECK without NOT VALID checks every row while holding a lock that blocks writes.',
  messages: {
    foreignKey: 'Foreign key {{constraint}} on {{table}} is checked against every row while writes to {{table}} and {{references}} wait.',
    check: 'CHECK constraint {{constraint}} on {{table}} is checked against every row under an ACCESS EXCLUSIVE lock.',
  },
  risk: { downtime: true },
  defaultEnabled: true,
  help: 'ADD CONSTRAINT ... NOT VALID (instant), then VALIDATE CONSTRAINT in a later migration: validation takes a lock that lets reads and writes continue.',
  check(ctx) {
    const alter = alterTable(ctx);
    if (!alter || ctx.schema.isNewTable(alter.table)) return;
    for (const cmd of alter.cmds) {
      const con = nodeAs(cmd.def, 'Constraint');
      if (cmd.subtype !== 'AT_AddConstraint' || !con || con.skip_validation) continue;
      const data = { table: alter.table, constraint: con.conname ?? '(unnamed)', references: con.pktable?.relname ?? '' };
      if (con.contype === 'CONSTR_FOREIGN') ctx.report({ messageId: 'foreignKey', data, byte: con.location });
      else if (con.contype === 'CONSTR_CHECK') ctx.report({ messageId: 'check', data, byte: con.location });
    }
  },
});
