import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { NodeRepoFs } from '@shared/io/repo-fs';
import { ConfigurationError } from '@shared/errors';
import { findPrismaProjects } from '@shared/prisma/find-projects';
import { combinedHash, schemaHashAt } from '@shared/prisma/schema-hash';
import { runEngine } from '../../actions/prisma-guard/test/harness';
import { computeSchemaHash } from '../../actions/ledger-record/src/events/schema-hash';

const ROOT = path.resolve(__dirname, '..', '..');
const GUARD_FIXTURES = path.join(ROOT, 'actions', 'prisma-guard', '__fixtures__');
/** Every repository the guards are tested on that holds a Prisma schema. */
const ROOTS: [string, string][] = [
  ['examples', path.join(ROOT, 'examples')],
  ['test/fixtures/umami', path.join(ROOT, 'test', 'fixtures', 'umami')],
  ...fs.readdirSync(GUARD_FIXTURES).map((n): [string, string] => [`prisma-guard/${n}`, path.join(GUARD_FIXTURES, n)]),
];

describe('schemaHashAt', () => {
  it.each(ROOTS)("agrees with prisma-guard's schema-hash output on %s, through ledger-record's computeSchemaHash", async (_name, root) => {
    const guard = await runEngine(root, { drift: 'skip' });
    const repo = new NodeRepoFs(root);
    const projects = findPrismaProjects(repo).projects;
    const ledger: { schemaPath: string; hash: string }[] = [];
    const refused: string[] = [];
    for (const p of projects) {
      try {
        ledger.push({ schemaPath: p.schemaPath, hash: computeSchemaHash(repo, p.schemaPath) });
      } catch (e) {
        if (!(e instanceof ConfigurationError)) throw e;
        refused.push(p.schemaPath);
      }
    }
    // prisma-guard hashes the projects it validated; the ledger refuses (never guesses) the ones Prisma cannot read.
    const validated = guard.outputs['schema-hash'];
    if (validated === '') expect(ledger.filter((l) => !refused.includes(l.schemaPath))).toEqual([]);
    else expect(combinedHash(ledger)).toBe(validated);
  });

  it('leaves out generated .prisma copies in a schema folder, as prisma-guard does', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'schema-hash-'));
    fs.cpSync(path.join(GUARD_FIXTURES, 'p7-folder'), root, { recursive: true });
    const repo = new NodeRepoFs(root);
    const [project] = findPrismaProjects(repo).projects;
    const before = schemaHashAt(repo, project.schemaPath);
    // A client generated inside the schema folder carries a copy of the schema; Prisma does not load it.
    fs.mkdirSync(path.join(root, project.schemaPath, 'generated', 'client'), { recursive: true });
    fs.writeFileSync(path.join(root, project.schemaPath, 'generated', 'client', 'schema.prisma'), 'model Copy {\n  id Int @id\n}\n');
    const guard = await runEngine(root, { drift: 'skip', checkClient: false });
    expect(computeSchemaHash(new NodeRepoFs(root), project.schemaPath)).toBe(before);
    expect(guard.outputs['schema-hash']).toBe(before);
  });

  it('refuses a path that does not exist, naming it', () => {
    expect(() => schemaHashAt(new NodeRepoFs(path.join(ROOT, 'examples')), 'nope/schema.prisma')).toThrow(/schema-path nope\/schema.prisma does not exist/);
  });
});
