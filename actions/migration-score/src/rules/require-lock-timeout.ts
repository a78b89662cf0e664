import { blockingLockTarget } from '../engine/lock-level';
import { defineRule } from './types';

export const requireLockTimeout = defineRule({
  meta: {
    id: 'require-lock-timeout',
    severity: 'warning',
    category: 'locking',
    description: 'A statement that takes a blocking lock with no lock_timeout set can queue every query on the table behind a long transaction.',
    messages: {
      noTimeout: 'No lock_timeout is set before this statement locks {{table}}: while it waits for a running transaction, every query on {{table}} waits behind it ({{count}} statement(s) in this file take such a lock).',
    },
    risk: { downtime: true },
    defaultEnabled: true,
    help: "Start the migration with SET lock_timeout = '5s'; (and retry the deploy if it times out) so a waiting lock fails fast instead of stalling traffic.",
  },
  check(ctx) {
    // One finding per file, at the first such statement; the others are counted in its message.
    const state = ctx.fileState(() => ({ reported: false }));
    if (ctx.lockTimeoutSet || state.reported) return;
    const table = blockingLockTarget(ctx.statement, ctx.schema);
    if (!table) return;
    state.reported = true;
    const count = ctx.statements.slice(ctx.statement.index).filter((s) => blockingLockTarget(s, ctx.schema)).length;
    ctx.report({ messageId: 'noTimeout', data: { table, count } });
  },
});
