import { objectName, qualifiedName } from '../engine/pg-ast';
import { ident } from './helpers';
import { defineRule } from './types';

export const requireConcurrentIndexDeletion = defineRule({
  id: 'require-concurrent-index-deletion',
  guard: 'migration-score',
  severity: 'warning',
  category: 'locking',
  description: 'DROP INDEX without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the table.',
  messages: { dropIndex: 'DROP INDEX {{index}} without CONCURRENTLY locks its table against reads and writes while it waits and runs.' },
  risk: { downtime: true },
  defaultEnabled: true,
  help: 'Use DROP INDEX CONCURRENTLY in a migration file of its own.',
  check(ctx) {
    const drop = ctx.node('DropStmt');
    if (drop?.removeType !== 'OBJECT_INDEX' || drop.concurrent) return;
    for (const o of drop.objects ?? []) {
      const index = qualifiedName(objectName(o));
      if (!ctx.schema.isNewIndex(index)) ctx.report({ messageId: 'dropIndex', data: { index }, near: new RegExp(ident(index)) });
    }
  },
});
