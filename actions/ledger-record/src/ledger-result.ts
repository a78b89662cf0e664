import type { GuardResult, Section } from '@shared/findings/result';
import type { EventOutcome } from './events/session';
import type { LedgerHead } from './ledger/entry-columns';
import { formatHead } from './ledger/head';
import type { LedgerEvent } from './inputs';

import { ANCHOR_CONTEXT } from './ledger/anchor';

export const COMMIT_STATUS_CONTEXT = ANCHOR_CONTEXT;

/** What the shared runner posts as a commit status: the copy of the head outside the database. */
export interface LedgerCommitStatus {
  state: 'success' | 'failure';
  description: string;
  context: typeof COMMIT_STATUS_CONTEXT;
  /** Build and deploy steps exist to leave this trace: failing to post it fails the step. */
  required: boolean;
}

export function commitStatusFor(head: LedgerHead, failed: boolean, required = false): LedgerCommitStatus {
  // The description is the head itself, so that it can be pasted into expected-head later.
  return { state: failed ? 'failure' : 'success', description: `ledger head ${formatHead(head)}`, context: COMMIT_STATUS_CONTEXT, required };
}

export function buildLedgerResult(event: LedgerEvent, tenantId: string, outcome: EventOutcome, head: LedgerHead | undefined): GuardResult {
  const failed = outcome.findings.some((f) => f.severity === 'error');
  const sections: Section[] = [
    {
      kind: 'table',
      title: 'Ledger head',
      headers: ['Tenant', 'Seq', 'Hash'],
      rows: [[tenantId, head ? String(head.seq) : '—', head ? { code: head.hash } : '—']],
    },
  ];
  if (head) {
    // The anchor in the check run's output too: a second copy outside the database, with the tenant.
    sections.push({ kind: 'text', title: 'Anchored head', lines: [`tenant ${tenantId}: ledger head ${formatHead(head)}`] });
  }
  if (outcome.entry) {
    const e = outcome.entry;
    sections.push({
      kind: 'table',
      title: outcome.appended ? 'Appended entry' : 'Existing entry (nothing appended)',
      headers: ['Seq', 'Type', 'Hash', 'Previous'],
      rows: [[String(e.seq), e.type, { code: e.hash }, { code: e.prevHash }]],
    });
  }
  const outputs: Record<string, string> = {
    'ledger-hash': outcome.entry?.hash ?? '',
    'head-seq': head ? String(head.seq) : '',
    'head-hash': head?.hash ?? '',
    appended: String(outcome.appended),
    'tenant-id': tenantId,
  };
  if (event === 'verify') outputs.verified = String(!failed);
  // A refused deploy and a broken chain are gates: they fail the step even with fail-on: never.
  const gate = outcome.findings.find((f) => f.ruleId === 'ledger-deploy-unproven' || f.ruleId === 'ledger-chain-broken' || f.ruleId === 'ledger-nothing-verified');
  return {
    guard: 'ledger-record',
    findings: outcome.findings,
    ...(gate ? { mustFail: gate.message } : {}),
    outputs,
    headline: head ? `${outcome.headline} · head ${head.seq}:${head.hash.slice(0, 12)}…` : outcome.headline,
    sections,
    data: {
      event,
      tenantId,
      head: head ?? null,
      entry: outcome.entry ?? null,
      appended: outcome.appended,
      chain: outcome.chain ?? null,
      ...(head ? { commitStatus: commitStatusFor(head, failed, event === 'build' || event === 'deploy') } : {}),
    },
  };
}
