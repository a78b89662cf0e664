import type { AlterTableCmd, ColumnDef, Constraint, TypeName } from 'libpg-query';
import { nodeAs, relationName } from '../engine/pg-ast';
import type { RuleContext } from './types';

/**
 * A pattern for a whole identifier as PostgreSQL reads it: quoted exactly (`"paid"` is not `id`), or bare
 * in any case when the name is lower-case (bare names fold to lower case, so a bare `ID` is `id`). A
 * qualified name (`auth.User`) matches its parts separated by a dot.
 */
export function ident(name: string): string {
  return name.split('.').map(identPart).join('\\s*\\.\\s*');
}

function identPart(name: string): string {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const quoted = `(?<![\\w$"])"${escaped.replace(/"/g, '""')}"`;
  if (name !== name.toLowerCase() || !/^[a-z_][a-z0-9_$]*$/.test(name)) return quoted;
  const bare = [...escaped].map((c) => (/[a-z]/.test(c) ? `[${c}${c.toUpperCase()}]` : c)).join('');
  return `(?:${quoted}|(?<![\\w$"])${bare}(?![\\w$"]))`;
}

/** `ALTER TABLE` clauses with their table, or undefined for other statements. */
export function alterTable<M extends string>(ctx: RuleContext<M>): { table: string; cmds: AlterTableCmd[] } | undefined {
  const alter = ctx.node('AlterTableStmt');
  if (!alter?.relation?.relname || (alter.objtype && alter.objtype !== 'OBJECT_TABLE')) return undefined;
  const cmds: AlterTableCmd[] = [];
  for (const c of alter.cmds ?? []) {
    const cmd = nodeAs(c, 'AlterTableCmd');
    if (cmd) cmds.push(cmd);
  }
  return { table: relationName(alter.relation), cmds };
}

export function columnDefOf(cmd: AlterTableCmd): ColumnDef | undefined {
  return nodeAs(cmd.def, 'ColumnDef');
}

export function constraintsOf(col: ColumnDef): Constraint[] {
  const out: Constraint[] = [];
  for (const c of col.constraints ?? []) {
    const con = nodeAs(c, 'Constraint');
    if (con) out.push(con);
  }
  return out;
}

/** Every column definition a statement writes: CREATE TABLE, ADD COLUMN, ALTER COLUMN TYPE. */
export function columnTypesOf<M extends string>(ctx: RuleContext<M>): { column: string; table: string; type: TypeName }[] {
  const out: { column: string; table: string; type: TypeName }[] = [];
  const create = ctx.node('CreateStmt');
  for (const elt of create?.tableElts ?? []) {
    const col = nodeAs(elt, 'ColumnDef');
    if (col?.typeName) out.push({ column: col.colname ?? '', table: relationName(create?.relation), type: col.typeName });
  }
  const alter = alterTable(ctx);
  for (const cmd of alter?.cmds ?? []) {
    const col = columnDefOf(cmd);
    if (!col?.typeName) continue;
    if (cmd.subtype === 'AT_AddColumn') out.push({ column: col.colname ?? '', table: alter!.table, type: col.typeName });
    if (cmd.subtype === 'AT_AlterColumnType') out.push({ column: cmd.name ?? '', table: alter!.table, type: col.typeName });
  }
  return out;
}

export function isDefault(c: Constraint): boolean {
  return c.contype === 'CONSTR_DEFAULT';
}


/** The statement also sets a default on the column (clauses of one ALTER TABLE apply together). */
export function setsDefaultHere(cmds: readonly AlterTableCmd[], column: string): boolean {
  return cmds.some((c) => c.subtype === 'AT_ColumnDefault' && c.def !== undefined && c.name === column);
}
