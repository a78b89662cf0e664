import { alterTable, ident } from './helpers';
import { defineRule } from './types';

export const banDropForeignKey = defineRule({
  meta: {
    id: 'ban-drop-foreign-key',
    severity: 'warning',
    category: 'regressive',
    description: 'Dropping a foreign key lets orphaned rows in: integrity, not data, is lost.',
    messages: { dropForeignKey: 'Dropping foreign key {{constraint}} on {{table}} lets rows point at nothing; adding it back later must validate every row.' },
    risk: { noRollback: true },
    defaultEnabled: true,
    help: 'Keep the foreign key unless the relation is gone; if it must change, add the new one NOT VALID and VALIDATE it before dropping the old one.',
  },
  check(ctx) {
    const alter = alterTable(ctx);
    for (const cmd of alter?.cmds ?? []) {
      // Prisma names foreign keys <Table>_<column>_fkey; other names cannot be told apart from CHECKs here.
      if (cmd.subtype !== 'AT_DropConstraint' || !cmd.name?.endsWith('_fkey') || ctx.schema.isNewTable(alter!.table)) continue;
      ctx.report({ messageId: 'dropForeignKey', data: { table: alter!.table, constraint: cmd.name }, near: new RegExp(ident(cmd.name)) });
    }
  },
});
