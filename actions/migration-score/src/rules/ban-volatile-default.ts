import { baseTypeName } from '../engine/pg-ast';
import { volatileCall } from '../engine/volatility';
import { alterTable, columnDefOf, constraintsOf } from './helpers';
import { defineRule } from './types';

const SERIAL = new Set(['serial', 'bigserial', 'smallserial', 'serial2', 'serial4', 'serial8']);

export const banVolatileDefault = defineRule({
  id: 'ban-volatile-default',
  guard: 'migration-score',
  severity: 'warning',
  category: 'locking',
  description: 'ADD COLUMN with a volatile default (or any default before PostgreSQL 11) rewrites the whole table under an ACCESS EXCLUSIVE lock.',
  messages: {
    volatile: 'Adding {{table}}.{{column}} with DEFAULT {{call}} rewrites every row under an ACCESS EXCLUSIVE lock: the default differs per row.',
    oldServer: 'Adding {{table}}.{{column}} with a DEFAULT rewrites every row on PostgreSQL {{pgVersion}} (before 11).',
    generated: 'Adding {{table}}.{{column}} as {{what}} fills every existing row: a table rewrite under an ACCESS EXCLUSIVE lock.',
  },
  risk: { downtime: true },
  defaultEnabled: true,
  help: 'Add the column without a default (or with a constant one), set the default in a second statement so it applies to new rows only, and backfill existing rows in batches.',
  check(ctx) {
    const alter = alterTable(ctx);
    if (!alter || ctx.schema.isNewTable(alter.table)) return;
    for (const cmd of alter.cmds) {
      const col = columnDefOf(cmd);
      if (cmd.subtype !== 'AT_AddColumn' || !col?.colname) continue;
      const data = { table: alter.table, column: col.colname, pgVersion: ctx.settings.pgVersion };
      const cons = constraintsOf(col);
      const def = cons.find((c) => c.contype === 'CONSTR_DEFAULT');
      const filler = SERIAL.has(baseTypeName(col.typeName)) ? baseTypeName(col.typeName) : cons.some((c) => c.contype === 'CONSTR_IDENTITY') ? 'an identity column' : cons.some((c) => c.contype === 'CONSTR_GENERATED') ? 'a stored generated column' : undefined;
      if (filler) ctx.report({ messageId: 'generated', data: { ...data, what: filler }, byte: col.location });
      else if (def && ctx.settings.pgVersion < 11) ctx.report({ messageId: 'oldServer', data, byte: def.location });
      else if (def) {
        const call = volatileCall(def.raw_expr);
        if (call) ctx.report({ messageId: 'volatile', data: { ...data, call }, byte: def.location });
      }
    }
  },
});
