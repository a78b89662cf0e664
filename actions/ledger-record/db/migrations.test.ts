import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { BACKENDS } from '../test/backends';
import { actualShape } from './database-shape';
import { LEDGER_MIGRATIONS } from './ledger-migrations';
import { declaredShape } from './schema-shape';

describe.each(BACKENDS)('the ledger migrations (actions/ledger-record/db/migrations) applied on $name', (backend) => {
  it('produce exactly the tables, columns, types, nullability, defaults, indexes and foreign keys schema.prisma declares', async () => {
    const ledger = await backend.open();
    try {
      const actual = await actualShape(ledger.db);
      expect(actual).toEqual(declaredShape());
    } finally {
      await ledger.close();
    }
  });
});

describe('declaredShape', () => {
  it('sees what the schema declares, so that the comparison above can fail', () => {
    const shape = declaredShape();
    expect(shape.columns.LedgerEntry.hash).toEqual({ type: 'character(64)', nullable: false, hasDefault: false });
    expect(shape.columns.BuildEvent.branch).toEqual({ type: 'text', nullable: true, hasDefault: false });
    expect(shape.indexes).toContain('LedgerEntry_tenantId_prevHash_key unique (tenantId, prevHash)');
    expect(shape.foreignKeys).toContain('DeployEvent_buildEntryId_fkey DeployEvent(buildEntryId) -> LedgerEntry(id) on delete restrict on update cascade');
  });
});

describe('LEDGER_MIGRATIONS', () => {
  it('is current with db/migrations (regenerate with node actions/ledger-record/db/embed-migrations.mjs)', () => {
    const dir = join(__dirname, 'migrations');
    const onDisk = readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => ({ name: d.name, sql: readFileSync(join(dir, d.name, 'migration.sql'), 'utf8') }))
      .sort((a, b) => a.name.localeCompare(b.name));
    expect(LEDGER_MIGRATIONS).toEqual(onDisk);
  });
});

describe('actions/ledger-record/db/rows.ts', () => {
  it('has a row type per model with every column, nullable exactly where the schema says', () => {
    const source = ts.createSourceFile('rows.ts', readFileSync(join(__dirname, 'rows.ts'), 'utf8'), ts.ScriptTarget.ES2022, true);
    const interfaces = new Map<string, ts.InterfaceDeclaration>();
    source.forEachChild((n) => {
      if (ts.isInterfaceDeclaration(n)) interfaces.set(n.name.text, n);
    });
    const tables = interfaces.get('LedgerTables')!;
    const rows: Record<string, Record<string, { nullable: boolean }>> = {};
    for (const member of tables.members as ts.NodeArray<ts.PropertySignature>) {
      const rowType = interfaces.get(member.type!.getText(source))!;
      rows[member.name.getText(source)] = Object.fromEntries(
        (rowType.members as ts.NodeArray<ts.PropertySignature>).map((p) => [p.name.getText(source), { nullable: /\bnull\b/.test(p.type!.getText(source)) }]),
      );
    }
    const declared = Object.fromEntries(
      Object.entries(declaredShape().columns).map(([table, cols]) => [table, Object.fromEntries(Object.entries(cols).map(([c, v]) => [c, { nullable: v.nullable }]))]),
    );
    expect(rows).toEqual(declared);
  });
});
