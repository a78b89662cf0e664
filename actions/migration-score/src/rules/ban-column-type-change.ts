import { typeText } from '../engine/pg-ast';
import { isBinaryCompatible } from '../engine/type-change';
import { alterTable, columnDefOf, ident } from './helpers';
import { defineRule } from './types';

export const banColumnTypeChange = defineRule({
  id: 'ban-column-type-change',
  guard: 'migration-score',
  severity: 'error',
  category: 'regressive',
  description: 'Changing a column type rewrites the table under an ACCESS EXCLUSIVE lock and can break code that reads the old type.',
  messages: {
    typeChange: 'Changing {{table}}.{{column}} from {{from}} to {{to}} rewrites the table under an ACCESS EXCLUSIVE lock, and code already deployed still expects {{from}}.',
    unknownFrom: 'Changing {{table}}.{{column}} to {{to}}: no earlier migration declares the column, so the change cannot be shown to be safe; most type changes rewrite the table.',
    usingClause: 'Changing {{table}}.{{column}} to {{to}} with USING rewrites every row under an ACCESS EXCLUSIVE lock.',
  },
  risk: { highRisk: true, downtime: true },
  defaultEnabled: true,
  help: 'Add a column of the new type, write to both and backfill in batches, switch reads, then drop the old column. Growing a varchar, or varchar to text, is safe and not reported.',
  check(ctx) {
    if (ctx.inEnumSwap) return;
    const alter = alterTable(ctx);
    for (const [clause, cmd] of (alter?.cmds ?? []).entries()) {
      const col = columnDefOf(cmd);
      if (cmd.subtype !== 'AT_AlterColumnType' || !cmd.name || !col?.typeName) continue;
      const { table } = alter!;
      // A column this PR added to an existing table is not empty: every row holds it, so the rewrite is real.
      if (ctx.schema.isNewTable(table)) continue;
      const from = ctx.schema.columnType(table, cmd.name);
      const data = { table, column: cmd.name, to: typeText(col.typeName), from: from ? typeText(from) : '' };
      const at = { clause, near: new RegExp(`ALTER\\s+(?:COLUMN\\s+)?${ident(cmd.name)}`, 'i') };
      if (col.raw_default) ctx.report({ messageId: 'usingClause', data, ...at });
      else if (!from) ctx.report({ messageId: 'unknownFrom', data, ...at });
      else if (!isBinaryCompatible(from, col.typeName)) ctx.report({ messageId: 'typeChange', data, ...at });
    }
  },
});
