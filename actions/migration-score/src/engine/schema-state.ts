import type { Node, TypeName } from 'libpg-query';
import type { Statement } from './parse-sql';
import { lastName, nodeAs, objectName, stringsOf } from './pg-ast';

export interface ColumnInfo {
  type: TypeName | undefined;
  isNew: boolean;
}

interface TableInfo {
  columns: Map<string, ColumnInfo>;
  isNew: boolean;
}

/**
 * What earlier migrations built, and which objects the migrations being scored created.
 * Objects created in scope are new and empty, so lock and data rules do not apply to them.
 * Unknown objects count as existing and full: nothing unknown passes as safe.
 */
export class SchemaState {
  private readonly tables = new Map<string, TableInfo>();
  private readonly types = new Map<string, { values: string[] | undefined; isNew: boolean }>();
  private readonly indexes = new Map<string, { isNew: boolean }>();
  /** `table.column` pairs with a validated `CHECK (col IS NOT NULL)`. */
  private readonly notNullChecks = new Set<string>();
  private readonly pendingChecks = new Map<string, string>();
  /** What this scope created, so that settling costs what the scope did, not the size of the schema. */
  private created: { isNew: boolean }[] = [];

  private fresh<T extends { isNew: boolean }>(thing: T): T {
    this.created.push(thing);
    return thing;
  }

  isNewTable(name: string): boolean {
    return this.tables.get(name)?.isNew === true;
  }
  isNewColumn(table: string, column: string): boolean {
    return this.isNewTable(table) || this.tables.get(table)?.columns.get(column)?.isNew === true;
  }
  isNewType(name: string): boolean {
    return this.types.get(name)?.isNew === true;
  }
  isNewIndex(name: string): boolean {
    return this.indexes.get(name)?.isNew === true;
  }
  columnType(table: string, column: string): TypeName | undefined {
    return this.tables.get(table)?.columns.get(column)?.type;
  }
  enumValues(name: string): string[] | undefined {
    return this.types.get(name)?.values;
  }
  hasValidatedNotNullCheck(table: string, column: string): boolean {
    return this.notNullChecks.has(`${table}.${column}`);
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
    if (create?.relation?.relname) {
      const columns = new Map<string, ColumnInfo>();
      for (const elt of create.tableElts ?? []) {
        const col = nodeAs(elt, 'ColumnDef');
        if (col?.colname) columns.set(col.colname, this.fresh({ type: col.typeName, isNew: true }));
      }
      this.tables.set(create.relation.relname, this.fresh({ columns, isNew: true }));
      return;
    }
    const ctas = nodeAs(n, 'CreateTableAsStmt');
    if (ctas?.into?.rel?.relname) return void this.tables.set(ctas.into.rel.relname, this.fresh({ columns: new Map<string, ColumnInfo>(), isNew: true }));
    const alter = nodeAs(n, 'AlterTableStmt');
    if (alter?.relation?.relname) return this.applyAlterTable(alter.relation.relname, alter.cmds ?? []);
    const en = nodeAs(n, 'CreateEnumStmt');
    if (en) return void this.types.set(lastName(stringsOf(en.typeName)), this.fresh({ values: stringsOf(en.vals) as string[] | undefined, isNew: true }));
    const comp = nodeAs(n, 'CompositeTypeStmt');
    if (comp?.typevar?.relname) return void this.types.set(comp.typevar.relname, this.fresh({ values: undefined as string[] | undefined, isNew: true }));
    const alterEnum = nodeAs(n, 'AlterEnumStmt');
    if (alterEnum) return this.applyAlterEnum(lastName(stringsOf(alterEnum.typeName)), alterEnum.oldVal, alterEnum.newVal);
    const index = nodeAs(n, 'IndexStmt');
    if (index?.idxname) return void this.indexes.set(index.idxname, this.fresh({ isNew: true }));
    const rename = nodeAs(n, 'RenameStmt');
    if (rename) return this.applyRename(rename.renameType, rename.relation?.relname ?? lastName(objectName(rename.object)), rename.subname, rename.newname);
    const drop = nodeAs(n, 'DropStmt');
    if (drop) for (const o of drop.objects ?? []) this.forget(drop.removeType, lastName(objectName(o)));
  }

  private applyAlterTable(table: string, cmds: readonly Node[]): void {
    const info = this.tables.get(table) ?? { columns: new Map<string, ColumnInfo>(), isNew: false };
    this.tables.set(table, info);
    for (const c of cmds) {
      const cmd = nodeAs(c, 'AlterTableCmd');
      if (!cmd) continue;
      const def = nodeAs(cmd.def, 'ColumnDef');
      if (cmd.subtype === 'AT_AddColumn' && def?.colname) info.columns.set(def.colname, this.fresh({ type: def.typeName, isNew: true }));
      else if (cmd.subtype === 'AT_DropColumn' && cmd.name) info.columns.delete(cmd.name);
      else if (cmd.subtype === 'AT_AlterColumnType' && cmd.name) {
        const col = info.columns.get(cmd.name);
        if (col) col.type = def?.typeName;
        else info.columns.set(cmd.name, { type: def?.typeName, isNew: false });
      } else if (cmd.subtype === 'AT_AddConstraint') this.noteCheck(table, cmd.def);
      else if (cmd.subtype === 'AT_ValidateConstraint' && cmd.name) {
        const column = this.pendingChecks.get(`${table}.${cmd.name}`);
        if (column) this.notNullChecks.add(`${table}.${column}`);
      }
    }
  }

  private noteCheck(table: string, def: Node | undefined): void {
    const con = nodeAs(def, 'Constraint');
    const test = nodeAs(con?.raw_expr, 'NullTest');
    const column = lastName(stringsOf(nodeAs(test?.arg, 'ColumnRef')?.fields));
    if (con?.contype !== 'CONSTR_CHECK' || test?.nulltesttype !== 'IS_NOT_NULL' || !column) return;
    if (con.skip_validation) this.pendingChecks.set(`${table}.${con.conname ?? ''}`, column);
    else this.notNullChecks.add(`${table}.${column}`);
  }

  private applyAlterEnum(name: string, oldVal: string | undefined, newVal: string | undefined): void {
    const t = this.types.get(name);
    if (!t?.values || newVal === undefined) return;
    if (oldVal !== undefined) t.values = t.values.map((v) => (v === oldVal ? newVal : v));
    else if (!t.values.includes(newVal)) t.values.push(newVal);
  }

  private applyRename(kind: string | undefined, name: string, sub: string | undefined, to: string | undefined): void {
    if (!to) return;
    if (kind === 'OBJECT_TABLE') move(this.tables, name, to);
    else if (kind === 'OBJECT_TYPE') move(this.types, name, to);
    else if (kind === 'OBJECT_INDEX') move(this.indexes, name, to);
    else if (kind === 'OBJECT_COLUMN' && sub) {
      const cols = this.tables.get(name)?.columns;
      if (cols?.has(sub)) move(cols, sub, to);
    }
  }

  private forget(kind: string | undefined, name: string): void {
    if (kind === 'OBJECT_TABLE') this.tables.delete(name);
    else if (kind === 'OBJECT_TYPE') this.types.delete(name);
    else if (kind === 'OBJECT_INDEX') this.indexes.delete(name);
  }
}

function move<V>(map: Map<string, V>, from: string, to: string): void {
  const v = map.get(from);
  if (v === undefined) return;
  map.delete(from);
  map.set(to, v);
}

