import { defineRule } from '@shared/rules/define-rule';

export const ledgerDeployUnproven = defineRule({
  id: 'ledger-deploy-unproven',
  guard: 'ledger-record',
  severity: 'error',
  description: 'A deploy without proof of a successful build of the same commit; nothing is recorded.',
  help: 'Record a successful build of this commit first (event: build), and pass its ledger-hash output as build-hash.',
});
