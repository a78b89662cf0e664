import { ledgerRule, type LedgerRuleId } from '../rules';
import type { Finding } from '@shared/findings/finding';
import { formatHead, readHead } from '../ledger/head';
import { verifyChain, type ChainReport } from '../ledger/verify-chain';
import type { EventOutcome, LedgerSession } from './session';

function finding(ruleId: LedgerRuleId, message: string, tenantId: string, seq: number | null): Finding {
  return ledgerRule(ruleId).report({
    message,
    fingerprintKey: `${tenantId}:${seq ?? 'none'}`,
    properties: { tenantId, ...(seq === null ? {} : { seq }) },
  });
}

/** Why a verify that checked nothing proves nothing, in the terms of what was seen. */
function nothingChecked(chain: ChainReport, pinnedSeq: number | undefined, fromReplica: boolean, tenantId: string): string {
  if (pinnedSeq !== undefined && fromReplica)
    return `Nothing of the ledger of ${tenantId} was verified: the replica has none of the primary's ${pinnedSeq + 1} entries yet. Wait for it to catch up, or verify without replica-url.`;
  return `Nothing was verified: no entry of tenant ${tenantId} is visible. Either the tenant has no ledger here (check tenant-id, and that database-url is the ledger's database) or this role may not see it (grant it with bickford_ledger_grant_tenant).`;
}

/** Walks the tenant's chain on the reader, up to the head pinned on the primary, against expected-head if given. */
export async function runVerify(session: LedgerSession): Promise<EventOutcome> {
  const { tenantId, inputs } = session;
  const pinned = await readHead(session.primary, tenantId);
  const fromReplica = session.reader !== session.primary;
  const chain = await verifyChain(session.reader, tenantId, { pinned: pinned ?? { seq: -1, hash: '' }, expected: inputs.expectedHead });
  const findings: Finding[] = [];
  if (chain.broken) {
    const what = chain.broken.kind === 'corruption' ? 'damaged (the database is corrupted)' : 'broken';
    findings.push(finding('ledger-chain-broken', `Ledger of ${tenantId} is ${what} at entry ${chain.broken.seq}: ${chain.broken.reason}.`, tenantId, chain.broken.seq));
  } else if (chain.checked === 0) {
    findings.push(finding('ledger-nothing-verified', nothingChecked(chain, pinned?.seq, fromReplica, tenantId), tenantId, null));
  }
  const behind = chain.behind ? chain.behind.pinnedSeq - chain.behind.readerSeq : 0;
  if (chain.behind && chain.checked > 0)
    session.ctx.logger.warning(`ledger: the replica is ${behind} entries behind: it has entries up to ${chain.behind.readerSeq}, the primary up to ${chain.behind.pinnedSeq}; verified what the replica has (a replica behind is not tampering)`);
  const verified = chain.head ? `${chain.checked} entries verified up to ${formatHead(chain.head)}${behind > 0 ? ` (the replica is ${behind} entries behind the primary)` : ''}` : 'nothing verified';
  const headline = chain.broken ? `Ledger of ${tenantId} broken at entry ${chain.broken.seq}` : chain.checked === 0 ? `Ledger of ${tenantId}: nothing verified` : `Ledger of ${tenantId} verified: ${verified}`;
  return { appended: false, findings, headline, chain };
}
