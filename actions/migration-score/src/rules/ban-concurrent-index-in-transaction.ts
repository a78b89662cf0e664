import { defineRule } from './types';

export const banConcurrentIndexInTransaction = defineRule({
  id: 'ban-concurrent-index-in-transaction',
  guard: 'migration-score',
  severity: 'error',
  category: 'locking',
  description: 'CONCURRENTLY cannot run inside a transaction, and Prisma runs a file of several statements as one.',
  messages: { inTransaction: '{{verb}} INDEX CONCURRENTLY fails here: this file has {{count}} statements, and Prisma runs them as one transaction.' },
  risk: { highRisk: true },
  defaultEnabled: true,
  help: 'Put the CONCURRENTLY statement alone in its own migration file.',
  check(ctx) {
    if (!ctx.inTransaction) return;
    const idx = ctx.node('IndexStmt');
    const drop = ctx.node('DropStmt');
    const reindex = ctx.node('ReindexStmt');
    const concurrentReindex = (reindex?.params ?? []).some((p) => 'DefElem' in p && p.DefElem.defname === 'concurrently');
    const verb = idx?.concurrent ? 'CREATE' : drop?.concurrent ? 'DROP' : concurrentReindex ? 'REINDEX' : undefined;
    if (verb) ctx.report({ messageId: 'inTransaction', data: { verb, count: ctx.statements.length } });
  },
});
