import { defineRule } from '@shared/rules/define-rule';

export const ledgerNothingVerified = defineRule({
  id: 'ledger-nothing-verified',
  guard: 'ledger-record',
  severity: 'error',
  description: 'verify checked no entry: an unknown tenant, a chain the role cannot see, or a replica that has none of it yet.',
  help: 'Check tenant-id, that the role was granted this tenant (bickford_ledger_grant_tenant), and that the replica has caught up; a verify that checked nothing proves nothing.',
});
