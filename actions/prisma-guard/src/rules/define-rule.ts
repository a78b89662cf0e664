import { createFinding, type Finding, type Location, type Severity, type TraceStep } from '@shared/findings/finding';

export interface RuleMeta<Id extends string = string> {
  id: Id;
  severity: Severity;
  /** One line for the docs index and SARIF. */
  description: string;
  /** The safe alternative, shown with each finding. */
  help: string;
}

/** Where and what one finding says; severity only when a check must override the rule's. */
export interface Report {
  message: string;
  location?: Location;
  severity?: Severity;
  trace?: TraceStep[];
  fingerprintKey?: string;
  /** Machine-readable extras for the JSON report and SARIF (the SQL a drift finding needs, say). */
  properties?: Record<string, unknown>;
}

export interface Rule<Id extends string = string> extends Readonly<RuleMeta<Id>> {
  /** A finding of this rule, with its severity and help unless the report overrides the severity. */
  report(r: Report): Finding;
}

/** A rule's metadata and its report(); the docs URL comes from the id through createFinding. */
export function defineRule<const Id extends string>(meta: RuleMeta<Id>): Rule<Id> {
  return Object.freeze({
    ...meta,
    report: (r: Report) =>
      createFinding({
        ruleId: meta.id,
        severity: r.severity ?? meta.severity,
        message: r.message,
        location: r.location,
        help: meta.help,
        trace: r.trace,
        fingerprintKey: r.fingerprintKey,
        ...(r.properties ? { properties: r.properties } : {}),
      }),
  });
}
