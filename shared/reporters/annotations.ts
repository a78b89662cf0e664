import { activeFindings, compareFindings, type Finding, type Severity } from '../findings/finding';
import type { GuardResult } from '../findings/result';
import { formatCommand } from './escape';
import { changedFirst, type ReportOptions, type ReporterOutput } from './report-options';

/** GitHub shows at most this many annotations of each severity per step; the rest are dropped silently. */
export const ANNOTATIONS_PER_SEVERITY = 10;

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', notice: 'notice' };

/** A finding as one workflow command, every property and the data escaped so nothing can inject a command. */
export function annotationCommand(f: Finding, guard: string): string {
  const props: Record<string, string | number> = {};
  if (f.location) {
    props.file = f.location.file;
    props.line = f.location.line;
    if (f.location.endLine) props.endLine = f.location.endLine;
    props.col = f.location.column;
    if (f.location.endColumn && (!f.location.endLine || f.location.endLine === f.location.line)) props.endColumn = f.location.endColumn;
  }
  props.title = `${guard}: ${f.ruleId}`;
  const lines = [f.message];
  if (f.trace && f.trace.length > 0) lines.push(f.trace.map((s) => `${s.location.file}:${s.location.line}`).join(' → '));
  if (f.help) lines.push(f.help);
  return formatCommand(COMMAND[f.severity], props, lines.join('\n'));
}

/**
 * Workflow-command annotations: errors first, findings in changed files before others, at most ten of each
 * severity, then one notice counting what was not shown (so nothing disappears without a word).
 */
export function reportAnnotations(result: GuardResult, options: ReportOptions): ReporterOutput {
  const sorted = changedFirst([...activeFindings(result.findings)].sort(compareFindings), options.changed).sort(
    (a, b) => rank(a.severity) - rank(b.severity),
  );
  const total = { error: 0, warning: 0, notice: 0 };
  for (const f of sorted) total[f.severity]++;
  const overflows = total.error > ANNOTATIONS_PER_SEVERITY || total.warning > ANNOTATIONS_PER_SEVERITY || total.notice > ANNOTATIONS_PER_SEVERITY;
  // When anything is cut, one notice slot is kept for the line that says so.
  const limit: Record<Severity, number> = {
    error: ANNOTATIONS_PER_SEVERITY,
    warning: ANNOTATIONS_PER_SEVERITY,
    notice: overflows ? ANNOTATIONS_PER_SEVERITY - 1 : ANNOTATIONS_PER_SEVERITY,
  };
  const shown: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  const lines: string[] = [];
  let hidden = 0;
  for (const f of sorted) {
    if (shown[f.severity] >= limit[f.severity]) {
      hidden++;
      continue;
    }
    shown[f.severity]++;
    lines.push(annotationCommand(f, result.guard));
  }
  if (hidden > 0) {
    const where = options.fullReportUrl ? ` See ${options.fullReportUrl}` : ' See the job summary';
    const message = `${hidden} more finding(s) not shown as annotations (GitHub shows ${ANNOTATIONS_PER_SEVERITY} per severity).${where} for all of them.`;
    lines.push(formatCommand('notice', { title: `${result.guard}: more findings` }, message));
  }
  return { output: lines.length ? `${lines.join('\n')}\n` : '' };
}

function rank(s: Severity): number {
  return s === 'error' ? 0 : s === 'warning' ? 1 : 2;
}
