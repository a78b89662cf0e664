import type { Severity } from '../findings/finding';

/** The rules of the adoption mechanism, reported by whichever guard runs it (one docs page each, like any rule). */
export const ADOPTION_RULES: readonly { id: string; severity: Severity; description: string }[] = [
  { id: 'baseline-entry-stale', severity: 'notice', description: 'An entry of .bickford/baseline.json that matches no finding any more: remove it so it cannot hide a new one.' },
  {
    id: 'inline-suppression-invalid',
    severity: 'warning',
    description: 'A bickford-ignore comment in a script or Prisma schema without a reason, or naming no rule or an unknown one: it is not applied.',
  },
];
