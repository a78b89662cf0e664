import type { Severity } from '@shared/findings/finding';

/** The findings ledger-record reports, keyed by id; docs pages live at docs/rules/<id>.md. */
export const RULES = {
  'ledger-deploy-unproven': {
    severity: 'error' as Severity,
    description: 'A deploy without proof of a successful build of the same commit; nothing is recorded.',
    help: 'Record a successful build of this commit first (event: build), and pass its ledger-hash output as build-hash.',
  },
  'ledger-chain-broken': {
    severity: 'error' as Severity,
    description: "A tenant's chain does not verify from its stored bytes, or disagrees with the expected head.",
    help: 'Entries from this one on cannot be trusted. Compare with a backup or the bickford/ledger commit statuses to find what changed.',
  },
} as const;

export type LedgerRuleId = keyof typeof RULES;
