import { createFinding } from '../findings/finding';
import type { GuardResult } from '../findings/result';
import { CHECK_RUN_BATCH, CHECK_RUN_MAX_ANNOTATIONS, planCheckRun } from './check-run';
import { cutToBytes, LIMITS } from './limits';

const verdict = { failed: true, failOn: 'error' as const, reason: 'r' };
const located = (i: number, message = `m${i}`) => createFinding({ ruleId: 'r', severity: 'error', message, location: { file: `f${i}.sql`, line: 1, column: 1 } });
const result = (findings: GuardResult['findings']): GuardResult => ({ guard: 'migration-score', findings, outputs: {}, headline: 'h' });

describe('planCheckRun', () => {
  it('sends at most 500 annotations (ten requests) and says in the text how many were left out and where they are', () => {
    const findings = [...Array.from({ length: CHECK_RUN_MAX_ANNOTATIONS + 120 }, (_, i) => located(i)), createFinding({ ruleId: 'repo', severity: 'warning', message: 'no location' })];
    const plan = planCheckRun(result(findings), { verdict, version: 't', fullReportUrl: 'https://github.example/run/1' }, 'summary');
    expect(plan.batches).toHaveLength(CHECK_RUN_MAX_ANNOTATIONS / CHECK_RUN_BATCH);
    expect(plan.batches.flat()).toHaveLength(CHECK_RUN_MAX_ANNOTATIONS);
    expect(plan.text).toBe(
      "121 finding(s) are not annotations on this check run: annotations stop at 500, to stay within GitHub's limits on content-creating requests, and some have no file and line. Every finding is in the job summary (https://github.example/run/1), the JSON report and the SARIF file.",
    );
  });

  it('cuts an annotation message to 64 KB in bytes, on a line boundary, saying where the rest is', () => {
    const line = `${'é'.repeat(999)}\n`; // 1,999 bytes a line
    const plan = planCheckRun(result([located(0, line.repeat(40))]), { verdict, version: 't' }, 'summary');
    const message = plan.batches[0][0].message;
    expect(Buffer.byteLength(message)).toBeLessThanOrEqual(LIMITS.annotationBytes);
    expect(message.endsWith('\n(cut at 64 KB: the SARIF and JSON reports have the whole message)')).toBe(true);
    expect(message.split('\n').slice(0, -1).every((l) => l === 'é'.repeat(999))).toBe(true);
  });

  it('cuts the summary to 65,535 bytes on a line boundary', () => {
    const summary = Array.from({ length: 30_000 }, (_, i) => `line ${i} ✓`).join('\n');
    const plan = planCheckRun(result([]), { verdict, version: 't' }, summary);
    expect(Buffer.byteLength(plan.summary)).toBeLessThanOrEqual(LIMITS.checkRunTextBytes);
    expect(plan.summary).toMatch(/\nline \d+ ✓\n\n_\(cut at line \d+: the job summary has the whole report\)_$/);
  });
});

describe('cutToBytes', () => {
  it('leaves text within the limit alone and cuts a single long line at a character boundary', () => {
    expect(cutToBytes('short', 10, () => 'x')).toBe('short');
    const cut = cutToBytes('€'.repeat(100), 50, () => '(cut)');
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(50);
    expect(cut).toMatch(/^€+\n\(cut\)$/);
  });
});
