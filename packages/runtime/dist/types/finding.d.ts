/**
 * The finding shape shared by every Bickford guard and by this library's gates (the seed's WhyNotTrace).
 * It lives here, in the dependency-free runtime package, so that users' code and the guards share one type;
 * the guards' core re-exports it from `@shared/findings/finding`.
 */
export type Severity = 'error' | 'warning' | 'notice';
export declare const SEVERITIES: readonly Severity[];
/** A place in the repository. `file` is repository-relative with forward slashes; line and column are 1-based. */
export interface Location {
    file: string;
    line: number;
    column: number;
    endLine?: number;
    endColumn?: number;
}
/** One hop of a trace: an import in a chain, a statement behind a score. */
export interface TraceStep {
    location: Location;
    note: string;
}
/** Why a finding does not count towards the verdict, when it does not. */
export interface Suppression {
    kind: 'ignore' | 'approval' | 'baseline' | 'allow' | 'existing';
    reason: string;
    /** Where the suppression was written (a comment line), when it was written in a file. */
    location?: Location;
    by?: string;
}
export interface Finding {
    ruleId: string;
    severity: Severity;
    message: string;
    /** Absent only for findings about the run as a whole (a missing schema, a config that throws). */
    location?: Location;
    trace?: TraceStep[];
    /** The safe alternative, in a sentence or two of Markdown-free text. */
    help?: string;
    docsUrl?: string;
    /** Stable across line shifts: derived from the rule, the file and a content key, never from line numbers. */
    fingerprint: string;
    /** A rule's category, e.g. `regressive`, `locking`, `style`. */
    category?: string;
    suppressed?: Suppression;
    /** Machine-readable extras for the JSON report and SARIF properties (numbers, strings, booleans, flat arrays). */
    properties?: Record<string, unknown>;
}
