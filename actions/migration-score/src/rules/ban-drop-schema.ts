import { lastName, objectName } from '../engine/pg-ast';
import { defineRule } from './types';

export const banDropSchema = defineRule({
  id: 'ban-drop-schema',
  guard: 'migration-score',
  severity: 'error',
  category: 'regressive',
  description: 'Dropping a schema or a database deletes every object in it.',
  messages: {
    dropSchema: 'Dropping schema {{name}} deletes every table, type and function in it.',
    dropDatabase: 'Dropping database {{name}} deletes all of its data.',
  },
  risk: { highRisk: true, dataLoss: true, noRollback: true },
  defaultEnabled: true,
  help: 'Do this by hand after a backup, never from a deploy pipeline; if it must be a migration, approve it with the reason.',
  check(ctx) {
    const drop = ctx.node('DropStmt');
    if (drop?.removeType === 'OBJECT_SCHEMA') {
      for (const o of drop.objects ?? []) ctx.report({ messageId: 'dropSchema', data: { name: lastName(objectName(o)) } });
    }
    const dropdb = ctx.node('DropdbStmt');
    if (dropdb) ctx.report({ messageId: 'dropDatabase', data: { name: dropdb.dbname ?? '' } });
  },
});
