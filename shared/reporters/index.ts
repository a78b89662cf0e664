import type { GuardResult } from '../findings/result';
import { reportAnnotations } from './annotations';
import { reportJson } from './json';
import { reportComment, reportSummary } from './markdown';
import type { ReportOptions, ReporterOutput } from './report-options';
import { reportSarif } from './sarif';
import { reportText } from './text';

export type Reporter = (result: GuardResult, options: ReportOptions) => ReporterOutput;

/** Every output format, keyed by the name the CLI's --format takes. */
export const REPORTERS = {
  text: reportText,
  json: reportJson,
  sarif: reportSarif,
  github: reportAnnotations,
  markdown: reportSummary,
  comment: reportComment,
} as const satisfies Record<string, Reporter>;

export type ReportFormat = keyof typeof REPORTERS;
export const REPORT_FORMATS = Object.keys(REPORTERS) as ReportFormat[];
