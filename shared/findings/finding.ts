import { createHash } from '../lazy-crypto';

export type { Severity, Location, TraceStep, Suppression, Finding } from '@bickford/runtime/finding';
export { SEVERITIES } from '@bickford/runtime/finding';
import type { Severity, Finding } from '@bickford/runtime/finding';

import { RULE_DOCS_BASE } from '@bickford/runtime/denial';
import { compareStrings } from '../compare';

/** One base for every rule's docs page, shared with the runtime library's denials. */
export const DOCS_BASE = RULE_DOCS_BASE;

/** Docs links are derived from the rule id, never typed by hand. */
export function docsUrlFor(ruleId: string): string {
  return `${DOCS_BASE}/${ruleId}.md`;
}

export interface FindingInput extends Omit<Finding, 'fingerprint' | 'docsUrl'> {
  /** What identifies this finding when lines move: a statement's normalised text, a chain of file names. Defaults to the message. */
  fingerprintKey?: string;
  docsUrl?: string | null;
  /**
   * The file the finding is about, when its location can move to another file (an import chain is annotated at the
   * hop a PR touched): the fingerprint must not change with where it is shown. Defaults to the location's file.
   */
  fingerprintFile?: string;
}

export function fingerprintOf(ruleId: string, file: string | undefined, key: string): string {
  return createHash('sha256').update(`${ruleId}\0${file ?? ''}\0${key}`).digest('hex').slice(0, 32);
}

// The file each fingerprint was computed from, when it is not the location's (kept off the finding model, which is public).
const fingerprintFiles = new WeakMap<Finding, string>();

/** The file a finding's fingerprint is about (guard-root-relative, as the engine reported it). */
export function fingerprintFileOf(finding: Finding): string | undefined {
  return fingerprintFiles.get(finding) ?? finding.location?.file;
}

/** Builds a finding with its fingerprint and docs link filled in. `docsUrl: null` means the rule has no page. */
export function createFinding(input: FindingInput): Finding {
  const { fingerprintKey, fingerprintFile, docsUrl, ...rest } = input;
  const finding: Finding = {
    ...rest,
    fingerprint: fingerprintOf(input.ruleId, fingerprintFile ?? input.location?.file, fingerprintKey ?? input.message),
  };
  if (docsUrl !== null) finding.docsUrl = docsUrl ?? docsUrlFor(input.ruleId);
  if (fingerprintFile !== undefined) fingerprintFiles.set(finding, fingerprintFile);
  return finding;
}

/** Findings that count towards the verdict. */
export function activeFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => !f.suppressed);
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/** Errors first, then warnings, then notices; within a severity by file, line and column. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    compareStrings(a.location?.file ?? '', b.location?.file ?? '') ||
    (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
    (a.location?.column ?? 0) - (b.location?.column ?? 0) ||
    compareStrings(a.ruleId, b.ruleId)
  );
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
