import { RULES } from '../rules';
import { createFinding } from '@shared/findings/finding';
import { formatHead, readHead } from '../ledger/head';
import { verifyChain } from '../ledger/verify-chain';
import type { EventOutcome, LedgerSession } from './session';

/** Walks the tenant's chain on the reader, up to the head pinned on the primary, against expected-head if given. */
export async function runVerify(session: LedgerSession): Promise<EventOutcome> {
  const { tenantId, inputs } = session;
  const pinned = await readHead(session.primary, tenantId);
  const chain = await verifyChain(session.reader, tenantId, { pinned: pinned ?? { seq: -1, hash: '' }, expected: inputs.expectedHead });
  const findings = [];
  if (chain.broken) {
    findings.push(
      createFinding({
        ruleId: 'ledger-chain-broken',
        severity: RULES['ledger-chain-broken'].severity,
        message: `Ledger of ${tenantId} is broken at entry ${chain.broken.seq}: ${chain.broken.reason}.`,
        help: RULES['ledger-chain-broken'].help,
        fingerprintKey: `${tenantId}:${chain.broken.seq}`,
        properties: { tenantId, seq: chain.broken.seq },
      }),
    );
  }
  if (chain.behind) session.ctx.logger.warning(`ledger: the replica has entries up to ${chain.behind.readerSeq}, the primary up to ${chain.behind.pinnedSeq}; verified what the replica has`);
  const verified = chain.head ? `${chain.checked} entries verified up to ${formatHead(chain.head)}` : 'no entries yet';
  const headline = chain.broken ? `Ledger of ${tenantId} broken at entry ${chain.broken.seq}` : `Ledger of ${tenantId} verified: ${verified}`;
  return { appended: false, findings, headline, chain };
}
