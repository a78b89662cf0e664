import { blockingLockTarget } from '../engine/lock-level';
import { defineRule } from './types';

export const requireLockTimeout = defineRule({
  id: 'require-lock-timeout',
  guard: 'migration-score',
  severity: 'notice',
  category: 'locking',
  description: 'A statement that takes an ACCESS EXCLUSIVE lock with no lock_timeout set can queue every query on the table behind a long transaction.',
  messages: {
    noTimeout:
      'No lock_timeout is set before this statement locks {{table}}: while it waits for a running transaction, every query on {{table}} waits behind it. Reported once per pull request; set `lock-timeout: connection` if the role or connection sets it.',
  },
  // Prisma never writes SET lock_timeout, and teams usually set it on the role: a notice that costs nothing.
  risk: {},
  defaultEnabled: true,
  help: "Start the migration with SET lock_timeout = '5s'; (and retry the deploy if it times out), or set it on the migration role (ALTER ROLE ... SET lock_timeout = '5s') and declare `lock-timeout: connection`.",
  check(ctx) {
    // Once per pull request, at the first statement that takes ACCESS EXCLUSIVE on an existing table.
    const state = ctx.runState(() => ({ reported: false }));
    if (ctx.settings.lockTimeout === 'connection' || ctx.lockTimeoutSet || state.reported) return;
    const table = blockingLockTarget(ctx.statement, ctx.schema, { accessExclusiveOnly: true });
    if (!table) return;
    state.reported = true;
    ctx.report({ messageId: 'noTimeout', data: { table } });
  },
});
