import { baseTypeName, typeText } from '../engine/pg-ast';
import { columnTypesOf } from './helpers';
import { defineRule } from './types';

export const preferTimestamptz = defineRule({
  id: 'prefer-timestamptz',
  guard: 'migration-score',
  severity: 'warning',
  category: 'style',
  description: 'timestamp without time zone stores wall-clock times that change meaning with the server time zone.',
  messages: { timestamp: 'Column {{table}}.{{column}} is {{type}}; timestamptz stores an instant.' },
  risk: {},
  defaultEnabled: false,
  help: 'Use timestamptz (Prisma: @db.Timestamptz). Off by default because Prisma generates timestamp(3) for DateTime.',
  check(ctx) {
    for (const c of columnTypesOf(ctx)) {
      if (baseTypeName(c.type) === 'timestamp') ctx.report({ messageId: 'timestamp', data: { table: c.table, column: c.column, type: typeText(c.type) }, byte: c.type.location });
    }
  },
});
