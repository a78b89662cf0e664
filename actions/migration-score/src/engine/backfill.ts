import type { UpdateStmt } from 'libpg-query';
import type { Statement } from './parse-sql';
import { nodeAs, relationName } from './pg-ast';
import type { SchemaState } from './schema-state';

/**
 * Whether an UPDATE only fills columns that earlier statements of the same migration added to its table:
 * a backfill. It overwrites nothing that existed (the columns were NULL or their default a moment ago),
 * so it loses no data; it still writes every row while the ADD COLUMN's lock is held.
 */
export function isBackfill(update: UpdateStmt, statements: readonly Statement[], before: number, schema: SchemaState): boolean {
  const table = schema.key(relationName(update.relation));
  const targets = (update.targetList ?? []).map((t) => nodeAs(t, 'ResTarget')?.name);
  if (targets.length === 0 || targets.some((t) => t === undefined)) return false;
  const added = new Set<string>();
  for (const s of statements.slice(0, before)) {
    const alter = nodeAs(s.node, 'AlterTableStmt');
    if (!alter || schema.key(relationName(alter.relation)) !== table) continue;
    for (const c of alter.cmds ?? []) {
      const cmd = nodeAs(c, 'AlterTableCmd');
      const col = nodeAs(cmd?.def, 'ColumnDef');
      if (cmd?.subtype === 'AT_AddColumn' && col?.colname) added.add(col.colname);
      if (cmd?.subtype === 'AT_DropColumn' && cmd.name) added.delete(cmd.name);
    }
  }
  return targets.every((t) => added.has(t!));
}
