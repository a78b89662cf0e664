import type { Finding } from './finding';

export const GUARD_NAMES = ['migration-score', 'edge-guard', 'prisma-guard', 'ledger-record', 'env-guard'] as const;
export type GuardName = (typeof GUARD_NAMES)[number];

/** A cell is plain text (reporters escape it) or inline code. */
export type Cell = string | { code: string };

/** Extra structured content a guard wants in its summary and comment, rendered the same way by every reporter. */
export type Section =
  | { kind: 'table'; title: string; headers: string[]; rows: Cell[][] }
  | { kind: 'code'; title: string; language: string; code: string }
  | { kind: 'text'; title: string; lines: string[] };

/** What an engine returns: the findings, plus the facts that become the action's outputs. */
export interface GuardResult {
  guard: GuardName;
  findings: Finding[];
  /** Action outputs by their action.yml name, e.g. `risk-score`. */
  outputs: Record<string, string>;
  /** One line that says what was checked, e.g. `3 migrations scored, worst risk 0.70`. */
  headline: string;
  sections?: Section[];
  /**
   * Set when the step must fail whatever `fail-on` says, with the reason: a gate rather than a finding
   * (a deploy without proof of a build, a ledger that does not verify).
   */
  mustFail?: string;
  /** Anything else the JSON report should carry for machines (per-migration scores, chains). */
  data?: Record<string, unknown>;
}
