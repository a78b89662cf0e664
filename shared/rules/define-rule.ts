import { createFinding, docsUrlFor, type Finding, type Location, type Severity, type TraceStep } from '../findings/finding';
import type { GuardName } from '../findings/result';

/**
 * What every guard's rule declares, before any logic: the one rule model (typescript-eslint's `createRule`,
 * squawk's rule metadata). A guard adds its own fields beside these (migration-score's `risk` and `check`).
 */
export interface RuleSpec<M extends string = never> {
  id: string;
  guard: GuardName;
  /** The default severity; a report overrides it where the rule's severity is an option (see `report`). */
  severity: Severity;
  /** Put on every finding of the rule (a SARIF tag). Guards whose findings carry no category leave it out. */
  category?: string;
  /** One sentence, for the docs index, the rule list and SARIF. */
  description: string;
  /** The safe alternative, shown with every finding. */
  help: string;
  /** Message templates keyed by message id; `{{name}}` is filled from the report's `data`. */
  messages?: Record<M, string>;
}

type MessageData = Record<string, string | number>;

/** A finding's text: a declared message filled with data, or text the rule composes itself. */
export type ReportMessage<M extends string> = [M] extends [never]
  ? { message: string; messageId?: never; data?: never }
  : { messageId: M; data?: MessageData; message?: never } | { message: string; messageId?: never; data?: never };

/** Where and what one finding says. Everything the rule declares (id, severity, category, help) comes from the rule. */
export type Report<M extends string = never> = ReportMessage<M> & {
  location?: Location;
  /** For rules whose severity is an option or depends on certainty (an unresolved edge import is a warning). */
  severity?: Severity;
  /** A help that is true for this repository, when the rule's own help is only the general case. */
  help?: string;
  trace?: TraceStep[];
  /** What identifies the finding when lines move; defaults to the message, as createFinding does. */
  fingerprintKey?: string;
  /** The file the fingerprint is about when the location can move to another file (see createFinding). */
  fingerprintFile?: string;
  /** Machine-readable extras for the JSON report and SARIF. */
  properties?: Record<string, unknown>;
};

export interface RuleMeta<M extends string = never> extends Readonly<Omit<RuleSpec<M>, 'messages'>> {
  readonly messages: Readonly<Record<M, string>>;
  /** Derived from the id, never typed by hand. */
  readonly docsUrl: string;
}

export interface DefinedRule<M extends string = never> extends RuleMeta<M> {
  /** The finding, with the rule's id, severity, category and help, and its fingerprint as createFinding computes it. */
  report(r: Report<M>): Finding;
}

/** Any guard's rule, as the registries, the docs index and the generated known-rules list read it. */
export type AnyRule = RuleMeta<string> & { report(r: Report<string>): Finding };

/** Fills `{{name}}` from data; a placeholder without data stays as written, so a missing value shows. */
export function interpolate(template: string, data: MessageData = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (all, key: string) => (key in data ? String(data[key]) : all));
}

/**
 * A rule's frozen metadata and its report(). Extra fields (a check, risk flags) are kept as given. The finding's
 * fields are written in one order for every guard, so the JSON report reads the same whichever guard wrote it.
 */
export function defineRule<M extends string = never, const X extends object = object>(spec: RuleSpec<M> & X): Readonly<X> & DefinedRule<M> {
  const messages = (spec.messages ?? {}) as Record<M, string>;
  const report = (r: Report<M>): Finding => {
    const message = r.messageId !== undefined ? interpolate(messages[r.messageId as M], r.data) : (r.message as string);
    return createFinding({
      ruleId: spec.id,
      severity: r.severity ?? spec.severity,
      ...(spec.category !== undefined ? { category: spec.category } : {}),
      message,
      ...(r.location ? { location: r.location } : {}),
      ...(r.trace ? { trace: r.trace } : {}),
      help: r.help ?? spec.help,
      ...(r.fingerprintKey !== undefined ? { fingerprintKey: r.fingerprintKey } : {}),
      ...(r.fingerprintFile !== undefined ? { fingerprintFile: r.fingerprintFile } : {}),
      ...(r.properties ? { properties: r.properties } : {}),
    });
  };
  return Object.freeze({ ...spec, messages: Object.freeze({ ...messages }), docsUrl: docsUrlFor(spec.id), report }) as unknown as Readonly<X> & DefinedRule<M>;
}
