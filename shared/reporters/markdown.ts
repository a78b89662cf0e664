import { activeFindings, compareFindings, countBySeverity, type Finding, type Severity } from '../findings/finding';
import type { Cell, GuardResult, Section } from '../findings/result';
import { codeBlock, escapeMarkdown, inlineCode } from './escape';
import { changedFirst, type ReportOptions, type ReporterOutput } from './report-options';

/** GitHub refuses a step summary over 1 MiB and a comment body over 65,536 characters. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;
export const COMMENT_LIMIT_CHARS = 65_536;

const ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };

export function commentMarker(guard: string): string {
  return `<!-- bickford:${guard} -->`;
}

interface RenderLimits {
  /** How many finding rows to include. */
  rows: number;
  /** Include sections (tables, SQL, chains) and traces. */
  details: boolean;
}

function cell(c: Cell): string {
  return typeof c === 'string' ? escapeMarkdown(c) : inlineCode(c.code);
}

function where(f: Finding): string {
  if (!f.location) return '';
  return inlineCode(`${f.location.file}:${f.location.line}:${f.location.column}`);
}

/** A URL safe inside Markdown link parentheses: encodeURI leaves `(` and `)`, which would end the link. */
function linkTarget(url: string): string {
  return encodeURI(url).replace(/\(/g, '%28').replace(/\)/g, '%29');
}

function ruleLink(f: Finding): string {
  const id = escapeMarkdown(f.ruleId);
  return f.docsUrl ? `[${id}](${linkTarget(f.docsUrl)})` : id;
}

function findingRow(f: Finding): string {
  const help = f.help ? `<br>${escapeMarkdown(f.help)}` : '';
  return `| ${ICON[f.severity]} ${f.severity} | ${ruleLink(f)} | ${where(f)} | ${escapeMarkdown(f.message)}${help} |`;
}

function renderSection(s: Section): string {
  const title = `### ${escapeMarkdown(s.title)}`;
  if (s.kind === 'code') return `${title}\n\n${codeBlock(s.code, s.language)}`;
  if (s.kind === 'text') return `${title}\n\n${s.lines.map((l) => `- ${escapeMarkdown(l)}`).join('\n')}`;
  const head = `| ${s.headers.map(escapeMarkdown).join(' | ')} |\n|${s.headers.map(() => '---').join('|')}|`;
  return `${title}\n\n${head}\n${s.rows.map((r) => `| ${r.map(cell).join(' | ')} |`).join('\n')}`;
}

function traceBlock(f: Finding): string {
  if (!f.trace || f.trace.length === 0) return '';
  const steps = f.trace.map((s) => `${s.location.file}:${s.location.line}  ${s.note}`).join('\n');
  return `**${escapeMarkdown(f.ruleId)}** — ${escapeMarkdown(f.message)}\n\n${codeBlock(steps)}`;
}

function renderSuppressed(findings: Finding[]): string {
  const suppressed = findings.filter((f) => f.suppressed);
  if (suppressed.length === 0) return '';
  const rows = suppressed.map(
    (f) => `| ${escapeMarkdown(f.suppressed!.kind)} | ${ruleLink(f)} | ${where(f)} | ${escapeMarkdown(f.suppressed!.reason)} |`,
  );
  return `<details><summary>Suppressed or approved (${suppressed.length})</summary>\n\n| Kind | Rule | Where | Reason |\n|---|---|---|---|\n${rows.join('\n')}\n\n</details>`;
}

export function titleLine(result: GuardResult, options: ReportOptions): string {
  const counts = countBySeverity(activeFindings(result.findings));
  const parts = (['error', 'warning', 'notice'] as const).filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}${counts[s] === 1 ? '' : 's'}`);
  const icon = options.verdict.failed ? '❌' : parts.length ? '⚠️' : '✅';
  return `${icon} ${result.guard}: ${parts.length ? parts.join(', ') : 'no findings'}`;
}

/** Rows and trace blocks are escaped once per finding, however many sizes `fit` tries. */
interface Prepared {
  active: Finding[];
  rows: string[];
  traces: string[];
}

function prepare(result: GuardResult, options: ReportOptions): Prepared {
  const active = changedFirst([...activeFindings(result.findings)].sort(compareFindings), options.changed);
  return { active, rows: active.map(findingRow), traces: active.map(traceBlock) };
}

function render(result: GuardResult, options: ReportOptions, prepared: Prepared, limits: RenderLimits, marker: string | undefined): string {
  const { active } = prepared;
  const out: string[] = [];
  if (marker) out.push(marker);
  out.push(`## ${titleLine(result, options)}`);
  out.push(`${escapeMarkdown(result.headline)}\n\n**Verdict:** ${escapeMarkdown(options.verdict.reason)}`);
  if (active.length > 0) {
    out.push(`| Severity | Rule | Where | Message |\n|---|---|---|---|\n${prepared.rows.slice(0, limits.rows).join('\n')}`);
    if (limits.rows < active.length) {
      const pointer = options.fullReportUrl ? ` [The full report](${linkTarget(options.fullReportUrl)}) has all of them.` : ' The JSON report has all of them.';
      out.push(`_${active.length - limits.rows} more finding(s) not shown here._${pointer}`);
    }
  }
  if (limits.details) {
    for (const s of result.sections ?? []) out.push(renderSection(s));
    const traces = prepared.traces.slice(0, limits.rows).filter(Boolean);
    if (traces.length) out.push(`### Traces\n\n${traces.join('\n\n')}`);
  }
  const suppressed = renderSuppressed(result.findings);
  if (suppressed) out.push(suppressed);
  for (const note of options.runNotes ?? []) out.push(`> ${escapeMarkdown(note)}`);
  out.push(`<sub>Bickford ${escapeMarkdown(options.version)} · fail-on: ${options.verdict.failOn}</sub>`);
  return `${out.join('\n\n')}\n`;
}

/** The largest rendering that fits: all rows with details, then fewer rows, then no details. */
function fit(result: GuardResult, options: ReportOptions, size: (s: string) => number, max: number, marker?: string): string {
  const prepared = prepare(result, options);
  const total = prepared.active.length;
  const attempt = (rows: number, details: boolean) => render(result, options, prepared, { rows, details }, marker);
  for (const details of [true, false]) {
    const full = attempt(total, details);
    if (size(full) <= max) return full;
    let lo = 0;
    let hi = total;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (size(attempt(mid, details)) <= max) lo = mid;
      else hi = mid - 1;
    }
    const best = attempt(lo, details);
    if (size(best) <= max && (lo > 0 || !details)) return best;
  }
  // Even the headline alone is too long (a giant headline): cut the text itself.
  return attempt(0, false).slice(0, max - 1);
}

/** The job summary: the full table, sections and traces, under 1 MiB. */
export function reportSummary(result: GuardResult, options: ReportOptions): ReporterOutput {
  return { output: fit(result, options, (s) => Buffer.byteLength(s, 'utf8'), SUMMARY_LIMIT_BYTES) };
}

/** The sticky PR comment: the same content, found again by its hidden marker, under 65,536 characters. */
export function reportComment(result: GuardResult, options: ReportOptions): ReporterOutput {
  return { output: fit(result, options, (s) => s.length, COMMENT_LIMIT_CHARS, commentMarker(result.guard)) };
}
