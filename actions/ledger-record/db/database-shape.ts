import type { DatabaseShape } from './schema-shape';

/** Anything that runs a query: a pg client, PGlite, the ledger's SqlClient. */
export interface ShapeQueryable {
  query<R>(text: string, params?: readonly unknown[]): Promise<R[]>;
}

const ACTIONS: Record<string, string> = { a: 'no action', r: 'restrict', c: 'cascade', n: 'set null', d: 'set default' };

/** The shape the database has in `schema`, read from pg_catalog. `ignore` lists bookkeeping tables. */
export async function actualShape(db: ShapeQueryable, schema = 'public', ignore = ['_prisma_migrations']): Promise<DatabaseShape> {
  const shape: DatabaseShape = { columns: {}, indexes: [], foreignKeys: [] };
  const columns = await db.query<{ table: string; column: string; type: string; notnull: boolean; hasdefault: boolean }>(
    `SELECT c.relname AS "table", a.attname AS "column", format_type(a.atttypid, a.atttypmod) AS "type", a.attnotnull AS "notnull", a.atthasdef AS "hasdefault"
     FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = $1 AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped ORDER BY c.relname, a.attnum`,
    [schema],
  );
  for (const c of columns) {
    if (ignore.includes(c.table)) continue;
    (shape.columns[c.table] ??= {})[c.column] = { type: c.type, nullable: !c.notnull, hasDefault: c.hasdefault };
  }
  const indexes = await db.query<{ name: string; table: string; primary: boolean; unique: boolean; cols: string }>(
    `SELECT i.relname AS "name", t.relname AS "table", x.indisprimary AS "primary", x.indisunique AS "unique",
            (SELECT string_agg(a.attname, ', ' ORDER BY k.ord) FROM unnest(x.indkey) WITH ORDINALITY k(attnum, ord)
               JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum) AS "cols"
     FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
     WHERE n.nspname = $1`,
    [schema],
  );
  for (const i of indexes) {
    if (ignore.includes(i.table)) continue;
    shape.indexes.push(`${i.name} ${i.primary ? 'primary' : i.unique ? 'unique' : 'index'} (${i.cols})`);
  }
  const fks = await db.query<{ name: string; table: string; cols: string; ref: string; refcols: string; del: string; upd: string }>(
    `SELECT k.conname AS "name", t.relname AS "table", r.relname AS "ref", k.confdeltype AS "del", k.confupdtype AS "upd",
            (SELECT string_agg(a.attname, ', ' ORDER BY u.ord) FROM unnest(k.conkey) WITH ORDINALITY u(attnum, ord) JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = u.attnum) AS "cols",
            (SELECT string_agg(a.attname, ', ' ORDER BY u.ord) FROM unnest(k.confkey) WITH ORDINALITY u(attnum, ord) JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum = u.attnum) AS "refcols"
     FROM pg_constraint k JOIN pg_class t ON t.oid = k.conrelid JOIN pg_class r ON r.oid = k.confrelid JOIN pg_namespace n ON n.oid = t.relnamespace
     WHERE k.contype = 'f' AND n.nspname = $1`,
    [schema],
  );
  for (const f of fks) shape.foreignKeys.push(`${f.name} ${f.table}(${f.cols}) -> ${f.ref}(${f.refcols}) on delete ${ACTIONS[f.del]} on update ${ACTIONS[f.upd]}`);
  shape.indexes.sort();
  shape.foreignKeys.sort();
  return shape;
}
