import type { SchemaFiles } from '@shared/prisma';

export interface Declared {
  file: string;
  line: number;
  column: number;
}

export interface ModelDecl extends Declared {
  name: string;
  /** Database columns by name (a field's @map, else its name); relation fields have none. */
  columns: Map<string, Declared>;
}

export interface SchemaIndex {
  /** Models by table name (@@map, else the model name). */
  tables: Map<string, ModelDecl>;
  /** Enums by type name (@@map, else the enum name), with their values by database name. */
  enums: Map<string, ModelDecl>;
}

/**
 * Where each table, column and enum of a schema is declared. Line-level reading is enough here: drift runs
 * only on a schema Prisma's own validation accepted, where every block opens with `model X {` on its line and
 * every field starts its line. Prisma's WASM gives no source positions for models or fields (get_dmmf has none).
 */
export function indexSchema(files: SchemaFiles): SchemaIndex {
  const index: SchemaIndex = { tables: new Map(), enums: new Map() };
  for (const [file, text] of files) {
    let block: { kind: 'model' | 'enum'; decl: ModelDecl; mapped?: string } | undefined;
    const lines = text.replace(/\r\n/g, '\n').split('\n');
    for (let i = 0; i < lines.length; i++) {
      const raw = lines[i];
      const code = raw.replace(/\/\/.*$/, '');
      if (!block) {
        const open = /^(\s*)(model|enum)\s+(\w+)\s*\{/.exec(code);
        if (open) block = { kind: open[2] as 'model' | 'enum', decl: { name: open[3], file, line: i + 1, column: open[1].length + 1, columns: new Map() } };
        continue;
      }
      if (/^\s*\}/.test(code)) {
        (block.kind === 'model' ? index.tables : index.enums).set(block.mapped ?? block.decl.name, block.decl);
        block = undefined;
        continue;
      }
      const map = /^\s*@@map\(\s*(?:name:\s*)?"([^"]+)"/.exec(code);
      if (map) block.mapped = map[1];
      const member = /^(\s*)(\w+)(\s+(\w+)(\[\]|\?)?)?/.exec(code);
      if (!member || code.trim().startsWith('@@')) continue;
      if (block.kind === 'model' && !member[3]) continue;
      // A field whose type is another model is a relation: it has no column. Models declared later are
      // not known yet, so a relation field is told apart by its @relation attribute or a model type name.
      if (block.kind === 'model' && /@relation\b/.test(code)) continue;
      const fieldMap = /@map\(\s*(?:name:\s*)?"([^"]+)"/.exec(code);
      block.decl.columns.set(fieldMap?.[1] ?? member[2], { file, line: i + 1, column: member[1].length + 1 });
    }
  }
  return index;
}
