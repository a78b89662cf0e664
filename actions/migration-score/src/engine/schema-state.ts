import type { Constraint, Node, TypeName } from 'libpg-query';
import type { Statement } from './parse-sql';
import { baseTypeName, nodeAs, objectName, qualifiedName, relationName, stringsOf } from './pg-ast';

export interface ColumnInfo {
  type: TypeName | undefined;
  /** Created in scope: by this PR (or by this migration, with `all`). */
  isNew: boolean;
  /** A DEFAULT is set: inserts that leave the column out still fill it. */
  hasDefault: boolean;
  notNull: boolean;
}

export type ConstraintKind = 'foreignKey' | 'primaryKey' | 'unique' | 'check' | 'exclusion' | 'other';

interface TableInfo {
  columns: Map<string, ColumnInfo>;
  /** Constraints by name, with their kind as the parse tree says (not guessed from Prisma's `_fkey`/`_pkey` names). */
  constraints: Map<string, ConstraintKind>;
  isNew: boolean;
}

/**
 * What earlier migrations built, and which objects the migrations being scored created.
 * Tables created in scope are new and empty, so lock and data rules do not apply to them; a column
 * added in scope to an existing table is new but not empty (its rows exist, holding NULL or a backfill).
 * Unknown objects count as existing and full: nothing unknown passes as safe.
 *
 * Names are schema-qualified: an unqualified name resolves through the default schema, as PostgreSQL's
 * search_path does for Prisma (`public`, or the schema of the connection URL).
 */
export class SchemaState {
  private readonly tables = new Map<string, TableInfo>();
  private readonly types = new Map<string, { values: string[] | undefined; isNew: boolean }>();
  private readonly indexes = new Map<string, { isNew: boolean }>();
  private readonly views = new Map<string, { isNew: boolean }>();
  /** `table.column` pairs with a validated `CHECK (col IS NOT NULL)`. */
  private readonly notNullChecks = new Set<string>();
  private readonly pendingChecks = new Map<string, string>();
  /** What this scope created, so that settling costs what the scope did, not the size of the schema. */
  private created: { isNew: boolean }[] = [];

  constructor(readonly defaultSchema = 'public') {}

  /** The key of a name as written: `User` and `public.User` are the same table; `auth.User` is another. */
  key(name: string): string {
    return name.includes('.') ? name : `${this.defaultSchema}.${name}`;
  }

  private fresh<T extends { isNew: boolean }>(thing: T): T {
    this.created.push(thing);
    return thing;
  }

  private column(table: string, column: string): ColumnInfo | undefined {
    return this.tables.get(this.key(table))?.columns.get(column);
  }

  isNewTable(name: string): boolean {
    return this.tables.get(this.key(name))?.isNew === true;
  }
  /** The column was created in scope, on a new table or added to an existing one. */
  isNewColumn(table: string, column: string): boolean {
    return this.isNewTable(table) || this.column(table, column)?.isNew === true;
  }
  /** Added in scope to a table that existed before: its rows exist, and code already deployed does not write it. */
  isAddedToExistingTable(table: string, column: string): boolean {
    return !this.isNewTable(table) && this.column(table, column)?.isNew === true;
  }
  isNewType(name: string): boolean {
    return this.types.get(this.key(name))?.isNew === true;
  }
  isNewIndex(name: string): boolean {
    return this.indexes.get(this.key(name))?.isNew === true;
  }
  isNewView(name: string): boolean {
    return this.views.get(this.key(name))?.isNew === true;
  }
  columnType(table: string, column: string): TypeName | undefined {
    return this.column(table, column)?.type;
  }
  columnInfo(table: string, column: string): Readonly<ColumnInfo> | undefined {
    return this.column(table, column);
  }
  /** The kind of a constraint that an earlier statement created, or undefined when no statement seen did. */
  constraintKind(table: string, name: string): ConstraintKind | undefined {
    return this.tables.get(this.key(table))?.constraints.get(name);
  }
  enumValues(name: string): string[] | undefined {
    return this.types.get(this.key(name))?.values;
  }
  hasValidatedNotNullCheck(table: string, column: string): boolean {
    return this.notNullChecks.has(`${this.key(table)}.${column}`);
  }

  /** Ends a scope: what it created now exists (and may hold data) for the migrations after it. */
  settle(): void {
    for (const thing of this.created) thing.isNew = false;
    this.created = [];
  }

