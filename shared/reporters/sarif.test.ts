import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createFinding, type Finding } from '../findings/finding';
import type { GuardResult } from '../findings/result';
import { multitoolFindings, schemaErrors } from '../../test/harness/sarif-validators';
import { reportSarif, SARIF_MAX_FLOW_LOCATIONS, sarifUri } from './sarif';

const verdict = { failed: true, failOn: 'error' as const, reason: 'r' };
const at = (file: string, line = 1) => ({ file, line, column: 1 });
const result = (findings: Finding[]): GuardResult => ({ guard: 'migration-score', findings, outputs: {}, headline: 'h' });

/** Every shape of finding the guards produce, as SARIF files. */
const FIXTURES: Record<string, GuardResult> = {
  located: result([createFinding({ ruleId: 'ban-drop-table', severity: 'error', message: 'drops', help: 'expand and contract', category: 'migration', location: at('prisma/migrations/1_a/migration.sql', 3) })]),
  'repository-level': result([createFinding({ ruleId: 'env-turbo-missing', severity: 'warning', message: 'no turbo.json' })]),
  'hostile-uris': result([
    createFinding({ ruleId: 'ban-drop-table', severity: 'error', message: 'm', location: at('prisma/migrations/2_a#b?c d%e/migration.sql') }),
    createFinding({ ruleId: 'ban-drop-table', severity: 'error', message: 'm', location: at("apps/[x]/(y)/it's/ü.ts") }),
  ]),
  'long-flow': result([
    createFinding({
      ruleId: 'edge-node-import',
      severity: 'error',
      message: 'chain',
      location: at('apps/web/route.ts'),
      trace: Array.from({ length: SARIF_MAX_FLOW_LOCATIONS + 50 }, (_, i) => ({ location: at(`packages/p${i}.ts`), note: `hop ${i}` })),
    }),
  ]),
  suppressed: result([createFinding({ ruleId: 'ban-drop-column', severity: 'error', message: 'm', location: at('m.sql'), suppressed: { kind: 'approval', reason: 'migration-approved' } })]),
  empty: result([]),
  'baseline-and-existing': result([
    createFinding({ ruleId: 'ban-drop-column', severity: 'error', message: 'accepted', location: at('a.sql'), suppressed: { kind: 'baseline', reason: 'accepted in .bickford/baseline.json' } }),
    createFinding({ ruleId: 'ban-drop-table', severity: 'error', message: 'old', location: at('b.sql'), suppressed: { kind: 'existing', reason: 'also found at the base abc1234' } }),
  ]),
};

function sarifOf(r: GuardResult, options = {}) {
  return JSON.parse(reportSarif(r, { verdict, version: '1.2.3', repositoryFile: 'package.json', ...options }).output);
}

describe('SARIF', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bickford-sarif-'));
  const files = Object.entries(FIXTURES).map(([name, r]) => {
    const file = path.join(dir, `${name}.sarif`);
    fs.writeFileSync(file, reportSarif(r, { verdict, version: '1.2.3', repositoryFile: 'package.json' }).output);
    return file;
  });

  it.each(Object.keys(FIXTURES))('%s is valid against the OASIS SARIF 2.1.0 schema', (name) => {
    expect(schemaErrors(JSON.parse(fs.readFileSync(path.join(dir, `${name}.sarif`), 'utf8')))).toEqual([]);
  });

  it('the validators refuse a result without a location and a rule without help', () => {
    const bad = { version: '2.1.0', runs: [{ tool: { driver: { name: 'x', rules: [{ id: 'r', name: 'r' }] } }, results: [{ ruleId: 'r', message: {}, level: 'fatal' }] }] };
    expect(schemaErrors(bad).length).toBeGreaterThan(0);
    const file = path.join(dir, 'bad.json');
    fs.writeFileSync(file, JSON.stringify({ ...bad, runs: [{ ...bad.runs[0], results: [{ ruleId: 'r', message: { text: 'm' } }] }] }));
    expect(multitoolFindings([file]).map((f) => f.ruleId)).toEqual(expect.arrayContaining(['GH1015', 'GH2012']));
  });

  it('carries each fingerprint as partialFingerprints; a baseline is an external suppression, an existing finding is unchanged, not dismissed', () => {
    const r = FIXTURES['baseline-and-existing'];
    const results = sarifOf(r).runs[0].results;
    expect(results.map((x: { partialFingerprints: Record<string, string> }) => x.partialFingerprints['bickford/v1'])).toEqual(r.findings.map((f) => f.fingerprint));
    expect(results[0].suppressions).toEqual([{ kind: 'external', status: 'accepted', justification: 'baseline: accepted in .bickford/baseline.json' }]);
    expect(results[1]).toMatchObject({ baselineState: 'unchanged' });
    expect(results[1].suppressions).toBeUndefined();
  });

  it("passes Microsoft's SARIF Multitool with GitHub's rules (Gh;Sarif), every fixture", () => {
    expect(multitoolFindings(files)).toEqual([]);
  });

  it('points a repository-level finding at the file that decides it', () => {
    const [res] = sarifOf(FIXTURES['repository-level']).runs[0].results;
    expect(res.locations[0].physicalLocation.artifactLocation.uri).toBe('package.json');
  });

  it('percent-encodes #, ?, spaces and % so they stay part of the path', () => {
    expect(sarifUri('prisma/migrations/2_a#b?c d%e/migration.sql')).toBe('prisma/migrations/2_a%23b%3Fc%20d%25e/migration.sql');
    expect(new URL(sarifUri('a/b#c?d e'), 'file:///r/').pathname).toBe('/r/a/b%23c%3Fd%20e');
  });

  it('caps a code flow at 10,000 locations, keeping the last step and counting the rest', () => {
    const [res] = sarifOf(FIXTURES['long-flow']).runs[0].results;
    const locations = res.codeFlows[0].threadFlows[0].locations;
    expect(locations).toHaveLength(SARIF_MAX_FLOW_LOCATIONS);
    expect(locations.at(-1).location.message.text).toBe(`50 more step(s) not shown (GitHub takes 10000 per flow); then: hop ${SARIF_MAX_FLOW_LOCATIONS + 49}`);
  });

  it('gives each rule a name distinct from its id, a full description and help', () => {
    const [rule] = sarifOf(FIXTURES.located).runs[0].tool.driver.rules;
    expect(rule).toMatchObject({ id: 'ban-drop-table', name: 'BanDropTable', fullDescription: { text: 'migration: ban-drop-table. expand and contract' }, help: { text: 'expand and contract' } });
  });
});
