import { createFinding } from '../findings/finding';
import type { GuardResult } from '../findings/result';
import { COMMENT_LIMIT_CHARS, SUMMARY_LIMIT_BYTES, commentMarker, reportComment, reportSummary } from './markdown';

const verdict = { failed: true, failOn: 'error' as const, reason: 'errors' };

function many(n: number, messageLength: number): GuardResult {
  const findings = Array.from({ length: n }, (_, i) =>
    createFinding({ ruleId: 'ban-drop-table', severity: 'error', message: `${'x'.repeat(messageLength)} ${i}`, location: { file: `m/${i}.sql`, line: 1, column: 1 } }),
  );
  return { guard: 'migration-score', findings, outputs: {}, headline: `${n} findings`, sections: [{ kind: 'code', title: 'SQL', language: 'sql', code: 'DROP TABLE a;\n'.repeat(2000) }] };
}

describe('reportComment', () => {
  it('starts with the hidden marker that finds the comment again', () => {
    expect(reportComment(many(1, 10), { verdict, version: 't' }).output.startsWith(commentMarker('migration-score'))).toBe(true);
  });

  it('stays under 65,536 characters and says how many findings it left out, pointing at the full report', () => {
    const out = reportComment(many(3000, 200), { verdict, version: 't', fullReportUrl: 'https://github.example/run/1' }).output;
    expect(out.length).toBeLessThanOrEqual(COMMENT_LIMIT_CHARS);
    expect(out).toMatch(/_\d+ more finding\(s\) not shown here\._ \[The full report\]\(https:\/\/github\.example\/run\/1\)/);
  });
});

describe('reportSummary', () => {
  it('keeps every finding when it fits, and stays under 1 MiB when it does not', () => {
    const small = reportSummary(many(50, 20), { verdict, version: 't' }).output;
    expect(small).toContain('m/49.sql:1:1');
    expect(small).toContain('```sql');
    const big = reportSummary(many(20000, 200), { verdict, version: 't' }).output;
    expect(Buffer.byteLength(big)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(big).toMatch(/more finding\(s\) not shown here/);
  });
});
