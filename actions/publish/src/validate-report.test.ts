import { DOCS_BASE } from '@shared/findings/finding';
import { guardReport, hostileReport } from './__fixtures__/reports';
import { LIMITS } from './report-schema';
import { prepareValidator, validateReport } from './validate-report';

const bytes = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value));
const reasonFor = (value: unknown) => {
  const check = validateReport(bytes(value));
  if (check.ok) throw new Error('expected the report to be refused');
  return check.reason;
};

describe('validateReport', () => {
  beforeAll(() => prepareValidator());

  it('accepts a report written by the shared JSON reporter', () => {
    const check = validateReport(bytes(guardReport()));
    expect(check.ok && check.report.findings).toHaveLength(2);
  });

  it('accepts a hostile but well-formed report, leaving the escaping to the reporters', () => {
    expect(validateReport(bytes(hostileReport())).ok).toBe(true);
  });

  it('replaces a docs link that leaves Bickford docs with the rule page', () => {
    const check = validateReport(bytes(hostileReport()));
    expect(check.ok && check.report.findings[0].docsUrl).toBe(`${DOCS_BASE}/ban-drop-table.md`);
  });

  it('keeps a docs link into Bickford docs', () => {
    const report = guardReport();
    report.findings[0].docsUrl = `${DOCS_BASE}/ban-drop-table.md#options`;
    const check = validateReport(bytes(report));
    expect(check.ok && check.report.findings[0].docsUrl).toBe(`${DOCS_BASE}/ban-drop-table.md#options`);
  });

  it('refuses a file that is not JSON', () => {
    expect(reasonFor('<html>not json')).toMatch(/not JSON/);
  });

  it('refuses JSON that is not an object', () => {
    expect(reasonFor([guardReport()])).toMatch(/not a JSON object/);
  });

  it('refuses another schema version and says which one it reads', () => {
    expect(reasonFor({ ...guardReport(), schema: 'bickford-report/v2' })).toMatch(/'bickford-report\/v2'.*reads bickford-report\/v1 only/);
  });

  it('refuses a report without a schema version', () => {
    const { schema: _schema, ...rest } = guardReport();
    expect(reasonFor(rest)).toMatch(/schema is missing/);
  });

  it('refuses a key the report shape does not have', () => {
    expect(reasonFor({ ...guardReport(), prNumber: 1 })).toMatch(/must NOT have additional properties \(prNumber\)/);
  });

  it('refuses a guard that is not one of the five', () => {
    expect(reasonFor({ ...guardReport(), guard: 'publish' })).toMatch(/\/guard must be equal to one of the allowed values/);
  });

  it('refuses a message over the length limit', () => {
    expect(reasonFor(guardReport('migration-score', 1, 'x'.repeat(LIMITS.text + 1)))).toMatch(/\/findings\/0\/message must NOT have more than 4000 characters/);
  });

  it('refuses more findings than the limit', () => {
    const report = guardReport('migration-score', 1);
    report.findings = Array.from({ length: LIMITS.findings + 1 }, () => report.findings[0]);
    expect(reasonFor(report)).toMatch(/\/findings must NOT have more than 5000 items/);
  });

  it('refuses a rule id carrying markup or a path', () => {
    const report = guardReport();
    report.findings[0].ruleId = '../../evil<b>';
    expect(reasonFor(report)).toMatch(/\/findings\/0\/ruleId must match pattern/);
  });

  it('refuses a file over the byte limit before parsing it', () => {
    expect(validateReport(Buffer.alloc(LIMITS.reportBytes + 1, 32))).toEqual({ ok: false, reason: expect.stringMatching(/over the 8388608-byte limit/) });
  });
});
