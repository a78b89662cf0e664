import { RULES } from '../rules';
import { ConfigurationError } from '@shared/errors';
import { createFinding } from '@shared/findings/finding';
import { appendEntry } from '../ledger/append';
import { findBuildProof, type ProofCheck } from '../ledger/build-proof';
import { idempotencyKey, requireCommit, runFacts, type EventOutcome, type LedgerSession } from './session';

async function lookUp(session: LedgerSession, commit: string): Promise<ProofCheck> {
  const { tenantId, inputs } = session;
  const found = await findBuildProof(session.reader, tenantId, commit, inputs.buildHash);
  // A replica may not have the build that was recorded a moment ago; the primary has the last word.
  if (!found.ok && session.reader !== session.primary) return findBuildProof(session.primary, tenantId, commit, inputs.buildHash);
  return found;
}

/** A deploy is recorded only with proof: a verified, successful build of the same commit and tenant. */
export async function recordDeploy(session: LedgerSession): Promise<EventOutcome> {
  const commit = requireCommit(session, 'deploy');
  const environment = session.inputs.environment;
  if (!environment) throw new ConfigurationError('event: deploy needs the environment input (for example production)');
  const check = await lookUp(session, commit);
  if (!check.ok) {
    return {
      appended: false,
      headline: `Deploy of ${commit.slice(0, 12)} to ${environment} refused: ${check.reason}`,
      findings: [
        createFinding({
          ruleId: 'ledger-deploy-unproven',
          severity: RULES['ledger-deploy-unproven'].severity,
          message: `Deploy of ${commit} to ${environment} has no proof: ${check.reason}. Nothing was recorded.`,
          help: RULES['ledger-deploy-unproven'].help,
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
