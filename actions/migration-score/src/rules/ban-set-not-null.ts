import { hasDefault } from './ban-add-required-column';
import { alterTable, ident } from './helpers';
import { defineRule } from './types';

export const banSetNotNull = defineRule({
  id: 'ban-set-not-null',
  guard: 'migration-score',
  severity: 'error',
  category: 'regressive',
  description: 'SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock, and fails if any row is NULL.',
  messages: {
    setNotNull: 'SET NOT NULL on {{table}}.{{column}} scans every row under an ACCESS EXCLUSIVE lock and fails if one is NULL; no validated CHECK ({{column}} IS NOT NULL) exists to skip the scan.',
  },
  risk: { highRisk: true, downtime: true },
  defaultEnabled: true,
  help: 'Backfill the NULLs, ADD CONSTRAINT ... CHECK (col IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT in a later migration, then SET NOT NULL (PostgreSQL 12+ uses the check and skips the scan) and drop the check.',
  check(ctx) {
    const alter = alterTable(ctx);
    for (const [clause, cmd] of (alter?.cmds ?? []).entries()) {
      if (cmd.subtype !== 'AT_SetNotNull' || !cmd.name) continue;
      const { table } = alter!;
      if (ctx.schema.isNewTable(table)) continue;
      // Added by this PR without a default: ban-add-required-column reports the three-step required column.
      if (ctx.schema.isAddedToExistingTable(table, cmd.name) && !hasDefault(ctx.schema, table, cmd.name, alter!.cmds)) continue;
      if (ctx.settings.pgVersion >= 12 && ctx.schema.hasValidatedNotNullCheck(table, cmd.name)) continue;
      ctx.report({ messageId: 'setNotNull', data: { table, column: cmd.name }, clause, near: new RegExp(`ALTER\\s+(?:COLUMN\\s+)?${ident(cmd.name)}`, 'i') });
    }
  },
});
