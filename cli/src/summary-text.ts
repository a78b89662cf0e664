import { activeFindings, compareFindings, SEVERITIES, type Finding, type Severity } from '@shared/findings/finding';
import type { GuardResult } from '@shared/findings/result';
import type { ReportOptions } from '@shared/reporters/report-options';
import { reportText } from '@shared/reporters/text';

/** How many findings, and table rows, a whole-repository run prints before pointing at the full report. */
export const SUMMARY_LIMIT = 10;

export const SEE_EVERYTHING = '`--verbose` prints every finding here; `--format json` (or `sarif`, with `--output FILE`) gives the full report';

/**
 * The text report of a run over a whole repository (no --base): a first run on a real monorepo found thousands of
 * findings, which no one reads at a terminal. Counts per rule and severity, the most important findings (errors
 * first, then by file and line: compareFindings) with their locations, and where to see the rest. The verdict is
 * the full run's. Tables are cut to the same length; the JSON and SARIF reports keep everything.
 */
export function reportSummaryText(result: GuardResult, options: ReportOptions, limit = SUMMARY_LIMIT): string {
  const active = [...activeFindings(result.findings)].sort(compareFindings);
  const sections = (result.sections ?? []).map((s) =>
    s.kind === 'table' && s.rows.length > limit ? { ...s, rows: [...s.rows.slice(0, limit), [`… ${s.rows.length - limit} more rows in the full report`, ...s.headers.slice(1).map(() => '')]] } : s,
  );
  const shown = active.slice(0, limit);
  const suppressed = result.findings.filter((f) => f.suppressed);
  const hidden = active.length - shown.length;
  const notes = [...(options.runNotes ?? [])];
  if (hidden > 0) notes.unshift(`${hidden} more finding${hidden === 1 ? '' : 's'} not shown: ${SEE_EVERYTHING}.`);
  if (suppressed.length > limit) notes.unshift(`${suppressed.length} findings are suppressed or approved in all; the first ${limit} are listed above.`);
  // The shared text reporter renders the cut result; the verdict it prints is the full run's.
  const text = reportText({ ...result, findings: [...shown, ...suppressed.slice(0, limit)], sections }, { ...options, runNotes: notes }).output;
  if (active.length <= limit) return text;
  const [title, headline, ...rest] = text.split('\n');
  return [title, headline, '', ...countsTable(active), '', `The ${shown.length} most important of ${active.length}:`, ...rest].join('\n');
}

/** One row per rule: its count at each severity, most errors first. */
function countsTable(findings: Finding[]): string[] {
  const byRule = new Map<string, Record<Severity, number>>();
  for (const f of findings) {
    const row = byRule.get(f.ruleId) ?? { error: 0, warning: 0, notice: 0 };
    row[f.severity]++;
    byRule.set(f.ruleId, row);
  }
  const rows = [...byRule].sort(([a, x], [b, y]) => y.error - x.error || y.warning - x.warning || y.notice - x.notice || (a < b ? -1 : 1));
  const width = Math.max(4, ...rows.map(([r]) => r.length));
  const line = (name: string, cells: (string | number)[]) => `  ${name.padEnd(width)}  ${cells.map((c) => String(c).padStart(7)).join('  ')}`;
  return ['Findings by rule:', line('rule', [...SEVERITIES]), ...rows.map(([rule, c]) => line(rule, SEVERITIES.map((s) => c[s])))];
}