  /** Records what a statement creates, renames or drops. Call after the rules have seen it. */
  apply(statement: Statement): void {
    const n = statement.node;
    const create = nodeAs(n, 'CreateStmt');
    if (create?.relation?.relname) return this.applyCreateTable(relationName(create.relation), create.tableElts ?? []);
    const ctas = nodeAs(n, 'CreateTableAsStmt');
    if (ctas?.into?.rel?.relname) {
      const name = this.key(relationName(ctas.into.rel));
      if (ctas.objtype === 'OBJECT_MATVIEW') return void this.views.set(name, this.fresh({ isNew: true }));
      return void this.tables.set(name, this.fresh({ columns: new Map(), constraints: new Map(), isNew: true }));
    }
    const view = nodeAs(n, 'ViewStmt');
    if (view?.view?.relname) return void this.views.set(this.key(relationName(view.view)), this.fresh({ isNew: true }));
    const alter = nodeAs(n, 'AlterTableStmt');
    if (alter?.relation?.relname && (!alter.objtype || alter.objtype === 'OBJECT_TABLE')) return this.applyAlterTable(relationName(alter.relation), alter.cmds ?? []);
    const en = nodeAs(n, 'CreateEnumStmt');
    if (en) return void this.types.set(this.key(qualifiedName(stringsOf(en.typeName))), this.fresh({ values: stringsOf(en.vals) as string[] | undefined, isNew: true }));
    const comp = nodeAs(n, 'CompositeTypeStmt');
    if (comp?.typevar?.relname) return void this.types.set(this.key(relationName(comp.typevar)), this.fresh({ values: undefined as string[] | undefined, isNew: true }));
    const alterEnum = nodeAs(n, 'AlterEnumStmt');
    if (alterEnum) return this.applyAlterEnum(qualifiedName(stringsOf(alterEnum.typeName)), alterEnum.oldVal, alterEnum.newVal);
    const index = nodeAs(n, 'IndexStmt');
    // An index lives in its table's schema.
    if (index?.idxname) return void this.indexes.set(this.key(index.relation?.schemaname ? `${index.relation.schemaname}.${index.idxname}` : index.idxname), this.fresh({ isNew: true }));
    const rename = nodeAs(n, 'RenameStmt');
    if (rename) return this.applyRename(rename.renameType, rename.relation?.relname ? relationName(rename.relation) : qualifiedName(objectName(rename.object)), rename.subname, rename.newname);
    const drop = nodeAs(n, 'DropStmt');
    if (drop) for (const o of drop.objects ?? []) this.forget(drop.removeType, qualifiedName(objectName(o)));
  }

  private applyCreateTable(name: string, elts: readonly Node[]): void {
    const columns = new Map<string, ColumnInfo>();
    const table: TableInfo = { columns, constraints: new Map(), isNew: true };
    const relname = name.slice(name.lastIndexOf('.') + 1);
    for (const elt of elts) {
      const col = nodeAs(elt, 'ColumnDef');
      if (col?.colname) {
        const cons = (col.constraints ?? []).map((c) => nodeAs(c, 'Constraint')).filter((c): c is Constraint => c !== undefined);
        columns.set(col.colname, this.fresh(columnOf(col.typeName, cons, col.is_not_null)));
        for (const c of cons) this.noteConstraint(table, c, relname);
      }
      const con = nodeAs(elt, 'Constraint');
      if (con) this.noteConstraint(table, con, relname);
    }
    this.tables.set(this.key(name), this.fresh(table));
  }

  private applyAlterTable(name: string, cmds: readonly Node[]): void {
    const key = this.key(name);
    const info = this.tables.get(key) ?? { columns: new Map<string, ColumnInfo>(), constraints: new Map<string, ConstraintKind>(), isNew: false };
    this.tables.set(key, info);
    const relname = name.slice(name.lastIndexOf('.') + 1);
    for (const c of cmds) {
      const cmd = nodeAs(c, 'AlterTableCmd');
      if (!cmd) continue;
      const def = nodeAs(cmd.def, 'ColumnDef');
      const existing = cmd.name ? info.columns.get(cmd.name) : undefined;
      if (cmd.subtype === 'AT_AddColumn' && def?.colname) {
        const cons = (def.constraints ?? []).map((x) => nodeAs(x, 'Constraint')).filter((x): x is Constraint => x !== undefined);
        info.columns.set(def.colname, this.fresh(columnOf(def.typeName, cons, def.is_not_null)));
        for (const con of cons) this.noteConstraint(info, con, relname);
      } else if (cmd.subtype === 'AT_DropColumn' && cmd.name) info.columns.delete(cmd.name);
      else if (cmd.subtype === 'AT_AlterColumnType' && cmd.name) {
        if (existing) existing.type = def?.typeName;
        else info.columns.set(cmd.name, { type: def?.typeName, isNew: false, hasDefault: false, notNull: false });
      } else if (cmd.subtype === 'AT_ColumnDefault' && existing) existing.hasDefault = cmd.def !== undefined && !isNullConst(cmd.def);
      else if (cmd.subtype === 'AT_SetNotNull' && existing) existing.notNull = true;
      else if (cmd.subtype === 'AT_DropNotNull' && existing) existing.notNull = false;
      else if (cmd.subtype === 'AT_AddConstraint') {
        const con = nodeAs(cmd.def, 'Constraint');
        if (con) this.noteConstraint(info, con, relname);
        this.noteCheck(key, cmd.def);
      } else if (cmd.subtype === 'AT_DropConstraint' && cmd.name) info.constraints.delete(cmd.name);
      else if (cmd.subtype === 'AT_ValidateConstraint' && cmd.name) {
        const column = this.pendingChecks.get(`${key}.${cmd.name}`);
        if (column) this.notNullChecks.add(`${key}.${column}`);
      }
    }
  }

