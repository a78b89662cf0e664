import { activeFindings, countBySeverity, type Finding } from '../findings/finding';
import type { FailOn, Verdict } from '../reporters/report-options';

/** Pass or fail from the findings that count and `fail-on`; the exit code follows from it. */
export function decideVerdict(findings: readonly Finding[], failOn: FailOn, mustFail?: string): Verdict {
  if (mustFail) return { failed: true, failOn, reason: mustFail };
  const counts = countBySeverity(activeFindings(findings));
  if (failOn === 'never') return { failed: false, failOn, reason: 'fail-on is never: findings are reported, the step passes' };
  const failing = failOn === 'error' ? counts.error : counts.error + counts.warning;
  if (failing > 0) {
    const what = failOn === 'error' ? `${counts.error} error(s)` : `${counts.error} error(s) and ${counts.warning} warning(s)`;
    return { failed: true, failOn, reason: `${what} with fail-on ${failOn}` };
  }
  return { failed: false, failOn, reason: `nothing at or above fail-on ${failOn}` };
}
