import { defineRule } from '@shared/rules/define-rule';

export const ledgerChainBroken = defineRule({
  id: 'ledger-chain-broken',
  guard: 'ledger-record',
  severity: 'error',
  description: "A tenant's chain does not verify from its stored bytes, or disagrees with the expected head.",
  help: 'Entries from this one on cannot be trusted. Compare with a backup or the bickford/ledger commit statuses to find what changed.',
});
