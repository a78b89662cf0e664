import * as fs from 'node:fs';
import * as path from 'node:path';
import { createFixtureRepo, underFolder, type FileTree } from '../harness/fixture-repo';
import { runDist, type DistRun } from '../harness/run-dist';

/**
 * The audit's "nothing to do" for edge-guard (issue 12): an `entries` pattern that matches nothing is an error at
 * the setting (a typo would otherwise mean zero entries and a pass); finding no edge code by itself, with no
 * `entries`, is a real "nothing to check", said in the log and the summary.
 */

const WORKER = "import { readFileSync } from 'node:fs';\nexport default { fetch: () => new Response(readFileSync('x', 'utf8')) };\n";
const app: FileTree = {
  'package.json': JSON.stringify({ name: 'acme', private: true }),
  'workers/hello.ts': WORKER,
  'src/index.ts': 'export const a = 1;\n',
};

type Finding = { ruleId: string; severity: string; message: string; location?: { file: string; line: number; column: number } };
const reportOf = (r: DistRun): { headline: string; findings: Finding[]; data: { entries: { file: string }[] } } =>
  JSON.parse(fs.readFileSync(path.join(r.tempDir, 'runner-temp', 'bickford-edge-guard.json'), 'utf8'));

describe('edge-guard entries that match nothing', () => {
  it('is an error at its list item in .bickford.yml (repository-relative under working-directory), and the other item is still checked', async () => {
    const config = 'edge-guard:\n  entries:\n    - workers/*.ts\n    - worker/*.ts\n';
    const repo = createFixtureRepo(underFolder('monorepo', { ...app, '.bickford.yml': config }), {});
    const r = await runDist({ action: 'edge-guard', repo, inputs: { 'working-directory': 'monorepo' } });
    expect(r.exitCode).toBe(1);
    const report = reportOf(r);
    const unmatched = report.findings.filter((f) => f.ruleId === 'edge-entries-unmatched');
    expect(unmatched).toEqual([expect.objectContaining({ severity: 'error', location: { file: 'monorepo/.bickford.yml', line: 4, column: 7 } })]);
    expect(unmatched[0].message).toContain("'worker/*.ts' matches no file");
    const annotation = r.commands.find((x) => x.command === 'error' && x.properties.title?.includes('edge-entries-unmatched'));
    expect(annotation?.properties).toMatchObject({ file: 'monorepo/.bickford.yml', line: '4' });
    // The pattern that matches still makes its worker an entry, and its Node built-in is found.
    expect(report.data.entries.map((e) => e.file)).toEqual(['monorepo/workers/hello.ts']);
    expect(report.findings.some((f) => f.ruleId === 'edge-node-builtin')).toBe(true);
  });

  it('is an error naming the input when the pattern came from the action input', async () => {
    const repo = createFixtureRepo(app, {});
    const r = await runDist({ action: 'edge-guard', repo, inputs: { entries: 'worker/*.ts' } });
    expect(r.exitCode).toBe(1);
    const unmatched = reportOf(r).findings.filter((f) => f.ruleId === 'edge-entries-unmatched');
    expect(unmatched).toHaveLength(1);
    expect(unmatched[0].location).toBeUndefined();
    expect(unmatched[0].message).toMatch(/^the `entries` input: 'worker\/\*\.ts' matches no file/);
    expect(reportOf(r).headline).toMatch(/^0 edge entries/);
  });

  it('with no edge code and no entries, passes and says there was nothing to check, in the log and the summary', async () => {
    const repo = createFixtureRepo({ 'package.json': app['package.json']!, 'src/index.ts': 'export const a = 1;\n' }, {});
    const r = await runDist({ action: 'edge-guard', repo });
    expect(r.exitCode).toBe(0);
    expect(reportOf(r).findings).toEqual([]);
    expect(r.stdout).toContain('nothing to check');
    expect(r.summary).toContain('nothing to check');
    expect(reportOf(r).headline).toMatch(/^No edge code found .*: nothing to check$/);
  });
});
