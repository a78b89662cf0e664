import { alterTable } from './helpers';
import { defineRule } from './types';

export const banSetUnlogged = defineRule({
  id: 'ban-set-unlogged',
  guard: 'migration-score',
  severity: 'error',
  category: 'regressive',
  description: 'SET UNLOGGED rewrites the table under an ACCESS EXCLUSIVE lock, and an unlogged table is emptied after a crash and not replicated.',
  messages: {
    setUnlogged: 'SET UNLOGGED rewrites {{table}} under an ACCESS EXCLUSIVE lock; afterwards a crash empties it, and standbys and replicas no longer receive its rows.',
  },
  risk: { highRisk: true, dataLoss: true, downtime: true },
  defaultEnabled: true,
  help: 'Keep tables that hold data you need logged. For scratch data, create a new UNLOGGED table instead of converting one with rows.',
  check(ctx) {
    const alter = alterTable(ctx);
    if (!alter || ctx.schema.isNewTable(alter.table)) return;
    for (const [clause, cmd] of alter.cmds.entries()) {
      if (cmd.subtype === 'AT_SetUnLogged') ctx.report({ messageId: 'setUnlogged', data: { table: alter.table }, clause, near: /SET\s+UNLOGGED/i });
    }
  },
});
