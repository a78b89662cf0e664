import { activeFindings, countBySeverity } from '../findings/finding';
import type { GuardResult } from '../findings/result';
import type { ReportOptions, ReporterOutput } from './report-options';

/** The version of the report's shape; the publisher (fork-safe reporting) refuses any other. */
export const REPORT_SCHEMA_VERSION = 'bickford-report/v1';

export interface JsonReport {
  schema: typeof REPORT_SCHEMA_VERSION;
  guard: GuardResult['guard'];
  version: string;
  headline: string;
  verdict: ReportOptions['verdict'];
  counts: ReturnType<typeof countBySeverity>;
  findings: GuardResult['findings'];
  outputs: GuardResult['outputs'];
  sections: NonNullable<GuardResult['sections']>;
  data: NonNullable<GuardResult['data']>;
}

export function toJsonReport(result: GuardResult, options: ReportOptions): JsonReport {
  return {
    schema: REPORT_SCHEMA_VERSION,
    guard: result.guard,
    version: options.version,
    headline: result.headline,
    verdict: options.verdict,
    counts: countBySeverity(activeFindings(result.findings)),
    findings: result.findings,
    outputs: result.outputs,
    sections: result.sections ?? [],
    data: result.data ?? {},
  };
}

export function reportJson(result: GuardResult, options: ReportOptions): ReporterOutput {
  return { output: `${JSON.stringify(toJsonReport(result, options), null, 2)}\n` };
}
