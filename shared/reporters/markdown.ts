import { activeFindings, compareFindings, countBySeverity, type Finding, type Severity } from '../findings/finding';
import type { Cell, GuardResult, Section } from '../findings/result';
import { codeBlock, escapeMarkdown, inlineCode } from './escape';
import { codePoints, LIMITS, truncateBytes, truncateCodePoints } from './limits';
import { changedFirst, type ReportOptions, type ReporterOutput } from './report-options';

/**
 * GitHub refuses a step summary over 1 MiB, and a comment body over 262,144 bytes of UTF-8 with the words
 * "maximum is 65536 characters" (limits.ts). The comment is held to 65,536 code points: GitHub accepts that
 * whatever the text (a code point is at most 4 bytes), and so does a server that counts the characters its
 * message names. Counting UTF-16 units, as `String.length` does, would cut an emoji-heavy comment at half.
 */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;
export const COMMENT_LIMIT_CODE_POINTS = LIMITS.commentCodePoints;
/** The same limit under its old name: code points, not UTF-16 units. */
export const COMMENT_LIMIT_CHARS = COMMENT_LIMIT_CODE_POINTS;

const ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };

/**
 * The hidden first line that finds a sticky comment again: the guard, plus the run's key (the `id` input or
 * the working directory) when it is not the repository root, so two jobs or a matrix keep one comment each.
 */
export function commentMarker(guard: string, key?: string): string {
  return `<!-- bickford:${guard}${key ? `:${encodeURIComponent(key)}` : ''} -->`;
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

/**
 * The report as pieces, each escaped once: the fixed head and tail, one row and one trace block per finding.
 * `fit` sizes the pieces instead of rendering every candidate, so a run with 14,000 findings renders once.
 */
interface Pieces {
  head: string[];
  count: number;
  /** Escaped on first use: a summary that fits 4,000 of 14,000 rows escapes only those. */
  row(i: number): string;
  trace(i: number): string;
  sections: string[];
  tail: string[];
}

function memo(n: number, make: (i: number) => string): (i: number) => string {
  const cache: (string | undefined)[] = new Array(n);
  return (i) => (cache[i] ??= make(i));
}

const SEP = '\n\n';

function piecesOf(result: GuardResult, options: ReportOptions, marker: string | undefined): Pieces {
  const active = changedFirst([...activeFindings(result.findings)].sort(compareFindings), options.changed);
  const head: string[] = [];
  if (marker) head.push(marker);
  head.push(`## ${titleLine(result, options)}`);
  head.push(`${escapeMarkdown(result.headline)}\n\n**Verdict:** ${escapeMarkdown(options.verdict.reason)}`);
  const tail: string[] = [];
  const suppressed = renderSuppressed(result.findings);
  if (suppressed) tail.push(suppressed);
  for (const note of options.runNotes ?? []) tail.push(`> ${escapeMarkdown(note)}`);
  tail.push(`<sub>Bickford ${escapeMarkdown(options.version)} · fail-on: ${options.verdict.failOn}</sub>`);
  return {
    head,
    count: active.length,
    row: memo(active.length, (i) => findingRow(active[i])),
    trace: memo(active.length, (i) => traceBlock(active[i])),
    sections: (result.sections ?? []).map(renderSection),
    tail,
  };
}

function overflowNote(hidden: number, options: ReportOptions): string {
  const pointer = options.fullReportUrl ? ` [The full report](${linkTarget(options.fullReportUrl)}) has all of them.` : ' The JSON report has all of them.';
  return `_${hidden} more finding(s) not shown here._${pointer}`;
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

function assemble(p: Pieces, rows: number, details: boolean, options: ReportOptions): string {
  const out = [...p.head];
  if (p.count > 0) {
    out.push(`${TABLE_HEAD}\n${range(rows).map(p.row).join('\n')}`);
    if (rows < p.count) out.push(overflowNote(p.count - rows, options));
  }
  if (details) {
    out.push(...p.sections);
    const traces = range(rows).map(p.trace).filter(Boolean);
    if (traces.length) out.push(`### Traces${SEP}${traces.join(SEP)}`);
  }
  out.push(...p.tail);
  return `${out.join(SEP)}\n`;
}

const TABLE_HEAD = '| Severity | Rule | Where | Message |\n|---|---|---|---|';

/**
 * The largest rendering that fits: as many rows as fit with details, else without; rows are added in order
 * while their size still fits, so only the rows shown are ever escaped.
 */
function fit(result: GuardResult, options: ReportOptions, size: (s: string) => number, max: number, cut: (s: string, max: number) => string, marker?: string): string {
  const p = piecesOf(result, options, marker);
  const sep = size(SEP);
  const sum = (parts: string[]) => parts.reduce((n, part) => n + size(part), 0) + sep * Math.max(0, parts.length - 1);
  // Room kept for the overflow note, whatever the count in it, while rows are left out.
  const reserve = sep + size(overflowNote(p.count, options));
  for (const details of [true, false]) {
    // Counted exactly (a comment may be exactly at the limit): the table head and its line break, then each
    // row with the line break before it but the first, and the Traces heading once, with the first trace.
    let used = sum([...p.head, ...(details ? p.sections : []), ...p.tail]) + 1 + (p.count > 0 ? sep + size(TABLE_HEAD) + 1 : 0);
    let rows = 0;
    let traced = false;
    while (rows < p.count) {
      const trace = details ? p.trace(rows) : '';
      const cost = size(p.row(rows)) + (rows > 0 ? 1 : 0) + (trace ? size(trace) + sep + (traced ? 0 : sep + size('### Traces')) : 0);
      if (used + cost + (rows + 1 < p.count ? reserve : 0) > max) break;
      used += cost;
      rows++;
      if (trace) traced = true;
    }
    const out = assemble(p, rows, details, options);
    if (size(out) <= max && (rows > 0 || p.count === 0 || !details)) return out;
  }
  // Even the head alone is too long (a giant headline): cut the text itself, in the limit's own unit.
  return `${cut(assemble(p, 0, false, options), max - 1)}\n`;
}

/** The job summary: the full table, sections and traces, under 1 MiB. */
export function reportSummary(result: GuardResult, options: ReportOptions): ReporterOutput {
  return { output: fit(result, options, (s) => Buffer.byteLength(s, 'utf8'), SUMMARY_LIMIT_BYTES, truncateBytes) };
}

/** The sticky PR comment: the same content, found again by its hidden marker, within 65,536 code points. */
export function reportComment(result: GuardResult, options: ReportOptions): ReporterOutput {
  return { output: fit(result, options, codePoints, COMMENT_LIMIT_CODE_POINTS, truncateCodePoints, commentMarker(result.guard, options.stickyKey)) };
}
