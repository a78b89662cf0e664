import { activeFindings, compareFindings, type Finding, type Severity } from '../findings/finding';
import type { GuardResult } from '../findings/result';
import { titleLine } from './markdown';
import { changedFirst, type ReportOptions } from './report-options';

/** The Checks API takes at most 50 annotations per request. */
export const CHECK_RUN_BATCH = 50;

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
    message: f.help ? `${f.message}\n\n${f.help}` : f.message,
    title: f.ruleId,
    ...(f.trace && f.trace.length ? { raw_details: f.trace.map((s) => `${s.location.file}:${s.location.line}  ${s.note}`).join('\n').slice(0, 64_000) } : {}),
  };
}

export interface CheckRunPlan {
  name: string;
  conclusion: 'success' | 'failure' | 'neutral';
  title: string;
  summary: string;
  /** Annotation batches of at most 50, the first sent with the create request. */
  batches: CheckRunAnnotation[][];
}

/** Everything the check run will carry, decided without touching the network. */
export function planCheckRun(result: GuardResult, options: ReportOptions, summaryMarkdown: string): CheckRunPlan {
  const located = changedFirst([...activeFindings(result.findings)].sort(compareFindings), options.changed).filter(
    (f): f is Finding & { location: NonNullable<Finding['location']> } => Boolean(f.location),
  );
  const annotations = located.map(toAnnotation);
  const batches: CheckRunAnnotation[][] = [];
  for (let i = 0; i < annotations.length; i += CHECK_RUN_BATCH) batches.push(annotations.slice(i, i + CHECK_RUN_BATCH));
  const hasFindings = activeFindings(result.findings).length > 0;
  return {
    name: `bickford/${result.guard}`,
    conclusion: options.verdict.failed ? 'failure' : hasFindings ? 'neutral' : 'success',
    title: titleLine(result, options).replace(/^\S+ /, ''),
    // The Checks API caps the summary at 65,535 characters.
    summary: summaryMarkdown.length > 65_000 ? `${summaryMarkdown.slice(0, 64_900)}\n\n_(cut: see the job summary)_` : summaryMarkdown,
    batches,
  };
}
