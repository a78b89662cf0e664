import { engineContext, inputs, makeRepo, removeRepo } from '../testing/engine-context';
import { scoreMigrations } from './score-migrations';

const FILE = 'prisma/migrations/20240101000000_x/migration.sql';
const roots: string[] = [];
afterAll(() => roots.forEach(removeRepo));

async function score(content: string | Buffer) {
  const root = makeRepo({ 'prisma/migrations/migration_lock.toml': '', [FILE]: content });
  roots.push(root);
  return scoreMigrations(inputs(), engineContext(root, { changed: [{ path: FILE, status: 'added' }] }));
}

describe('scoreMigrations on bad input', () => {
  it('reports a syntax error at the parser position, after multi-byte text, and scores it 1.0', async () => {
    const result = await score("SELECT 'ééé';\n  CRATE TABLE x;\n");
    expect(result.findings.find((f) => f.ruleId === 'syntax-error')?.location).toMatchObject({ line: 2, column: 3 });
    expect(result.outputs['risk-score']).toBe('1.00');
    expect(result.findings.some((f) => f.ruleId === 'risk-threshold')).toBe(true);
  });

  it('reports an empty migration as a warning without risk', async () => {
    const result = await score('-- This is an empty migration.\n');
    expect(result.findings.map((f) => [f.ruleId, f.severity])).toEqual([['empty-migration', 'warning']]);
    expect(result.outputs['risk-score']).toBe('0.00');
  });

  it('reports a file of zero bytes as empty', async () => {
    const result = await score('');
    expect(result.findings.map((f) => f.ruleId)).toEqual(['empty-migration']);
  });

  it('reports text that is not UTF-8 at the bad byte', async () => {
    const result = await score(Buffer.concat([Buffer.from('SELECT 1;\nSELECT \'caf'), Buffer.from([0xe9]), Buffer.from("';\n")]));
    const bad = result.findings.find((f) => f.ruleId === 'unreadable-migration');
    expect(bad?.location).toMatchObject({ line: 2, column: 12 });
    expect(bad?.message).toContain('0xe9');
    expect(result.outputs['risk-score']).toBe('1.00');
  });

  it('reports binary junk as binary, never as safe', async () => {
    const result = await score(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    expect(result.findings.find((f) => f.ruleId === 'unreadable-migration')?.properties).toMatchObject({ messageId: 'binary' });
    expect(result.outputs['risk-score']).toBe('1.00');
  });

  it('parses a 10 MB migration and locates a finding near its end', async () => {
    const row = 'INSERT INTO "Seed" ("id", "name") VALUES (1, \'some fairly long seed value\');\n';
    const rows = Math.ceil((10 * 1024 * 1024) / row.length);
    const result = await score(`${row.repeat(rows)}DELETE FROM "Seed";\n`);
    const del = result.findings.find((f) => f.ruleId === 'require-where-clause');
    expect(del?.location?.line).toBe(rows + 1);
  });

  it('keeps columns right after a byte-order mark', async () => {
    const result = await score('\uFEFFDROP TABLE "User";\n');
    expect(result.findings.find((f) => f.ruleId === 'ban-drop-table')?.location).toMatchObject({ line: 1, column: 13 });
  });
});
