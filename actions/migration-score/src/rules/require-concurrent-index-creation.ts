import { relationName } from '../engine/pg-ast';
import { defineRule } from './types';

export const requireConcurrentIndexCreation = defineRule({
  id: 'require-concurrent-index-creation',
  guard: 'migration-score',
  severity: 'warning',
  category: 'locking',
  description: 'CREATE INDEX without CONCURRENTLY blocks every write to the table while the index builds.',
  messages: { createIndex: 'CREATE INDEX {{index}} on {{table}} without CONCURRENTLY blocks inserts, updates and deletes until the index is built.' },
  risk: { downtime: true },
  defaultEnabled: true,
  help: 'Use CREATE INDEX CONCURRENTLY in a migration file of its own (Prisma runs a one-statement file outside a transaction).',
  check(ctx) {
    const idx = ctx.node('IndexStmt');
    const table = relationName(idx?.relation);
    if (!idx || idx.concurrent || !table || ctx.schema.isNewTable(table)) return;
    ctx.report({ messageId: 'createIndex', data: { index: idx.idxname ?? '(unnamed)', table } });
  },
});
