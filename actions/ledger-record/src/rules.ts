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
  'ledger-nothing-verified': {
    severity: 'error' as Severity,
    description: 'verify checked no entry: an unknown tenant, a chain the role cannot see, or a replica that has none of it yet.',
    help: 'Check tenant-id, that the role was granted this tenant (bickford_ledger_grant_tenant), and that the replica has caught up; a verify that checked nothing proves nothing.',
  },
} as const;

export type LedgerRuleId = keyof typeof RULES;
