import { activeFindings, compareFindings, type Severity } from '../findings/finding';
import type { Cell, GuardResult } from '../findings/result';
import { titleLine } from './markdown';
import type { ReportOptions, ReporterOutput } from './report-options';

const COLORS: Record<Severity | 'dim' | 'bold' | 'ok', string> = {
  error: '\x1b[31m',
  warning: '\x1b[33m',
  notice: '\x1b[36m',
  dim: '\x1b[2m',
  bold: '\x1b[1m',
  ok: '\x1b[32m',
};

/** Readable text for people at a terminal; the same findings, coloured when asked. */
export function reportText(result: GuardResult, options: ReportOptions): ReporterOutput {
  const paint = (c: keyof typeof COLORS, s: string) => (options.color ? `${COLORS[c]}${s}\x1b[0m` : s);
  const lines: string[] = [paint('bold', titleLine(result, options).replace(/^\S+ /, '')), paint('dim', result.headline)];
  for (const f of [...activeFindings(result.findings)].sort(compareFindings)) {
    const at = f.location ? `${f.location.file}:${f.location.line}:${f.location.column}` : '(repository)';
    lines.push('');
    lines.push(`${paint(f.severity, f.severity.padEnd(7))} ${at}  ${paint('dim', f.ruleId)}`);
    lines.push(`  ${f.message}`);
    for (const step of f.trace ?? []) lines.push(paint('dim', `    → ${step.location.file}:${step.location.line}  ${step.note}`));
    if (f.help) lines.push(paint('dim', `  help: ${f.help}`));
  }
  const suppressed = result.findings.filter((f) => f.suppressed);
  if (suppressed.length) {
    lines.push('', paint('dim', `${suppressed.length} suppressed or approved:`));
    for (const f of suppressed) lines.push(paint('dim', `  ${f.ruleId} at ${f.location?.file ?? ''}:${f.location?.line ?? ''} (${f.suppressed!.kind}: ${f.suppressed!.reason})`));
  }
  for (const s of result.sections ?? []) {
    if (s.kind !== 'table') continue;
    lines.push('', paint('bold', s.title));
    const text = (c: Cell) => (typeof c === 'string' ? c : c.code);
    const widths = s.headers.map((h, i) => Math.min(72, Math.max(h.length, ...s.rows.map((r) => text(r[i] ?? '').length))));
    const fmt = (cells: string[]) => cells.map((c, i) => c.slice(0, 72).padEnd(widths[i])).join('  ');
    lines.push(paint('dim', fmt(s.headers)));
    for (const r of s.rows) lines.push(fmt(r.map(text)));
  }
  for (const note of options.runNotes ?? []) lines.push('', paint('warning', note));
  lines.push('', options.verdict.failed ? paint('error', `✗ ${options.verdict.reason}`) : paint('ok', `✓ ${options.verdict.reason}`));
  return { output: `${lines.join('\n')}\n`, exitCode: options.verdict.failed ? 1 : 0 };
}
