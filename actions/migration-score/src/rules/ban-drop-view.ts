import type { Statement } from '../engine/parse-sql';
import { nodeAs, objectName, qualifiedName, relationName } from '../engine/pg-ast';
import type { SchemaState } from '../engine/schema-state';
import { ident } from './helpers';
import { defineRule } from './types';

export const banDropView = defineRule({
  id: 'ban-drop-view',
  guard: 'migration-score',
  severity: 'error',
  category: 'regressive',
  description: 'Dropping a view (or materialized view) that the same migration does not create again breaks code that still queries it.',
  messages: {
    dropView: 'Dropping view {{view}} breaks code already deployed that queries it, and this migration does not create it again.',
    dropMaterializedView: 'Dropping materialized view {{view}} breaks code already deployed that queries it, and its rows are gone until it is created and refreshed again.',
  },
  risk: { highRisk: true, noRollback: true },
  defaultEnabled: true,
  help: 'Release code that no longer reads the view first, then drop it in a later migration and approve it. To change a view, CREATE OR REPLACE it, or drop and create it again in the same migration.',
  check(ctx) {
    const drop = ctx.node('DropStmt');
    const materialized = drop?.removeType === 'OBJECT_MATVIEW';
    if (!drop || (drop.removeType !== 'OBJECT_VIEW' && !materialized)) return;
    for (const o of drop.objects ?? []) {
      const view = qualifiedName(objectName(o));
      if (ctx.schema.isNewView(view) || createdLater(ctx.statements, ctx.statement.index, ctx.schema, view)) continue;
      ctx.report({ messageId: materialized ? 'dropMaterializedView' : 'dropView', data: { view }, near: new RegExp(ident(view)) });
    }
  },
});

function createdLater(statements: readonly Statement[], after: number, schema: SchemaState, view: string): boolean {
  const key = schema.key(view);
  return statements.slice(after + 1).some((s) => {
    const v = nodeAs(s.node, 'ViewStmt')?.view ?? nodeAs(s.node, 'CreateTableAsStmt')?.into?.rel;
    return v !== undefined && schema.key(relationName(v)) === key;
  });
}
