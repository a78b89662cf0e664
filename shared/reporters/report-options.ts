import type { Finding } from '../findings/finding';

export type FailOn = 'error' | 'warning' | 'never';

export interface Verdict {
  failed: boolean;
  failOn: FailOn;
  /** One sentence: why the step passed or failed. */
  reason: string;
}

export interface ReportOptions {
  verdict: Verdict;
  /** Files the PR changed: their findings come first where space is short. */
  changed?: ReadonlySet<string>;
  /** Colour for terminals (text reporter only). */
  color?: boolean;
  /** Where the full report can be read, for shortened outputs (the run's summary page). */
  fullReportUrl?: string;
  /** Tool version, shown in reports. */
  version: string;
  /** Lines about the run itself (a comment that could not be posted, a check run the token could not create). */
  runNotes?: string[];
  /** Tells this run's sticky comment and check run from another job's of the same guard (`id` or working directory). */
  stickyKey?: string;
  /** The file a repository-level finding points at in SARIF (the config file, else package.json). */
  repositoryFile?: string;
}

export interface ReporterOutput {
  output: string;
  exitCode?: number;
}

/** Findings in changed files first, then the rest, keeping the given order otherwise. */
export function changedFirst(findings: readonly Finding[], changed?: ReadonlySet<string>): Finding[] {
  if (!changed || changed.size === 0) return [...findings];
  const inChanged = (f: Finding) => (f.location && changed.has(f.location.file) ? 0 : 1);
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => inChanged(a.f) - inChanged(b.f) || a.i - b.i)
    .map((x) => x.f);
}
