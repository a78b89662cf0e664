import { objectName, qualifiedName } from '../engine/pg-ast';
import { ident } from './helpers';
import { defineRule } from './types';

export const banDropType = defineRule({
  id: 'ban-drop-type',
  guard: 'migration-score',
  severity: 'error',
  category: 'regressive',
  description: 'Dropping a type (an enum, a domain) fails while columns use it, or with CASCADE drops those columns.',
  messages: {
    dropType: 'Dropping type {{type}} breaks every column and function that uses it.',
    dropTypeCascade: 'Dropping type {{type}} with CASCADE also drops every column of that type and its data.',
  },
  risk: { highRisk: true, dataLoss: true, noRollback: true },
  defaultEnabled: true,
  help: 'Move the columns off the type first and release code that no longer uses it, then drop the type in a later migration and approve it.',
  check(ctx) {
    const drop = ctx.node('DropStmt');
    if (ctx.inEnumSwap || (drop?.removeType !== 'OBJECT_TYPE' && drop?.removeType !== 'OBJECT_DOMAIN')) return;
    for (const o of drop.objects ?? []) {
      const type = qualifiedName(objectName(o));
      if (ctx.schema.isNewType(type)) continue;
      const messageId = drop.behavior === 'DROP_CASCADE' ? 'dropTypeCascade' : 'dropType';
      ctx.report({ messageId, data: { type }, near: new RegExp(ident(type)) });
    }
  },
});
