import { activeFindings, compareFindings, type Finding, type Severity } from '../findings/finding';
import type { GuardResult } from '../findings/result';
import { formatCommand } from './escape';
import { changedFirst, type ReportOptions, type ReporterOutput } from './report-options';

/** GitHub shows at most this many annotations of each severity per step; the rest are dropped silently. */
export const ANNOTATIONS_PER_SEVERITY = 10;

const COMMAND: Record<Severity, PlannedAnnotation['command']> = { error: 'error', warning: 'warning', notice: 'notice' };

/** One annotation as the runner takes it: a workflow command's name, properties and message. */
export interface PlannedAnnotation {
  command: 'error' | 'warning' | 'notice';
  properties: { file?: string; line?: number; endLine?: number; col?: number; endColumn?: number; title: string };
  message: string;
}

/** A finding as one workflow command, every property and the data escaped so nothing can inject a command. */
export function annotationCommand(f: Finding, guard: string): string {
  const a = toAnnotation(f, guard);
  return formatCommand(a.command, a.properties, a.message);
}

function toAnnotation(f: Finding, guard: string): PlannedAnnotation {
  const props: PlannedAnnotation['properties'] = { title: '' };
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
  return { command: COMMAND[f.severity], properties: props, message: lines.join('\n') };
}

/**
 * Workflow-command annotations: errors first, findings in changed files before others, at most ten of each
 * severity, then one notice counting what was not shown (so nothing disappears without a word). A failing
 * verdict keeps one error slot for the step's final verdict line, which comes after these.
 */
export function planAnnotations(result: GuardResult, options: ReportOptions): PlannedAnnotation[] {
  const sorted = changedFirst([...activeFindings(result.findings)].sort(compareFindings), options.changed).sort(
    (a, b) => rank(a.severity) - rank(b.severity),
  );
  const total = { error: 0, warning: 0, notice: 0 };
  for (const f of sorted) total[f.severity]++;
  const overflows = total.error > ANNOTATIONS_PER_SEVERITY - (options.verdict.failed ? 1 : 0) || total.warning > ANNOTATIONS_PER_SEVERITY || total.notice > ANNOTATIONS_PER_SEVERITY;
  // When anything is cut, one notice slot is kept for the line that says so.
  const limit: Record<Severity, number> = {
    error: options.verdict.failed ? ANNOTATIONS_PER_SEVERITY - 1 : ANNOTATIONS_PER_SEVERITY,
    warning: ANNOTATIONS_PER_SEVERITY,
    notice: overflows ? ANNOTATIONS_PER_SEVERITY - 1 : ANNOTATIONS_PER_SEVERITY,
  };
  const shown: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  const planned: PlannedAnnotation[] = [];
  let hidden = 0;
  for (const f of sorted) {
    if (shown[f.severity] >= limit[f.severity]) {
      hidden++;
      continue;
    }
    shown[f.severity]++;
    planned.push(toAnnotation(f, result.guard));
  }
  if (hidden > 0) {
    const where = options.fullReportUrl ? ` See ${options.fullReportUrl}` : ' See the job summary';
    const message = `${hidden} more finding(s) not shown as annotations (GitHub shows ${ANNOTATIONS_PER_SEVERITY} per severity).${where} for all of them.`;
    planned.push({ command: 'notice', properties: { title: `${result.guard}: more findings` }, message });
  }
  return planned;
}

/** The annotations as workflow-command text (the CLI's `--format github`). */
export function reportAnnotations(result: GuardResult, options: ReportOptions): ReporterOutput {
  const lines = planAnnotations(result, options).map((a) => formatCommand(a.command, a.properties, a.message));
  return { output: lines.length ? `${lines.join('\n')}\n` : '' };
}

function rank(s: Severity): number {
  return s === 'error' ? 0 : s === 'warning' ? 1 : 2;
}
