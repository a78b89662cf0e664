import { appendEntry } from '../ledger/append';
import { idempotencyKey, requireCommit, runFacts, type EventOutcome, type LedgerSession } from './session';

function branchOf(session: LedgerSession): string | null {
  const ref = session.inputs.branch ?? session.ctx.run.ref;
  return ref ? ref.replace(/^refs\/heads\//, '') : null;
}

export async function recordBuild(session: LedgerSession): Promise<EventOutcome> {
  const commit = requireCommit(session, 'build');
  const facts = runFacts(session);
  const branch = branchOf(session);
  const { status, artifactDigests } = session.inputs;
  const { entry, appended } = await appendEntry(session.primary, {
    tenantId: session.tenantId,
    type: 'build',
    payload: { ...facts, commit, branch, status, artifacts: artifactDigests },
    idempotencyKey: idempotencyKey(session, 'build'),
    event: {
      table: 'BuildEvent',
      values: {
        commit,
        branch,
        status,
        workflow: facts.workflow,
        runId: facts.runId,
        runAttempt: facts.runAttempt,
        actor: facts.actor,
        artifacts: JSON.stringify(artifactDigests),
      },
    },
  });
  return {
    entry,
    appended,
    findings: [],
    headline: `${appended ? 'Recorded' : 'Already recorded'} build of ${commit.slice(0, 12)} (${status}) as ledger entry ${entry.seq}`,
  };
}
