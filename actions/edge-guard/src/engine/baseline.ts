import type { Finding } from '@shared/findings/finding';
import { ConfigurationError } from '@shared/errors';
import type { RepoFs } from '@shared/io/repo-fs';

const DOCS = 'https://github.com/bickford/actions/blob/main/docs/rules/edge-guard-baseline.md';

export interface Baseline {
  version: 1;
  guard: 'edge-guard';
  /** Fingerprints of accepted findings; a fingerprint ignores line numbers, so moving code keeps it accepted. */
  fingerprints: string[];
}

/** Reads a baseline; a missing file is an empty baseline (the first `update-baseline` run creates it). */
export function readBaseline(fs: RepoFs, file: string): Set<string> {
  if (!fs.exists(file)) return new Set();
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readText(file));
  } catch (e) {
    throw new ConfigurationError(`baseline-file ${file} is not valid JSON (${(e as Error).message}); regenerate it with update-baseline: true`, DOCS, { file });
  }
  const fps = (parsed as Partial<Baseline>)?.fingerprints;
  if (!Array.isArray(fps) || fps.some((f) => typeof f !== 'string')) {
    throw new ConfigurationError(`baseline-file ${file} must be {"fingerprints": ["..."]}; regenerate it with update-baseline: true`, DOCS, { file });
  }
  return new Set(fps);
}

/** Marks accepted findings as suppressed, so only new ones count. */
export function applyBaseline(findings: Finding[], accepted: Set<string>, file: string): void {
  for (const f of findings) {
    if (accepted.has(f.fingerprint)) f.suppressed = { kind: 'baseline', reason: `accepted in ${file}` };
  }
}

/** The baseline that accepts every finding of this run, as written to disk (stable order, trailing newline). */
export function baselineText(findings: Finding[]): string {
  const baseline: Baseline = { version: 1, guard: 'edge-guard', fingerprints: [...new Set(findings.map((f) => f.fingerprint))].sort() };
  return `${JSON.stringify(baseline, null, 2)}\n`;
}
