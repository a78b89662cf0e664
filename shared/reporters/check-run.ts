import { activeFindings, compareFindings, type Finding, type Severity } from '../findings/finding';
import type { GuardResult } from '../findings/result';
import { titleLine } from './markdown';
import { cutToBytes, LIMITS, truncateBytes } from './limits';
import { changedFirst, type ReportOptions } from './report-options';

/** The Checks API takes at most 50 annotations per request. */
export const CHECK_RUN_BATCH = 50;

/**
 * Annotations sent to a check run: each batch of 50 is one content-creating request, and GitHub's secondary
 * limits allow 80 of those a minute for the whole token, shared with the comment and the other guards. Ten
 * requests per guard leaves room; the rest are counted in the check run's text (all are in SARIF and JSON).
 */
export const CHECK_RUN_MAX_ANNOTATIONS = 500;

export interface CheckRunAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'failure' | 'warning' | 'notice';
  message: string;
  title: string;
  raw_details?: string;
}

const LEVEL: Record<Severity, CheckRunAnnotation['annotation_level']> = { error: 'failure', warning: 'warning', notice: 'notice' };

function toAnnotation(f: Finding & { location: NonNullable<Finding['location']> }): CheckRunAnnotation {
  const { file, line, column, endLine, endColumn } = f.location;
  const sameLine = !endLine || endLine === line;
  return {
    path: file,
    start_line: line,
    end_line: endLine ?? line,
    // The API accepts columns only on single-line annotations.
    ...(sameLine ? { start_column: column, end_column: endColumn ?? column } : {}),
    annotation_level: LEVEL[f.severity],
    message: cutToBytes(f.help ? `${f.message}\n\n${f.help}` : f.message, LIMITS.annotationBytes, () => '(cut at 64 KB: the SARIF and JSON reports have the whole message)'),
    title: truncateBytes(f.ruleId, LIMITS.annotationTitleChars),
    ...(f.trace && f.trace.length
      ? {
          raw_details: cutToBytes(
            f.trace.map((s) => `${s.location.file}:${s.location.line}  ${s.note}`).join('\n'),
            LIMITS.annotationBytes,
            (line) => `(cut at line ${line}: the SARIF report's code flow has every step)`,
          ),
        }
      : {}),
  };
}

export interface CheckRunPlan {
  name: string;
  conclusion: 'success' | 'failure' | 'neutral';
  title: string;
  summary: string;
  /** What did not fit as annotations, or undefined. */
  text?: string;
  /** Annotation batches of at most 50, the first sent with the create request. */
  batches: CheckRunAnnotation[][];
}

/** Everything the check run will carry, decided without touching the network. */
export function planCheckRun(result: GuardResult, options: ReportOptions, summaryMarkdown: string): CheckRunPlan {
  const located = changedFirst([...activeFindings(result.findings)].sort(compareFindings), options.changed).filter(
    (f): f is Finding & { location: NonNullable<Finding['location']> } => Boolean(f.location),
  );
  const annotations = located.slice(0, CHECK_RUN_MAX_ANNOTATIONS).map(toAnnotation);
  const notSent = activeFindings(result.findings).length - annotations.length;
  const where = options.fullReportUrl ? `the job summary (${options.fullReportUrl})` : 'the job summary';
  const text =
    notSent > 0
      ? `${notSent} finding(s) are not annotations on this check run: ${located.length > annotations.length ? `annotations stop at ${CHECK_RUN_MAX_ANNOTATIONS}, to stay within GitHub's limits on content-creating requests` : 'they have no file and line'}${located.length > annotations.length && located.length < activeFindings(result.findings).length ? ', and some have no file and line' : ''}. Every finding is in ${where}, the JSON report and the SARIF file.`
      : undefined;
  const batches: CheckRunAnnotation[][] = [];
  for (let i = 0; i < annotations.length; i += CHECK_RUN_BATCH) batches.push(annotations.slice(i, i + CHECK_RUN_BATCH));
  const hasFindings = activeFindings(result.findings).length > 0;
  return {
    name: `bickford/${result.guard}${options.stickyKey ? ` (${options.stickyKey})` : ''}`,
    conclusion: options.verdict.failed ? 'failure' : hasFindings ? 'neutral' : 'success',
    title: titleLine(result, options).replace(/^\S+ /, ''),
    // The Checks API caps the summary at 65,535.
    summary: cutToBytes(summaryMarkdown, LIMITS.checkRunTextBytes, (line) => `\n_(cut at line ${line}: the job summary has the whole report)_`),
    ...(text ? { text } : {}),
    batches,
  };
}
