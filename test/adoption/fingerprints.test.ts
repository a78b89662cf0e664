import * as fs from 'node:fs';
import * as path from 'node:path';
import type { GuardName } from '@shared/findings/result';
import { copyExamples, runInProcess } from './in-process';

/** A comment line in the file's own syntax, so the file means what it meant and only its lines move. */
function commentFor(file: string): string | undefined {
  if (file.endsWith('.sql')) return '-- moved down by a comment\n';
  if (/\.(?:[cm]?[jt]sx?|prisma)$/.test(file) || file.endsWith('turbo.json')) return '// moved down by a comment\n';
  return undefined;
}

const GUARDS: { guard: GuardName; inputs?: Record<string, string> }[] = [
  { guard: 'migration-score', inputs: { all: 'true' } },
  { guard: 'prisma-guard', inputs: { drift: 'skip' } },
  { guard: 'edge-guard' },
  { guard: 'env-guard' },
];

describe('fingerprints', () => {
  it.each(GUARDS)("stay the same when $guard's findings move down (lines inserted above them)", async ({ guard, inputs }) => {
    const dir = copyExamples();
    const before = await runInProcess(guard, dir, { inputs });
    const located = before.report.findings.filter((f) => f.location && commentFor(f.location.file));
    expect(located.length).toBeGreaterThan(0);
    for (const file of new Set(located.map((f) => f.location!.file))) {
      const abs = path.join(dir, file);
      const text = fs.readFileSync(abs, 'utf8');
      // Every line moves: three comment lines at the top (after a shebang-free first line, which none has).
      fs.writeFileSync(abs, commentFor(file)!.repeat(3) + text);
    }
    const after = await runInProcess(guard, dir, { inputs });
    const lines = (r: typeof before) => r.report.findings.map((f) => `${f.ruleId} ${f.location?.file}:${f.location?.line}`).sort();
    // The findings did move (else the test would hold vacuously) ...
    expect(lines(after)).not.toEqual(lines(before));
    // ... and each kept its fingerprint: a baseline written before still matches.
    const prints = (r: typeof before) => r.report.findings.map((f) => `${f.ruleId} ${f.fingerprint}`).sort();
    expect(prints(after)).toEqual(prints(before));
  });
});

describe('fingerprints that hid a count or a place', () => {
  const MIGRATION = 'packages/db/prisma/migrations/20250401000000_index/migration.sql';

  it("keep migration-score's finding when a statement is added to its migration (the message counts statements)", async () => {
    const dir = copyExamples();
    const file = path.join(dir, MIGRATION);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, 'CREATE INDEX CONCURRENTLY "User_email_idx" ON "User"("email");\nALTER TABLE "User" ADD COLUMN "a" TEXT;\n');
    const print = async () => (await runInProcess('migration-score', dir, { inputs: { all: 'true' } })).report.findings.filter((f) => f.ruleId === 'ban-concurrent-index-in-transaction');
    const before = await print();
    fs.appendFileSync(file, 'ALTER TABLE "User" ADD COLUMN "b" TEXT;\n');
    const after = await print();
    expect(before).toHaveLength(1);
    expect(after[0].message).not.toBe(before[0].message);
    expect(after.map((f) => f.fingerprint)).toEqual(before.map((f) => f.fingerprint));
  });
});
