import type { Statement } from './parse-sql';
import { lastName, nodeAs, objectName } from './pg-ast';
import type { SchemaState } from './schema-state';

/**
 * The table a statement locks so that others queue behind it (ACCESS EXCLUSIVE, or SHARE for a plain
 * CREATE INDEX), when that table existed before the migration. While such a lock waits, every query
 * on the table waits behind it: that is what lock_timeout bounds.
 */
export function blockingLockTarget(s: Statement, schema: SchemaState): string | undefined {
  const existing = (t: string | undefined) => (t && !schema.isNewTable(t) ? t : undefined);
  const alter = nodeAs(s.node, 'AlterTableStmt');
  if (alter) {
    // VALIDATE CONSTRAINT takes SHARE UPDATE EXCLUSIVE, which lets reads and writes through.
    const onlyValidates = (alter.cmds ?? []).every((c) => nodeAs(c, 'AlterTableCmd')?.subtype === 'AT_ValidateConstraint');
    return onlyValidates ? undefined : existing(alter.relation?.relname);
  }
  const idx = nodeAs(s.node, 'IndexStmt');
  if (idx) return idx.concurrent ? undefined : existing(idx.relation?.relname);
  const drop = nodeAs(s.node, 'DropStmt');
  if (drop?.removeType === 'OBJECT_TABLE') return (drop.objects ?? []).map((o) => existing(lastName(objectName(o)))).find(Boolean);
  if (drop?.removeType === 'OBJECT_INDEX' && !drop.concurrent) {
    const name = (drop.objects ?? []).map((o) => lastName(objectName(o))).find((n) => !schema.isNewIndex(n));
    return name ? `index ${name}` : undefined;
  }
  const rename = nodeAs(s.node, 'RenameStmt');
  if (rename?.relation) return existing(rename.relation.relname);
  const trunc = nodeAs(s.node, 'TruncateStmt');
  if (trunc) return (trunc.relations ?? []).map((r) => existing(nodeAs(r, 'RangeVar')?.relname)).find(Boolean);
  return undefined;
}
