import { createFinding } from '@shared/findings/finding';
import type { GuardName } from '@shared/findings/result';
import { toJsonReport, type JsonReport } from '@shared/reporters/json';

/** A report exactly as a guard in `mode: report` writes it (shared/reporters/json.ts), so the tests track the contract. */
export function guardReport(guard: GuardName = 'migration-score', count = 2, message = 'DROP TABLE loses every row'): JsonReport {
  const findings = Array.from({ length: count }, (_, i) =>
    createFinding({
      ruleId: 'ban-drop-table',
      severity: i === 0 ? 'error' : 'warning',
      message,
      help: 'Rename the table first and drop it in a later release.',
      location: { file: `prisma/migrations/20260101_${i}/migration.sql`, line: i + 1, column: 1 },
    }),
  );
  return toJsonReport(
    { guard, findings, outputs: { 'risk-score': '0.9' }, headline: `${count} migrations scored`, sections: [{ kind: 'code', title: 'SQL', language: 'sql', code: 'DROP TABLE "User";' }] },
    { verdict: { failed: true, failOn: 'error', reason: '1 error(s) with fail-on error' }, version: '0.1.0' },
  );
}

/** Markdown, HTML and workflow-command injection in every field a person reads. */
export function hostileReport(): JsonReport {
  const report = guardReport('edge-guard', 1, '[click](javascript:alert(1)) <img src=x onerror=alert(1)> <!-- @admin #1 --> ::error::forged');
  report.headline = '<script>alert(1)</script> # Approved ✅ [merge now](https://evil.example)';
  report.findings[0].help = '</details><details open><summary>fake</summary>';
  report.findings[0].docsUrl = 'https://evil.example/phish)';
  report.findings[0].location!.file = 'apps/web/x`|<b>y</b>\n::warning::z.ts';
  report.sections = [{ kind: 'code', title: '<h1>T</h1>', language: 'sql"><script>', code: '```\n</code><script>alert(1)</script>\n```' }];
  return report;
}
