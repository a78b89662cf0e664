import { nodeAs, relationName } from '../engine/pg-ast';
import { ident } from './helpers';
import { defineRule } from './types';

export const banTruncate = defineRule({
  id: 'ban-truncate',
  guard: 'migration-score',
  severity: 'error',
  category: 'regressive',
  description: 'TRUNCATE deletes every row of a table, under an ACCESS EXCLUSIVE lock.',
  messages: { truncate: 'TRUNCATE {{table}} deletes every row of the table.' },
  risk: { highRisk: true, dataLoss: true, noRollback: true },
  defaultEnabled: true,
  help: 'Delete the rows you mean with a WHERE clause in batches, or approve the truncate with the reason the data may go.',
  check(ctx) {
    const t = ctx.node('TruncateStmt');
    for (const r of t?.relations ?? []) {
      const table = relationName(nodeAs(r, 'RangeVar'));
      if (!table || ctx.schema.isNewTable(table)) continue;
      ctx.report({ messageId: 'truncate', data: { table }, near: new RegExp(ident(table)) });
    }
  },
});
