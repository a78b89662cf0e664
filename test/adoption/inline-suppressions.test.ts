import * as fs from 'node:fs';
import * as path from 'node:path';
import { active, copyExamples, runInProcess } from './in-process';

/** Puts a comment line above the first line of `file` that matches `anchor`. */
function above(dir: string, file: string, anchor: RegExp, comment: string): number {
  const abs = path.join(dir, file);
  const lines = fs.readFileSync(abs, 'utf8').split('\n');
  const at = lines.findIndex((l) => anchor.test(l));
  if (at === -1) throw new Error(`above: nothing matches ${anchor} in ${file}`);
  lines.splice(at, 0, comment);
  fs.writeFileSync(abs, lines.join('\n'));
  return at + 1;
}

const CONFIG = 'packages/config/src/index.ts';
const READ = /process\.env\.FEATURE_FLAGS/;

describe('inline suppressions, one syntax across guards', () => {
  it('env-guard: `// bickford-ignore-next-line <rule>: <reason>` suppresses the read below it, listed with its reason', async () => {
    const dir = copyExamples();
    const line = above(dir, CONFIG, READ, '  // bickford-ignore-next-line env-undeclared-read: read only by the local dev server');
    const run = await runInProcess('env-guard', dir);
    const read = run.report.findings.find((f) => f.ruleId === 'env-undeclared-read' && f.location?.file === CONFIG)!;
    expect(read.suppressed).toMatchObject({ kind: 'ignore', reason: 'read only by the local dev server', location: { file: CONFIG, line } });
    expect(active(run.report.findings).filter((f) => f.location?.file === CONFIG)).toEqual([]);
  });

  it.each([
    ['no reason', '  // bickford-ignore-next-line env-undeclared-read', /has no reason/],
    ['an unknown rule', '  // bickford-ignore-next-line env-undeclared-reads: typo', /names env-undeclared-reads, which is not a rule of any Bickford guard/],
    ['no rule', '  // bickford-ignore-next-line : why', /names no rule/],
  ])('env-guard: a comment with %s is not applied and is itself a finding at its line', async (_what, comment, message) => {
    const dir = copyExamples();
    const line = above(dir, CONFIG, READ, comment);
    const run = await runInProcess('env-guard', dir);
    const read = run.report.findings.find((f) => f.ruleId === 'env-undeclared-read' && f.location?.file === CONFIG)!;
    expect(read.suppressed).toBeUndefined();
    const invalid = run.report.findings.filter((f) => f.ruleId === 'inline-suppression-invalid');
    expect(invalid.map((f) => [f.location?.file, f.location?.line, f.severity])).toEqual([[CONFIG, line, 'warning']]);
    expect(invalid[0].message).toMatch(message);
  });

  it("edge-guard: the comment above the entry's import suppresses the chain that starts there", async () => {
    const dir = copyExamples();
    const file = 'apps/web/app/api/stats/route.ts';
    above(dir, file, /from '@\/lib'/, '// bickford-ignore-next-line edge-prisma-client: countUsers is replaced by a fetch in #12');
    const run = await runInProcess('edge-guard', dir);
    const chain = run.report.findings.filter((f) => f.ruleId === 'edge-prisma-client' && f.location?.file === file);
    expect(chain.length).toBeGreaterThan(0);
    expect(chain.every((f) => f.suppressed?.kind === 'ignore' && f.suppressed.reason === 'countUsers is replaced by a fetch in #12')).toBe(true);
    // A comment for env-guard's rule in the same file is not edge-guard's to judge.
    expect(run.report.findings.filter((f) => f.ruleId === 'inline-suppression-invalid')).toEqual([]);
  });

  it('prisma-guard: `// bickford-ignore <rule>: <reason>` above a model covers its block', async () => {
    const dir = copyExamples();
    const schema = 'packages/db/prisma/schema.prisma';
    const first = await runInProcess('prisma-guard', dir, { inputs: { drift: 'skip' } });
    const inPost = first.report.findings.filter((f) => f.ruleId === 'prisma-schema-unformatted' && f.location?.file === schema);
    expect(inPost.length).toBeGreaterThan(0);
    above(dir, schema, /^model Post \{/, '// bickford-ignore prisma-schema-unformatted: aligned by hand for the demo');
    const run = await runInProcess('prisma-guard', dir, { inputs: { drift: 'skip' } });
    const after = run.report.findings.filter((f) => f.ruleId === 'prisma-schema-unformatted' && f.location?.file === schema);
    expect(after.length).toBe(inPost.length);
    expect(after.every((f) => f.suppressed?.kind === 'ignore' && f.suppressed.reason === 'aligned by hand for the demo')).toBe(true);
  });
});
