import type { Statement } from './parse-sql';
import { nodeAs, objectName, qualifiedName, relationName, stringsOf } from './pg-ast';

/**
 * An enum replaced by a new type in one transaction, in either of two shapes:
 *   Prisma:  CREATE TYPE "Role_new" AS ENUM (...); ALTER TABLE ... ALTER COLUMN ... TYPE "Role_new" USING ...;
 *            ALTER TYPE "Role" RENAME TO "Role_old"; ALTER TYPE "Role_new" RENAME TO "Role"; DROP TYPE "Role_old";
 *   by hand: ALTER TYPE "Role" RENAME TO "Role_old"; CREATE TYPE "Role" AS ENUM (...);
 *            ALTER TABLE ... ALTER COLUMN ... TYPE "Role" USING ...; DROP TYPE "Role_old";
 * The parts are one operation: ban-enum-value-removal reports it when values go, ban-enum-type-swap
 * reports the rewrite when none do, and the rename, drop and type-change rules leave the parts alone.
 */
export interface EnumSwap {
  typeName: string;
  createIndex: number;
  newValues: string[];
  /** The name the old type has when the new one is created: where the old values are in the schema state. */
  oldName: string;
  /** The tables whose columns are moved to the new type (each is rewritten). */
  tables: string[];
  members: number[];
}

export function findEnumSwaps(statements: readonly Statement[]): EnumSwap[] {
  const swaps: EnumSwap[] = [];
  for (const s of statements) {
    const en = nodeAs(s.node, 'CreateEnumStmt');
    const created = qualifiedName(stringsOf(en?.typeName));
    if (!en || !created) continue;
    const swap = prismaSwap(statements, s.index, created) ?? handSwap(statements, s.index, created);
    if (swap) swaps.push({ ...swap, createIndex: s.index, newValues: stringsOf(en.vals) });
  }
  return swaps;
}

type Shape = Pick<EnumSwap, 'typeName' | 'oldName' | 'tables' | 'members'>;

function prismaSwap(statements: readonly Statement[], at: number, tmp: string): Shape | undefined {
  const finalRename = statements.find((r) => r.index > at && renameOf(r)?.from === tmp);
  const typeName = finalRename && withSchemaOf(tmp, renameOf(finalRename)!.to);
  if (!finalRename || !typeName) return undefined;
  const members = [at, finalRename.index];
  const tables: string[] = [];
  let parked: string | undefined;
  for (const r of statements) {
    if (r.index <= at) continue;
    const rn = renameOf(r);
    if (rn?.from === typeName && r.index < finalRename.index) {
      parked = withSchemaOf(typeName, rn.to);
      members.push(r.index);
    } else if (parked && dropsType(r, parked)) members.push(r.index);
    else if (retypesTo(r, tmp, tables)) members.push(r.index);
  }
  return { typeName, oldName: typeName, tables, members: members.sort((a, b) => a - b) };
}

function handSwap(statements: readonly Statement[], at: number, typeName: string): Shape | undefined {
  // The old type was renamed out of the way just before, and is dropped after the columns move.
  const park = [...statements.slice(0, at)].reverse().find((r) => renameOf(r)?.from === typeName);
  if (!park) return undefined;
  const oldName = withSchemaOf(typeName, renameOf(park)!.to);
  const drop = statements.find((r) => r.index > at && dropsType(r, oldName));
  if (!drop) return undefined;
  const members = [park.index, at, drop.index];
  const tables: string[] = [];
  for (const r of statements.slice(at + 1, drop.index)) if (retypesTo(r, typeName, tables)) members.push(r.index);
  return { typeName, oldName, tables, members: members.sort((a, b) => a - b) };
}

/** RENAME TO keeps the schema: `ALTER TYPE auth."Role" RENAME TO "Role_old"` makes auth.Role_old. */
function withSchemaOf(name: string, to: string): string {
  const dot = name.lastIndexOf('.');
  return dot === -1 ? to : `${name.slice(0, dot)}.${to}`;
}

function renameOf(s: Statement): { from: string; to: string } | undefined {
  const r = nodeAs(s.node, 'RenameStmt');
  if (r?.renameType !== 'OBJECT_TYPE' || !r.newname) return undefined;
  return { from: qualifiedName(objectName(r.object)), to: r.newname };
}

function dropsType(s: Statement, name: string): boolean {
  const d = nodeAs(s.node, 'DropStmt');
  return d?.removeType === 'OBJECT_TYPE' && (d.objects ?? []).some((o) => qualifiedName(objectName(o)) === name);
}

/** An ALTER TABLE whose every clause retypes a column to the swap's type or moves its default; notes the table. */
function retypesTo(s: Statement, typeName: string, tables: string[]): boolean {
  const alter = nodeAs(s.node, 'AlterTableStmt');
  if (!alter?.cmds?.length) return false;
  let retypes = false;
  for (const c of alter.cmds) {
    const cmd = nodeAs(c, 'AlterTableCmd');
    if (cmd?.subtype === 'AT_ColumnDefault') continue;
    const def = nodeAs(cmd?.def, 'ColumnDef');
    if (cmd?.subtype !== 'AT_AlterColumnType' || qualifiedName(stringsOf(def?.typeName?.names)) !== typeName) return false;
    retypes = true;
  }
  if (retypes) tables.push(relationName(alter.relation));
  return retypes;
}
