import { baseTypeName, typeText } from '../engine/pg-ast';
import { columnTypesOf } from './helpers';
import { defineRule } from './types';

const SMALL = new Set(['int2', 'int4', 'serial', 'serial2', 'serial4', 'smallserial']);

export const preferBigint = defineRule({
  id: 'prefer-bigint',
  guard: 'migration-score',
  severity: 'warning',
  category: 'style',
  description: 'A 32-bit integer key runs out at 2.1 billion, and widening it later rewrites the table.',
  messages: { smallInt: 'Column {{table}}.{{column}} is {{type}}; bigint does not run out.' },
  risk: {},
  defaultEnabled: false,
  help: 'Use bigint (Prisma: BigInt). Off by default because Prisma generates integer for Int.',
  check(ctx) {
    for (const c of columnTypesOf(ctx)) {
      if (SMALL.has(baseTypeName(c.type))) ctx.report({ messageId: 'smallInt', data: { table: c.table, column: c.column, type: typeText(c.type) }, byte: c.type.location });
    }
  },
});