  /** Named as PostgreSQL names what the statement leaves unnamed (only the primary key's name is certain: `<table>_pkey`). */
  private noteConstraint(table: TableInfo, con: Constraint, relname: string): void {
    const kind = constraintKindOf(con.contype);
    if (!kind) return;
    const name = con.conname ?? (kind === 'primaryKey' ? `${relname}_pkey` : undefined);
    if (name) table.constraints.set(name, kind);
  }

  private noteCheck(table: string, def: Node | undefined): void {
    const con = nodeAs(def, 'Constraint');
    const test = nodeAs(con?.raw_expr, 'NullTest');
    const fields = stringsOf(nodeAs(test?.arg, 'ColumnRef')?.fields);
    const column = fields[fields.length - 1];
    if (con?.contype !== 'CONSTR_CHECK' || test?.nulltesttype !== 'IS_NOT_NULL' || !column) return;
    if (con.skip_validation) this.pendingChecks.set(`${table}.${con.conname ?? ''}`, column);
    else this.notNullChecks.add(`${table}.${column}`);
  }

  private applyAlterEnum(name: string, oldVal: string | undefined, newVal: string | undefined): void {
    const t = this.types.get(this.key(name));
    if (!t?.values || newVal === undefined) return;
    if (oldVal !== undefined) t.values = t.values.map((v) => (v === oldVal ? newVal : v));
    else if (!t.values.includes(newVal)) t.values.push(newVal);
  }

  private applyRename(kind: string | undefined, name: string, sub: string | undefined, to: string | undefined): void {
    if (!to) return;
    // RENAME TO keeps the schema: `ALTER TABLE auth."A" RENAME TO "B"` makes auth.B.
    const from = this.key(name);
    const target = `${from.slice(0, from.lastIndexOf('.'))}.${to}`;
    if (kind === 'OBJECT_TABLE') move(this.tables, from, target);
    else if (kind === 'OBJECT_TYPE') move(this.types, from, target);
    else if (kind === 'OBJECT_INDEX') move(this.indexes, from, target);
    else if (kind === 'OBJECT_VIEW' || kind === 'OBJECT_MATVIEW') move(this.views, from, target);
    else if (kind === 'OBJECT_COLUMN' && sub) {
      const cols = this.tables.get(from)?.columns;
      if (cols?.has(sub)) move(cols, sub, to);
    } else if (kind === 'OBJECT_TABCONSTRAINT' && sub) {
      const cons = this.tables.get(from)?.constraints;
      if (cons?.has(sub)) move(cons, sub, to);
    }
  }

  private forget(kind: string | undefined, name: string): void {
    const key = this.key(name);
    if (kind === 'OBJECT_TABLE') this.tables.delete(key);
    else if (kind === 'OBJECT_TYPE') this.types.delete(key);
    else if (kind === 'OBJECT_INDEX') this.indexes.delete(key);
    else if (kind === 'OBJECT_VIEW' || kind === 'OBJECT_MATVIEW') this.views.delete(key);
  }
}

/** Types whose columns get a default from a sequence. */
export const SERIAL_TYPES = new Set(['serial', 'bigserial', 'smallserial', 'serial2', 'serial4', 'serial8']);

function columnOf(type: TypeName | undefined, cons: readonly Constraint[], isNotNull: boolean | undefined): ColumnInfo {
  const hasDefault = SERIAL_TYPES.has(baseTypeName(type)) || cons.some((c) => (c.contype === 'CONSTR_DEFAULT' && !isNullConst(c.raw_expr)) || c.contype === 'CONSTR_IDENTITY' || c.contype === 'CONSTR_GENERATED');
  const notNull = isNotNull === true || cons.some((c) => c.contype === 'CONSTR_NOTNULL' || c.contype === 'CONSTR_PRIMARY');
  return { type, isNew: true, hasDefault, notNull };
}

/** `DEFAULT NULL`: a default that fills nothing. */
export function isNullConst(expr: Node | undefined): boolean {
  const c = nodeAs(expr, 'A_Const');
  return c?.isnull === true;
}

function constraintKindOf(contype: string | undefined): ConstraintKind | undefined {
  switch (contype) {
    case 'CONSTR_FOREIGN':
      return 'foreignKey';
    case 'CONSTR_PRIMARY':
      return 'primaryKey';
    case 'CONSTR_UNIQUE':
      return 'unique';
    case 'CONSTR_CHECK':
      return 'check';
    case 'CONSTR_EXCLUSION':
      return 'exclusion';
    default:
      return undefined;
  }
}

function move<V>(map: Map<string, V>, from: string, to: string): void {
  const v = map.get(from);
  if (v === undefined) return;
  map.delete(from);
  map.set(to, v);
}
