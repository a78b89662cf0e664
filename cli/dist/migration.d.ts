/**
 * `bickford/migration`: migration-score's engine as a library, for teams that score a migration from their own
 * code (a deploy script, a migration job). The same parser, rules, weights and verdict as the action: this file
 * only feeds one SQL text through them. The public types are declared here, not imported, so that the emitted
 * declarations stand alone in the published package (it has no dependencies).
 */
export type MigrationSeverity = 'error' | 'warning' | 'notice';
export interface MigrationLocation {
    file: string;
    line: number;
    column: number;
    endLine?: number;
    endColumn?: number;
}
/** A finding, in the shape every Bickford guard and @bickford/runtime's gates share (the WhyNotTrace). */
export interface MigrationFinding {
    ruleId: string;
    severity: MigrationSeverity;
    message: string;
    location?: MigrationLocation;
    trace?: {
        location: MigrationLocation;
        note: string;
    }[];
    help?: string;
    docsUrl?: string;
    fingerprint: string;
    category?: string;
    suppressed?: {
        kind: 'ignore' | 'approval' | 'baseline' | 'allow' | 'existing';
        reason: string;
        location?: MigrationLocation;
        by?: string;
    };
    properties?: Record<string, unknown>;
}
/** What a gate returns when it refuses, as @bickford/runtime's gates do; `null` means go ahead. */
export type MigrationDenial = MigrationFinding;
export interface MigrationOperation {
    /** 1-based position of the statement in the migration. */
    statement: number;
    /** PostgreSQL's parse-node name: `AlterTableStmt`, `CreateStmt`, `IndexStmt`... */
    kind: string;
    sql: string;
    line: number;
    column: number;
}
export interface MigrationImpact {
    /** False when the SQL could not be parsed: it then scores 1.0, as in the action. */
    scorable: boolean;
    /** Some finding can lose rows or values. */
    dataLoss: boolean;
    /** Some finding locks or rewrites a table while traffic waits. */
    downtime: boolean;
    /** Some finding cannot be undone by a down migration. */
    noRollback: boolean;
    /** Some finding is an operation that often breaks production. */
    highRisk: boolean;
    /** Every finding, ignored ones included (their `suppressed` says why they do not count). */
    findings: MigrationFinding[];
}
export interface MigrationAnalysis {
    /** The name given, e.g. Prisma's folder name `20240101000000_add_users`. */
    name: string;
    /** 0 to 1, two decimals: migration-score's `risk-score` for this migration alone. */
    riskScore: number;
    /** migration-score's `regressive` verdict: a regressive rule reported an error. */
    isRegressive: boolean;
    operations: MigrationOperation[];
    impactAnalysis: MigrationImpact;
}
export interface AnalyzeOptions {
    /** PostgreSQL major the migration runs on (the action's `pg-version`, default 15). */
    pgVersion?: number;
    /** Rules on (`prefer-text`) or off (`-require-lock-timeout`) relative to the defaults (the action's `rules`). */
    rules?: string[];
    lockTimeout?: 'migration' | 'connection';
    dropNotNull?: 'warning' | 'error';
}
/**
 * Scores one migration against an empty database, as migration-score does for a migration with no history
 * before it. Asynchronous because the parser is PostgreSQL's own, compiled to WebAssembly, loaded once.
 */
export declare function analyzeMigration(name: string, sql: string, options?: AnalyzeOptions): Promise<MigrationAnalysis>;
/** Refuses a regressive migration: the denial is the first regressive error, with every other one in its trace. */
export declare function gateMigrationRegression(analysis: MigrationAnalysis): MigrationDenial | null;
/** Refuses a migration whose unapproved risk exceeds `maxRisk`: migration-score's own `risk-threshold` finding. */
export declare function gateMigrationRisk(analysis: MigrationAnalysis, maxRisk: number): MigrationDenial | null;
