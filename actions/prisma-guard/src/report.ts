import { createFinding, type Finding, type Location, type Severity, type TraceStep } from '@shared/findings/finding';
import { rule, type RuleId } from './rules';

export interface Report {
  ruleId: RuleId;
  message: string;
  location?: Location;
  severity?: Severity;
  trace?: TraceStep[];
  fingerprintKey?: string;
}

/** A finding with the rule's severity and help unless the check says otherwise. */
export function finding(r: Report): Finding {
  const meta = rule(r.ruleId);
  return createFinding({
    ruleId: r.ruleId,
    severity: r.severity ?? meta.severity,
    message: r.message,
    location: r.location,
    help: meta.help,
    trace: r.trace,
    fingerprintKey: r.fingerprintKey,
  });
}
