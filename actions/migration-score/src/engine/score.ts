import type { RiskFlags } from '../rules/types';

export const RISK_WEIGHTS: Required<{ [K in keyof RiskFlags]: number }> = {
  highRisk: 0.3,
  dataLoss: 0.4,
  noRollback: 0.2,
  downtime: 0.1,
};

/** What one finding of a rule adds to its migration's score. */
export function riskOf(flags: RiskFlags): number {
  let sum = 0;
  for (const key of Object.keys(RISK_WEIGHTS) as (keyof RiskFlags)[]) if (flags[key]) sum += RISK_WEIGHTS[key];
  return round(sum);
}

/** A migration's score is the capped sum of its findings' contributions. */
export function capRisk(contributions: readonly number[]): number {
  return round(Math.min(1, contributions.reduce((a, b) => a + b, 0)));
}

/** Two decimals, so 0.1 + 0.2 prints as 0.3 and compares as written in `max-risk`. */
export function round(n: number): number {
  return Math.round(n * 100) / 100;
}
