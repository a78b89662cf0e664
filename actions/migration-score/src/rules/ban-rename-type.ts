import { objectName, qualifiedName } from '../engine/pg-ast';
import { defineRule } from './types';

export const banRenameType = defineRule({
  id: 'ban-rename-type',
  guard: 'migration-score',
  severity: 'error',
  category: 'regressive',
  description: 'Renaming a type breaks casts and functions in code already deployed that name it.',
  messages: { renameType: 'Renaming type {{type}} to {{newName}} breaks queries and functions that name {{type}}.' },
  risk: { highRisk: true },
  defaultEnabled: true,
  help: 'Keep the database name and rename only in the schema (Prisma @@map on the enum); or create the new type, move the columns, and drop the old type later.',
  check(ctx) {
    const r = ctx.node('RenameStmt');
    if (r?.renameType !== 'OBJECT_TYPE' || ctx.inEnumSwap) return;
    const type = qualifiedName(objectName(r.object));
    if (ctx.schema.isNewType(type)) return;
    ctx.report({ messageId: 'renameType', data: { type, newName: r.newname ?? '' } });
  },
});
