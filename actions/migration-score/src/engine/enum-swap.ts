import type { Statement } from './parse-sql';
import { lastName, nodeAs, objectName, stringsOf } from './pg-ast';

/**
 * Prisma removes enum values by swapping the type, in one transaction:
 *   CREATE TYPE "Role_new" AS ENUM (...); ALTER TABLE ... ALTER COLUMN ... TYPE "Role_new" USING ...;
 *   ALTER TYPE "Role" RENAME TO "Role_old"; ALTER TYPE "Role_new" RENAME TO "Role"; DROP TYPE "Role_old";
 * The parts are one operation: ban-enum-value-removal reports it once, and the rename, drop and
 * type-change rules leave the parts alone.
 */
export interface EnumSwap {
  typeName: string;
  createIndex: number;
  newValues: string[];
  members: number[];
}

export function findEnumSwaps(statements: readonly Statement[]): EnumSwap[] {
  const swaps: EnumSwap[] = [];
  for (const s of statements) {
    const en = nodeAs(s.node, 'CreateEnumStmt');
    const tmp = lastName(stringsOf(en?.typeName));
    if (!en || !tmp) continue;
    const finalRename = statements.find((r) => r.index > s.index && renameOf(r)?.from === tmp);
    const typeName = finalRename && renameOf(finalRename)?.to;
    if (!finalRename || !typeName) continue;
    const members = [s.index, finalRename.index];
    let parked: string | undefined;
    for (const r of statements) {
      if (r.index <= s.index) continue;
      const rn = renameOf(r);
      if (rn?.from === typeName && r.index < finalRename.index) {
        parked = rn.to;
        members.push(r.index);
      } else if (parked && dropsType(r, parked)) members.push(r.index);
      else if (onlyRetypesTo(r, tmp)) members.push(r.index);
    }
    swaps.push({ typeName, createIndex: s.index, newValues: stringsOf(en.vals), members: members.sort((a, b) => a - b) });
  }
  return swaps;
}

function renameOf(s: Statement): { from: string; to: string } | undefined {
  const r = nodeAs(s.node, 'RenameStmt');
  if (r?.renameType !== 'OBJECT_TYPE' || !r.newname) return undefined;
  return { from: lastName(objectName(r.object)), to: r.newname };
}

function dropsType(s: Statement, name: string): boolean {
  const d = nodeAs(s.node, 'DropStmt');
  return d?.removeType === 'OBJECT_TYPE' && (d.objects ?? []).some((o) => lastName(objectName(o)) === name);
}

/** An ALTER TABLE whose every clause retypes a column to the swap's type or moves its default. */
function onlyRetypesTo(s: Statement, typeName: string): boolean {
  const alter = nodeAs(s.node, 'AlterTableStmt');
  if (!alter?.cmds?.length) return false;
  let retypes = false;
  for (const c of alter.cmds) {
    const cmd = nodeAs(c, 'AlterTableCmd');
    if (cmd?.subtype === 'AT_ColumnDefault') continue;
    const def = nodeAs(cmd?.def, 'ColumnDef');
    if (cmd?.subtype !== 'AT_AlterColumnType' || lastName(stringsOf(def?.typeName?.names)) !== typeName) return false;
    retypes = true;
  }
  return retypes;
}
