import type { GuardResult } from '../findings/result';
import { withRepoPaths } from './repo-paths';

describe('withRepoPaths', () => {
  const result: GuardResult = {
    guard: 'prisma-guard',
    findings: [{ ruleId: 'r', severity: 'error', message: 'src/db.ts imports src/db, see src/db.ts.', location: { file: 'src/db.ts', line: 3, column: 1 } } as GuardResult['findings'][number]],
    outputs: {},
    headline: '1 schema checked (prisma/schema.prisma)',
    sections: [
      { kind: 'table', title: 'Schemas', headers: ['Schema', 'Migrations', 'Note'], rows: [[{ code: 'prisma/schema.prisma' }, { code: 'prisma/migrations' }, 'first read src/db.ts:3, not src/db.tsx']] },
      { kind: 'code', title: 'Flagged statements in prisma/migrations/1_a/migration.sql', language: 'text', code: 'src/db.ts:3  import ...' },
    ],
    data: { projects: [{ schemaPath: 'prisma/schema.prisma', schemaFiles: ['prisma/schema.prisma'], migrationsDir: 'prisma/migrations', name: 'prisma/schema.prisma' }], root: '.', strays: ['.'] },
  };
  const paths = ['projects.*.schemaPath', 'projects.*.schemaFiles.*', 'projects.*.migrationsDir', 'strays.*', 'missing.*.file'];

  it('translates the declared data fields, and those paths and the findings\' files where they stand as words in the headline and sections', () => {
    const r = withRepoPaths(result, 'monorepo/', paths);
    expect(r.findings[0].location?.file).toBe('monorepo/src/db.ts');
    expect(r.findings[0].message).toBe('monorepo/src/db.ts imports src/db, see monorepo/src/db.ts.');
    expect(r.data).toEqual({
      projects: [{ schemaPath: 'monorepo/prisma/schema.prisma', schemaFiles: ['monorepo/prisma/schema.prisma'], migrationsDir: 'monorepo/prisma/migrations', name: 'prisma/schema.prisma' }],
      root: '.',
      strays: ['monorepo'],
    });
    expect(r.headline).toBe('1 schema checked (monorepo/prisma/schema.prisma)');
    expect(r.sections![0]).toMatchObject({ rows: [[{ code: 'monorepo/prisma/schema.prisma' }, { code: 'monorepo/prisma/migrations' }, 'first read monorepo/src/db.ts:3, not src/db.tsx']] });
    // A path nothing declared (the flagged migration is in no data field here) stays as the engine wrote it.
    expect(r.sections![1]).toMatchObject({ title: 'Flagged statements in prisma/migrations/1_a/migration.sql', code: 'monorepo/src/db.ts:3  import ...' });
  });

  it('changes nothing at the repository root', () => {
    expect(withRepoPaths(result, '', paths)).toBe(result);
  });
});
