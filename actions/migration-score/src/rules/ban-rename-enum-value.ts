import { qualifiedName, stringsOf } from '../engine/pg-ast';
import { defineRule } from './types';

export const banRenameEnumValue = defineRule({
  id: 'ban-rename-enum-value',
  guard: 'migration-score',
  severity: 'error',
  category: 'regressive',
  description: 'Renaming an enum value breaks code already deployed that reads or writes the old value.',
  messages: { renameValue: "Renaming value '{{oldValue}}' of enum {{type}} to '{{newValue}}' breaks code already deployed, which still writes '{{oldValue}}'." },
  risk: { highRisk: true },
  defaultEnabled: true,
  help: 'Add the new value, release code that writes it, update the rows, then remove the old value in a later migration (or map the name in the schema with Prisma @map).',
  check(ctx) {
    const e = ctx.node('AlterEnumStmt');
    const type = qualifiedName(stringsOf(e?.typeName));
    if (!e?.oldVal || ctx.schema.isNewType(type)) return;
    ctx.report({ messageId: 'renameValue', data: { type, oldValue: e.oldVal, newValue: e.newVal ?? '' } });
  },
});
