import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { get_dmmf } from '@prisma/prisma-schema-wasm';

/**
 * The database shape a schema declares, and the shape a database has, in one comparable form:
 * tables -> columns (PostgreSQL's format_type, nullability, has a default), indexes and foreign keys
 * by the names Prisma gives them.
 */
export interface DatabaseShape {
  columns: Record<string, Record<string, { type: string; nullable: boolean; hasDefault: boolean }>>;
  /** `<name> <unique|index|primary> (<columns>)` */
  indexes: string[];
  /** `<name> <table>(<columns>) -> <table>(<columns>) on delete <action> on update <action>` */
  foreignKeys: string[];
}

interface DmmfField {
  name: string;
  kind: 'scalar' | 'object' | 'enum';
  isRequired: boolean;
  hasDefaultValue: boolean;
  type: string;
  nativeType: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
}
interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
}
interface DmmfIndex {
  model: string;
  type: 'id' | 'unique' | 'normal' | 'fulltext';
  fields: { name: string }[];
}

const SCALAR_TYPES: Record<string, string> = {
  String: 'text', Int: 'integer', BigInt: 'bigint', Float: 'double precision', Boolean: 'boolean', Json: 'jsonb', DateTime: 'timestamp(3) without time zone', Decimal: 'numeric(65,30)', Bytes: 'bytea',
};
const NATIVE_TYPES: Record<string, (args: string[]) => string> = {
  Char: ([n]) => `character(${n})`,
  VarChar: ([n]) => (n ? `character varying(${n})` : 'character varying'),
  Timestamptz: ([p]) => `timestamp(${p ?? 6}) with time zone`,
  Text: () => 'text',
};

function columnType(f: DmmfField): string {
  if (f.nativeType) return NATIVE_TYPES[f.nativeType[0]](f.nativeType[1]);
  return SCALAR_TYPES[f.type];
}

/** What the ledger's schema.prisma declares, as Prisma's own schema engine reads it. */
export function declaredShape(schemaPath = join(__dirname, 'schema.prisma')): DatabaseShape {
  const dmmf = JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: readFileSync(schemaPath, 'utf8') }))) as {
    datamodel: { models: DmmfModel[]; indexes: DmmfIndex[] };
  };
  const shape: DatabaseShape = { columns: {}, indexes: [], foreignKeys: [] };
  for (const model of dmmf.datamodel.models) {
    const table = model.dbName ?? model.name;
    shape.columns[table] = {};
    for (const f of model.fields) {
      if (f.kind === 'scalar') shape.columns[table][f.name] = { type: columnType(f), nullable: !f.isRequired, hasDefault: f.hasDefaultValue };
      if (f.kind === 'object' && f.relationFromFields?.length) {
        const from = f.relationFromFields.join(', ');
        // Prisma's defaults: ON DELETE Restrict for required relations (SetNull for optional ones), ON UPDATE Cascade.
        const onDelete = (f.relationOnDelete ?? (f.isRequired ? 'Restrict' : 'SetNull')).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
        shape.foreignKeys.push(`${table}_${f.relationFromFields.join('_')}_fkey ${table}(${from}) -> ${f.type}(${f.relationToFields!.join(', ')}) on delete ${onDelete} on update cascade`);
      }
    }
  }
  for (const index of dmmf.datamodel.indexes) {
    const cols = index.fields.map((x) => x.name);
    const suffix = index.type === 'id' ? 'pkey' : index.type === 'unique' ? `${cols.join('_')}_key` : `${cols.join('_')}_idx`;
    const kind = index.type === 'id' ? 'primary' : index.type === 'unique' ? 'unique' : 'index';
    shape.indexes.push(`${index.model}_${suffix} ${kind} (${cols.join(', ')})`);
  }
  shape.indexes.sort();
  shape.foreignKeys.sort();
  return shape;
}
