import type { CommitStatus } from '@shared/github/publish-api';
import type { JsonReport } from '@shared/reporters/json';

/** The one commit status a report may ask the publisher to post: ledger-record's anchored head. */
export const ANCHOR_CONTEXT = 'bickford/ledger';
const ANCHOR_DESCRIPTION = /^ledger head \d{1,10}:[0-9a-f]{64}$/;

export interface ReportAnchor {
  status: CommitStatus;
  /** Build and deploy entries: the step existed to leave this trace, so failing to post it fails the publisher. */
  required: boolean;
}

export type AnchorCheck = { ok: true; anchor?: ReportAnchor } | { ok: false; reason: string };

/**
 * The anchored head a ledger-record report carries in `data.commitStatus` (report mode posts nothing itself).
 * The report is untrusted data: only that guard's report may carry one, and only in the exact shape the guard
 * writes, so a report cannot make the publisher post any other status or text. It is posted on the commit of
 * the workflow_run event, never on one the report names.
 */
export function reportAnchor(report: JsonReport): AnchorCheck {
  const raw = (report.data as { commitStatus?: unknown }).commitStatus;
  if (raw === undefined) return { ok: true };
  if (report.guard !== 'ledger-record') return { ok: false, reason: `data.commitStatus is for ledger-record reports only, and this is a ${report.guard} report` };
  const s = raw as Record<string, unknown>;
  const keys = s && typeof s === 'object' && !Array.isArray(s) ? Object.keys(s).sort().join(',') : '';
  if (keys !== 'context,description,required,state')
    return { ok: false, reason: 'data.commitStatus must have exactly context, description, required and state, as ledger-record writes it' };
  if (s.context !== ANCHOR_CONTEXT) return { ok: false, reason: `data.commitStatus.context must be ${ANCHOR_CONTEXT}` };
  if (s.state !== 'success' && s.state !== 'failure') return { ok: false, reason: 'data.commitStatus.state must be success or failure' };
  if (typeof s.description !== 'string' || !ANCHOR_DESCRIPTION.test(s.description))
    return { ok: false, reason: 'data.commitStatus.description must be a ledger head (`ledger head <seq>:<64 hex hash>`)' };
  if (typeof s.required !== 'boolean') return { ok: false, reason: 'data.commitStatus.required must be true or false' };
  return { ok: true, anchor: { status: { state: s.state, description: s.description, context: ANCHOR_CONTEXT }, required: s.required } };
}
