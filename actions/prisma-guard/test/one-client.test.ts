import { copyFixture, rulesOf, runEngine } from './harness';
import { lockedVersions } from '../src/checks/lockfile-versions';

describe('checkLockfiles', () => {
  it('reports two @prisma/client versions in package-lock.json with both lines', async () => {
    const lock = JSON.stringify(
      { name: 'app', lockfileVersion: 3, packages: { '': {}, 'node_modules/@prisma/client': { version: '7.10.1' }, 'packages/legacy/node_modules/@prisma/client': { version: '6.19.0' } } },
      null,
      2,
    );
    const r = await runEngine(copyFixture('p7-file', { 'package-lock.json': lock }));
    expect(r.findings).toEqual([expect.objectContaining({ ruleId: 'prisma-client-duplicate-versions', severity: 'error', location: { file: 'package-lock.json', line: 9, column: 1 } })]);
    expect(r.findings[0].trace?.map((t) => t.location.line)).toEqual([6, 9]);
  });

  it('accepts one @prisma/client version however many packages depend on it', async () => {
    const lock = JSON.stringify({ packages: { 'node_modules/@prisma/client': { version: '7.10.1' }, 'node_modules/prisma': { version: '7.10.1' } } }, null, 2);
    expect((await runEngine(copyFixture('p7-file', { 'package-lock.json': lock }))).findings).toEqual([]);
  });
});

describe('lockedVersions', () => {
  it('reads pnpm v9 and v6 package keys', () => {
    const v9 = "lockfileVersion: '9.0'\npackages:\n\n  '@prisma/client@6.19.0(prisma@6.19.0)':\n    resolution: {integrity: x}\n\n  '@prisma/client@7.10.1(prisma@7.10.1)':\n    resolution: {integrity: y}\n";
    expect(lockedVersions('pnpm-lock.yaml', v9, '@prisma/client').map((v) => [v.version, v.location.line])).toEqual([['6.19.0', 4], ['7.10.1', 7]]);
    const v6 = "lockfileVersion: '6.0'\npackages:\n  /@prisma/client@5.22.0(prisma@5.22.0):\n    resolution: {integrity: x}\n";
    expect(lockedVersions('pnpm-lock.yaml', v6, '@prisma/client').map((v) => v.version)).toEqual(['5.22.0']);
  });

  it('reads yarn v1 and berry entries', () => {
    const v1 = '"@prisma/client@^6.0.0", "@prisma/client@^6.1.0":\n  version "6.19.0"\n  resolved "x"\n\n"@prisma/client@7.10.1":\n  version "7.10.1"\n';
    expect(lockedVersions('yarn.lock', v1, '@prisma/client').map((v) => [v.version, v.location.line])).toEqual([['6.19.0', 2], ['7.10.1', 6]]);
    const berry = '"@prisma/client@npm:7.10.1":\n  version: 7.10.1\n  resolution: "@prisma/client@npm:7.10.1"\n';
    expect(lockedVersions('yarn.lock', berry, '@prisma/client').map((v) => v.version)).toEqual(['7.10.1']);
  });
});

describe('checkClientInstances', () => {
  it('warns when new PrismaClient() is called in two modules, listing both, ignoring comments and tests', async () => {
    const r = await runEngine(
      copyFixture('p7-file', {
        'src/db.ts': "import { PrismaClient } from './generated/prisma/client';\nexport const db = new PrismaClient();\n",
        'apps/api/src/jobs.ts': "import { PrismaClient as Client } from '@acme/db';\n\nconst jobs = new Client({});\n",
        'apps/api/src/notes.ts': '// new PrismaClient() here would be a second pool\nconst s = "new PrismaClient(";\n',
        'apps/api/src/db.test.ts': "const t = new PrismaClient();\n",
      }),
    );
    expect(rulesOf(r)).toEqual(['prisma-client-multiple-instances']);
    expect(r.findings[0].trace?.map((t) => `${t.location.file}:${t.location.line}:${t.location.column}`)).toEqual(['apps/api/src/jobs.ts:3:14', 'src/db.ts:2:19']);
  });

  it('leaves out seeds, scripts, files only package.json scripts run, and an edge client beside the Node one', async () => {
    const construct = "import { PrismaClient } from '@prisma/client';\nconst prisma = new PrismaClient();\n";
    const r = await runEngine(
      copyFixture('p7-file', {
        'package.json': JSON.stringify({ name: 'app', devDependencies: { prisma: '7.10.1' }, scripts: { backfill: 'tsx src/jobs/backfill.ts --dry-run' }, prisma: { seed: 'tsx db/populate.ts' } }),
        'src/db.ts': construct,
        'prisma/seed.ts': construct,
        'scripts/reset.ts': construct,
        'src/jobs/backfill.ts': construct,
        'db/populate.ts': construct,
        'src/edge-db.ts': "import { PrismaClient } from './generated/prisma/edge';\nimport { PrismaNeon } from '@prisma/adapter-neon';\nexport const db = new PrismaClient({ adapter: new PrismaNeon({ connectionString: '' }) });\n",
      }),
    );
    expect(rulesOf(r)).toEqual([]);
    const twice = await runEngine(copyFixture('p7-file', { 'src/db.ts': construct, 'src/other.ts': construct }));
    expect(rulesOf(twice)).toEqual(['prisma-client-multiple-instances']);
  });

  it('accepts a single construction', async () => {
    const r = await runEngine(copyFixture('p7-file', { 'src/db.ts': 'export const db = new PrismaClient();\n' }));
    expect(r.findings).toEqual([]);
  });
});

describe('checkClientInstances (each way of constructing a client)', () => {
  const second = { 'src/db.ts': "import { PrismaClient } from './generated/prisma/client';\nexport const db = new PrismaClient();\n" };
  const invalid: [string, string, string][] = [
    ['a namespace import', "import * as prisma from '@prisma/client';\n\nexport const db = new prisma.PrismaClient();\n", 'apps/api/src/client.ts:3:19'],
    ['a nested namespace', 'export const db = new lib.prisma.PrismaClient({ log: [] });\n', 'apps/api/src/client.ts:1:19'],
    ['a type argument', "import { PrismaClient as Db } from '@acme/db';\nexport const db = new Db<{ log: [] }>();\n", 'apps/api/src/client.ts:2:19'],
    ['no parentheses', 'export const db = new PrismaClient;\n', 'apps/api/src/client.ts:1:19'],
  ];
  it.each(invalid)('counts %s', async (_name, code, site) => {
    const r = await runEngine(copyFixture('p7-file', { ...second, 'apps/api/src/client.ts': code }));
    expect(rulesOf(r)).toEqual(['prisma-client-multiple-instances']);
    expect(r.findings[0].trace?.map((t) => `${t.location.file}:${t.location.line}:${t.location.column}`)).toContain(site);
  });

  const valid: [string, string][] = [
    ['an error class whose name starts with PrismaClient', "import { Prisma } from '@prisma/client';\nthrow new Prisma.PrismaClientKnownRequestError('x', { code: 'P2002', clientVersion: '7' });\n"],
    ['a type that mentions PrismaClient', "import type { PrismaClient } from '@prisma/client';\nexport type Db = PrismaClient;\nexport const now = new Date();\n"],
    ['a template literal', 'export const doc = `call new PrismaClient() once`;\n'],
  ];
  it.each(valid)('ignores %s', async (_name, code) => {
    const r = await runEngine(copyFixture('p7-file', { ...second, 'apps/api/src/client.ts': code }));
    expect(rulesOf(r)).toEqual([]);
  });
});
