import type { AnyRule } from '@shared/rules/define-rule';
import { ledgerChainBroken } from './ledger-chain-broken';
import { ledgerDeployUnproven } from './ledger-deploy-unproven';
import { ledgerNothingVerified } from './ledger-nothing-verified';

const ALL = [
  ledgerDeployUnproven,
  ledgerChainBroken,
  ledgerNothingVerified,
] as const;

/** The findings ledger-record reports; docs pages live at docs/rules/<id>.md. */
export const RULES: readonly AnyRule[] = Object.freeze([...ALL]);

export type LedgerRuleId = (typeof ALL)[number]['id'];

export function ledgerRule(id: LedgerRuleId): AnyRule {
  return RULES.find((r) => r.id === id)!;
}
