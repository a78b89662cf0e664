import type { Declared, SchemaIndex } from './schema-index';
import type { MigrationScript } from './embedded-diff';

/** One statement of the script a new migration would run, and the declaration it comes from. */
export interface LocatedChange {
  /** The engine's step comment (`CreateTable`, `AlterTable`, `DropTable`, …) and the SQL under it. */
  step: string;
  sql: string;
  /** What the sentence says: `column "name" of table "User"`. */
  subject: string;
  /** true when the schema declares something no migration creates; false when a migration creates something the schema lacks. */
  inSchema: boolean;
  at?: Declared;
}

const ID = String.raw`(?:"(?:[^"]|"")+"\.)?"((?:[^"]|"")+)"`;

/**
 * Splits `migrate diff --script` output at the engine's `-- Step` comments (each opens one step's SQL, see
 * prisma-engines sql-migration-connector's render) and places each step: what the schema declares is placed at
 * its model, field or enum; what only the migrations have is placed at the migration line that created it.
 */
export function locateDrift(script: string, schema: SchemaIndex, migrations: MigrationScript[]): LocatedChange[] {
  const out: LocatedChange[] = [];
  for (const { step, sql } of steps(script)) {
    const table = new RegExp(String.raw`^\s*(?:CREATE|ALTER|DROP)\s+TABLE\s+(?:IF\s+EXISTS\s+)?${ID}`, 'i').exec(sql)?.[1];
    const type = new RegExp(String.raw`^\s*(?:BEGIN;\s*)?(?:CREATE|ALTER|DROP)\s+TYPE\s+${ID}`, 'i').exec(sql)?.[1];
    const index = new RegExp(String.raw`^\s*CREATE\s+(?:UNIQUE\s+)?INDEX\s+${ID}\s+ON\s+${ID}\s*(?:USING\s+\w+\s*)?\(([^)]*)\)`, 'i').exec(sql);
    const dropIndex = new RegExp(String.raw`^\s*DROP\s+INDEX\s+(?:IF\s+EXISTS\s+)?${ID}`, 'i').exec(sql)?.[1];
    if (/^\s*DROP\s+TABLE/i.test(sql) && table) {
      out.push({ step, sql, subject: `table "${table}"`, inSchema: false, at: created(migrations, 'TABLE', table) });
    } else if (table && /^\s*CREATE/i.test(sql)) {
      out.push({ step, sql, subject: `table "${table}"`, inSchema: true, at: schema.tables.get(table) });
    } else if (table) {
      out.push(...alterTable(step, sql, table, schema, migrations));
    } else if (type) {
      const decl = schema.enums.get(type);
      const dropped = /^\s*DROP\s+TYPE/i.test(sql);
      out.push({ step, sql, subject: `enum "${type}"`, inSchema: !dropped, at: dropped ? created(migrations, 'TYPE', type) : decl });
    } else if (index) {
      const model = schema.tables.get(index[2]);
      const cols = [...index[3].matchAll(/"((?:[^"]|"")+)"/g)].map((c) => c[1]);
      const at = cols.length === 1 ? (model?.columns.get(cols[0]) ?? model) : model;
      out.push({ step, sql, subject: `index "${index[1]}" on table "${index[2]}"`, inSchema: true, at });
    } else if (dropIndex) {
      out.push({ step, sql, subject: `index "${dropIndex}"`, inSchema: false, at: created(migrations, 'INDEX', dropIndex) });
    } else {
      out.push({ step, sql, subject: 'the database schema', inSchema: true });
    }
  }
  return out;
}

function alterTable(step: string, sql: string, table: string, schema: SchemaIndex, migrations: MigrationScript[]): LocatedChange[] {
  const model = schema.tables.get(table);
  const out: LocatedChange[] = [];
  const seen = new Set<string>();
  for (const m of sql.matchAll(/\b(ADD|DROP|ALTER)\s+COLUMN\s+(?:IF\s+(?:NOT\s+)?EXISTS\s+)?"((?:[^"]|"")+)"/gi)) {
    const [, action, column] = m;
    if (seen.has(column)) continue;
    seen.add(column);
    const dropped = action.toUpperCase() === 'DROP';
    const at = dropped ? (added(migrations, table, column) ?? model) : (model?.columns.get(column) ?? model);
    out.push({ step, sql, subject: `column "${column}" of table "${table}"`, inSchema: !dropped, at });
  }
  if (out.length > 0) return out;
  const fk = /ADD\s+CONSTRAINT\s+"((?:[^"]|"")+)"\s+FOREIGN\s+KEY\s*\(\s*"((?:[^"]|"")+)"/i.exec(sql);
  if (fk) return [{ step, sql, subject: `foreign key "${fk[1]}" of table "${table}"`, inSchema: true, at: model?.columns.get(fk[2]) ?? model }];
  const constraint = /(ADD|DROP)\s+CONSTRAINT\s+"((?:[^"]|"")+)"/i.exec(sql);
  if (constraint) {
    const dropped = constraint[1].toUpperCase() === 'DROP';
    return [{ step, sql, subject: `constraint "${constraint[2]}" of table "${table}"`, inSchema: !dropped, at: dropped ? (created(migrations, 'CONSTRAINT', constraint[2]) ?? model) : model }];
  }
  return [{ step, sql, subject: `table "${table}"`, inSchema: true, at: model }];
}

function steps(script: string): { step: string; sql: string }[] {
  const out: { step: string; sql: string }[] = [];
  let current: { step: string; lines: string[] } | undefined;
  for (const line of script.replace(/\r\n/g, '\n').split('\n')) {
    const header = /^-- (\w+)\s*$/.exec(line);
    if (header) {
      if (current) out.push({ step: current.step, sql: current.lines.join('\n').trim() });
      current = { step: header[1], lines: [] };
    } else if (current) current.lines.push(line);
    else if (line.trim() !== '') current = { step: 'Statement', lines: [line] };
  }
  if (current) out.push({ step: current.step, sql: current.lines.join('\n').trim() });
  return out.filter((s) => s.sql !== '');
}

/** The last migration line that creates `name` (what a history replayed in order leaves in place). */
function created(migrations: MigrationScript[], what: 'TABLE' | 'TYPE' | 'INDEX' | 'CONSTRAINT', name: string): Declared | undefined {
  const quoted = `"${name.replace(/"/g, '""')}"`;
  const re = what === 'CONSTRAINT' ? new RegExp(String.raw`CONSTRAINT\s+${escape(quoted)}`, 'i') : new RegExp(String.raw`CREATE\s+(?:UNIQUE\s+)?${what}\s+(?:IF\s+NOT\s+EXISTS\s+)?(?:"[^"]+"\.)?${escape(quoted)}`, 'i');
  return lastLine(migrations, re);
}

function added(migrations: MigrationScript[], table: string, column: string): Declared | undefined {
  return lastLine(migrations, new RegExp(String.raw`ADD\s+COLUMN\s+(?:IF\s+NOT\s+EXISTS\s+)?${escape(`"${column}"`)}`, 'i')) ?? created(migrations, 'TABLE', table);
}

function lastLine(migrations: MigrationScript[], re: RegExp): Declared | undefined {
  for (let i = migrations.length - 1; i >= 0; i--) {
    const lines = migrations[i].sql.split('\n');
    for (let l = lines.length - 1; l >= 0; l--) {
      const m = re.exec(lines[l]);
      if (m) return { file: migrations[i].file, line: l + 1, column: m.index + 1 };
    }
  }
  return undefined;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
