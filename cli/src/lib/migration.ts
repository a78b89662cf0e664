import type { Finding } from '@shared/findings/finding';
import { analyseMigration, type MigrationAnalysis as EngineAnalysis } from '../../../actions/migration-score/src/engine/analyse-migration';
import { enabledRules } from '../../../actions/migration-score/src/engine/enabled-rules';
import { judge } from '../../../actions/migration-score/src/engine/judge';
import { loadParser } from '../../../actions/migration-score/src/engine/parse-sql';
import { SchemaState } from '../../../actions/migration-score/src/engine/schema-state';
import type { Selection } from '../../../actions/migration-score/src/engine/select-files';
import { DEFAULTS, type MigrationScoreInputs } from '../../../actions/migration-score/src/inputs';
import { RULES, ruleById } from '../../../actions/migration-score/src/rules';

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
  trace?: { location: MigrationLocation; note: string }[];
  help?: string;
  docsUrl?: string;
  fingerprint: string;
  category?: string;
  suppressed?: { kind: 'ignore' | 'approval' | 'baseline' | 'allow' | 'existing'; reason: string; location?: MigrationLocation; by?: string };
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

// The engine's Finding and the declared one must stay the same shape: this line fails to compile otherwise.
const _sameShape: [Finding, MigrationFinding] extends [MigrationFinding, Finding] ? true : never = true;
void _sameShape;

function fileOf(name: string): string {
  // A Prisma folder name reads back as itself in messages (build-result's nameOf), as it does in the action.
  return name.endsWith('.sql') ? name : `${name}/migration.sql`;
}

function inputsOf(options: AnalyzeOptions, maxRisk: number = DEFAULTS.maxRisk): MigrationScoreInputs {
  return {
    paths: [],
    all: false,
    rules: options.rules ?? [],
    ...DEFAULTS,
    pgVersion: options.pgVersion ?? DEFAULTS.pgVersion,
    lockTimeout: options.lockTimeout ?? DEFAULTS.lockTimeout,
    dropNotNull: options.dropNotNull ?? DEFAULTS.dropNotNull,
    maxRisk,
  };
}

function selectionOf(file: string): Selection {
  return { mode: 'paths', files: [file], dirs: [], edited: new Set() };
}

/**
 * Scores one migration against an empty database, as migration-score does for a migration with no history
 * before it. Asynchronous because the parser is PostgreSQL's own, compiled to WebAssembly, loaded once.
 */
export async function analyzeMigration(name: string, sql: string, options: AnalyzeOptions = {}): Promise<MigrationAnalysis> {
  if (typeof name !== 'string' || name === '') throw new TypeError('analyzeMigration(name, sql): name must be a non-empty string');
  if (typeof sql !== 'string') throw new TypeError(`analyzeMigration(name, sql): sql must be a string, got ${typeof sql}`);
  await loadParser();
  const inputs = inputsOf(options);
  const file = fileOf(name);
  const engine = analyseMigration(file, Buffer.from(sql, 'utf8'), new SchemaState(), {
    rules: enabledRules(inputs.rules),
    settings: { pgVersion: inputs.pgVersion, lockTimeout: inputs.lockTimeout, dropNotNull: inputs.dropNotNull },
    knownRules: new Set(RULES.map((r) => r.id)),
    runState: new Map(),
  });
  const verdict = judge([engine], selectionOf(file), inputs, []).migrations[0];
  const counted = engine.findings.filter((f) => f.suppressed?.kind !== 'ignore');
  const flag = (key: 'dataLoss' | 'downtime' | 'noRollback' | 'highRisk') => counted.some((f) => ruleById(f.ruleId)?.risk[key] === true);
  return {
    name,
    riskScore: verdict.risk,
    isRegressive: verdict.regressive,
    operations: engine.statements.map((s) => {
      const at = engine.lines!.locationOfChars(file, s.startChar);
      return { statement: s.index + 1, kind: s.kind, sql: s.text, line: at.line, column: at.column };
    }),
    impactAnalysis: { scorable: !engine.unscorable, dataLoss: flag('dataLoss'), downtime: flag('downtime'), noRollback: flag('noRollback'), highRisk: flag('highRisk'), findings: engine.findings },
  };
}

/** Refuses a regressive migration: the denial is the first regressive error, with every other one in its trace. */
export function gateMigrationRegression(analysis: MigrationAnalysis): MigrationDenial | null {
  if (!analysis.isRegressive) return null;
  const denials = analysis.impactAnalysis.findings.filter((f) => f.category === 'regressive' && f.severity === 'error' && !f.suppressed);
  const [first, ...rest] = denials;
  if (!first) return null;
  return {
    ...first,
    trace: [...(first.trace ?? []), ...rest.filter((f) => f.location).map((f) => ({ location: f.location!, note: f.ruleId }))],
    properties: { ...first.properties, migration: analysis.name, regressive: denials.map((f) => f.ruleId) },
  };
}

/** Refuses a migration whose unapproved risk exceeds `maxRisk`: migration-score's own `risk-threshold` finding. */
export function gateMigrationRisk(analysis: MigrationAnalysis, maxRisk: number): MigrationDenial | null {
  if (typeof maxRisk !== 'number' || !(maxRisk >= 0 && maxRisk <= 1)) throw new RangeError(`gateMigrationRisk(analysis, maxRisk): maxRisk must be a number from 0 to 1, got ${String(maxRisk)}`);
  const file = fileOf(analysis.name);
  // judge() annotates the findings it is given; it gets copies so the caller's analysis stays as returned.
  const engine: EngineAnalysis = { file, findings: analysis.impactAnalysis.findings.map((f) => ({ ...f }) as Finding), statements: [], unscorable: !analysis.impactAnalysis.scorable };
  const judged = judge([engine], selectionOf(file), inputsOf({}, maxRisk), []);
  return judged.findings.find((f) => f.ruleId === 'risk-threshold') ?? null;
}
