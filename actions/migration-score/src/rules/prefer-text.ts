import { baseTypeName, typeText } from '../engine/pg-ast';
import { columnTypesOf } from './helpers';
import { defineRule } from './types';

export const preferText = defineRule({
  id: 'prefer-text',
  guard: 'migration-score',
  severity: 'warning',
  category: 'style',
  description: 'varchar(n) adds a limit that needs a migration to change; text with a CHECK is as fast and easier to change.',
  messages: { varchar: 'Column {{table}}.{{column}} is {{type}}; text (with a CHECK on length if needed) avoids a migration to change the limit.' },
  risk: {},
  defaultEnabled: false,
  help: 'Use text, with a CHECK (char_length(col) <= n) NOT VALID if the limit matters. Off by default because Prisma generates varchar for @db.VarChar(n).',
  check(ctx) {
    for (const c of columnTypesOf(ctx)) {
      if (baseTypeName(c.type) === 'varchar' && c.type.typmods?.length) {
        ctx.report({ messageId: 'varchar', data: { table: c.table, column: c.column, type: typeText(c.type) }, byte: c.type.location });
      }
    }
  },
});
