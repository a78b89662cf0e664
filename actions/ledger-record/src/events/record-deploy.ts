import { ledgerDeployUnproven } from '../rules/ledger-deploy-unproven';
import { ConfigurationError } from '@shared/errors';
import { appendEntry } from '../ledger/append';
import { readAnchoredHead } from '../ledger/anchor';
import { findBuildProof, type ProofCheck } from '../ledger/build-proof';
import { formatHead } from '../ledger/head';
import { verifyChain } from '../ledger/verify-chain';
import { idempotencyKey, requireCommit, runFacts, type EventOutcome, type LedgerSession } from './session';

async function lookUp(session: LedgerSession, commit: string): Promise<ProofCheck> {
  const { tenantId, inputs } = session;
  const found = await findBuildProof(session.reader, tenantId, commit, inputs.buildHash);
  // A replica may not have the build that was recorded a moment ago; the primary has the last word.
  if (!found.ok && session.reader !== session.primary) return findBuildProof(session.primary, tenantId, commit, inputs.buildHash);
  return found;
}

/**
 * The chain, from genesis, must reach the head anchored outside the database (expected-head, else the
 * newest bickford/ledger status of the build's commit) and the build must be inside it: a failed build
 * rewritten as a success with the tail re-hashed verifies on its own, but not against the anchor.
 */
async function checkAnchor(session: LedgerSession, commit: string, proof: { seq: number }): Promise<ProofCheck | undefined> {
  const anchor = session.inputs.expectedHead
    ? { ok: true as const, head: session.inputs.expectedHead, source: 'expected-head' }
    : await readAnchoredHead(session.ctx.github, commit);
  if (!anchor.ok) return { ok: false, reason: anchor.reason };
  if (anchor.head.seq < proof.seq)
    return { ok: false, reason: `the head anchored in ${anchor.source} is entry ${anchor.head.seq}, older than the build entry ${proof.seq}: the build's own anchor is missing` };
  const chain = await verifyChain(session.primary, session.tenantId, { expected: anchor.head });
  if (chain.broken) return { ok: false, reason: `the chain does not match the head anchored in ${anchor.source} (${formatHead(anchor.head).slice(0, 20)}…): entry ${chain.broken.seq}: ${chain.broken.reason}` };
  session.ctx.logger.info(`ledger: the chain verifies from genesis through the anchored head ${formatHead(anchor.head)} (${anchor.source})`);
  return undefined;
}

/** A deploy is recorded only with proof: a verified, successful build of the same commit and tenant, inside the anchored chain. */
export async function recordDeploy(session: LedgerSession): Promise<EventOutcome> {
  const commit = requireCommit(session, 'deploy');
  const environment = session.inputs.environment;
  if (!environment) throw new ConfigurationError('event: deploy needs the environment input (for example production)');
  const found = await lookUp(session, commit);
  const check = found.ok ? ((await checkAnchor(session, commit, found.proof)) ?? found) : found;
  if (!check.ok) {
    return {
      appended: false,
      headline: `Deploy of ${commit.slice(0, 12)} to ${environment} refused: ${check.reason}`,
      findings: [
        ledgerDeployUnproven.report({
          message: `Deploy of ${commit} to ${environment} has no proof: ${check.reason}. Nothing was recorded.`,
          fingerprintKey: `${environment}:${commit}`,
        }),
      ],
    };
  }
  const { proof } = check;
  const { entry, appended } = await appendEntry(session.primary, {
    tenantId: session.tenantId,
    type: 'deploy',
    payload: { ...runFacts(session), environment, commit, buildHash: proof.hash, buildSeq: proof.seq },
    idempotencyKey: idempotencyKey(session, 'deploy', environment),
    event: { table: 'DeployEvent', values: { environment, commit, buildEntryId: proof.entryId, buildHash: proof.hash } },
  });
  return {
    entry,
    appended,
    findings: [],
    headline: `${appended ? 'Recorded' : 'Already recorded'} deploy of ${commit.slice(0, 12)} to ${environment} as ledger entry ${entry.seq}, proven by build entry ${proof.seq}`,
  };
}
