import type { Statement } from './parse-sql';
import { nodeAs, objectName, qualifiedName, relationName } from './pg-ast';
import type { SchemaState } from './schema-state';

/**
 * The table a statement locks so that others queue behind it (ACCESS EXCLUSIVE, or SHARE for a plain
 * CREATE INDEX), when that table existed before the migration. While such a lock waits, every query
 * on the table waits behind it: that is what lock_timeout bounds.
 */
export function blockingLockTarget(s: Statement, schema: SchemaState, opts: { accessExclusiveOnly?: boolean } = {}): string | undefined {
  const existing = (t: string | undefined) => (t && !schema.isNewTable(t) ? t : undefined);
  const alter = nodeAs(s.node, 'AlterTableStmt');
  if (alter) {
    // VALIDATE CONSTRAINT takes SHARE UPDATE EXCLUSIVE, which lets reads and writes through.
    const onlyValidates = (alter.cmds ?? []).every((c) => nodeAs(c, 'AlterTableCmd')?.subtype === 'AT_ValidateConstraint');
    return onlyValidates ? undefined : existing(relationName(alter.relation));
  }
  const idx = nodeAs(s.node, 'IndexStmt');
  // A plain CREATE INDEX takes SHARE: writes wait, reads go on.
  if (idx) return idx.concurrent || opts.accessExclusiveOnly ? undefined : existing(relationName(idx.relation));
  const drop = nodeAs(s.node, 'DropStmt');
  if (drop?.removeType === 'OBJECT_TABLE') return (drop.objects ?? []).map((o) => existing(qualifiedName(objectName(o)))).find(Boolean);
  if (drop?.removeType === 'OBJECT_INDEX' && !drop.concurrent) {
    const name = (drop.objects ?? []).map((o) => qualifiedName(objectName(o))).find((n) => !schema.isNewIndex(n));
    return name ? `index ${name}` : undefined;
  }
  const rename = nodeAs(s.node, 'RenameStmt');
  if (rename?.relation) return existing(relationName(rename.relation));
  const trunc = nodeAs(s.node, 'TruncateStmt');
  if (trunc) return (trunc.relations ?? []).map((r) => existing(relationName(nodeAs(r, 'RangeVar')))).find(Boolean);
  return undefined;
}
