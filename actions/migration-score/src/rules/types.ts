import type { Severity } from '@shared/findings/finding';
import { defineRule as defineSharedRule, type DefinedRule, type RuleSpec as SharedRuleSpec } from '@shared/rules/define-rule';
import type { NodeKind, NodeOf } from '../engine/pg-ast';
import type { Statement } from '../engine/parse-sql';
import type { SchemaState } from '../engine/schema-state';
import type { EnumSwap } from '../engine/enum-swap';

/**
 * regressive: loses data or breaks the contract with code already deployed (denied unless approved).
 * locking: blocks reads or writes while it runs. style: a house preference. meta: about the run itself.
 */
export type RuleCategory = 'regressive' | 'locking' | 'style' | 'meta';

/** What a finding of this rule adds to its migration's score. */
export interface RiskFlags {
  /** +0.3: an operation that often breaks production. */
  highRisk?: boolean;
  /** +0.4: rows or values can be lost. */
  dataLoss?: boolean;
  /** +0.2: no down migration brings it back. */
  noRollback?: boolean;
  /** +0.1: takes a lock or rewrites a table while traffic waits. */
  downtime?: boolean;
}

/** migration-score's fields beside the shared rule model's: what a finding adds to the score, and whether it runs by default. */
export interface RuleSpec<M extends string> extends SharedRuleSpec<M> {
  guard: 'migration-score';
  category: RuleCategory;
  messages: Record<M, string>;
  risk: RiskFlags;
  defaultEnabled: boolean;
}

/** A rule's frozen metadata, as the registry, the docs and the CLI read it. */
export type RuleMeta<M extends string = string> = DefinedRule<M> & Readonly<Omit<RuleSpec<M>, 'messages'>>;

export interface ReportDescriptor<M extends string> {
  messageId: M;
  /** Overrides the rule's severity, for rules whose severity is an option. */
  severity?: Severity;
  data?: Record<string, string | number>;
  /** UTF-8 byte offset in the file (a parse-tree location); the statement's start when absent. */
  byte?: number;
  /** The index of the ALTER TABLE command the finding is about: the location is that clause, not the statement. */
  clause?: number;
  /** A pattern searched in the clause's text (or the statement's, without `clause`), to point at one part of it. */
  near?: RegExp;
}

export interface RuleSettings {
  pgVersion: number;
  /** `connection`: the role or connection sets lock_timeout, so a migration need not. */
  lockTimeout?: 'migration' | 'connection';
  /** `warning` (the default) or `error`: how DROP NOT NULL is reported. */
  dropNotNull?: 'warning' | 'error';
}

/** What a rule sees of one statement and its surroundings. */
export interface RuleContext<M extends string> {
  readonly statement: Statement;
  /** The statement's fields when it has this kind, else undefined. */
  node<K extends NodeKind>(kind: K): NodeOf<K> | undefined;
  /** Every statement of the file, for rules that look around. */
  readonly statements: readonly Statement[];
  /** Objects earlier migrations built and objects created in scope before this statement. */
  readonly schema: SchemaState;
  /** The file runs as one transaction (Prisma wraps a multi-statement file in one). */
  readonly inTransaction: boolean;
  /** A `SET lock_timeout` to a non-zero value ran earlier in the file (and no later one set it back to 0). */
  readonly lockTimeoutSet: boolean;
  /** State shared by every file of the run, for rules that report once per pull request. */
  runState<T extends object>(init: () => T): T;
  /** The statement belongs to Prisma's swap of an enum for a new one (see ban-enum-value-removal). */
  readonly inEnumSwap: boolean;
  /** The file's enum swaps, found once per file. */
  readonly enumSwaps: readonly EnumSwap[];
  /** Scratch state kept by this rule for the whole file (created by `init` on first use). */
  fileState<T extends object>(init: () => T): T;
  readonly settings: RuleSettings;
  report(descriptor: ReportDescriptor<M>): void;
}

export type Rule<M extends string = string> = RuleMeta<M> & {
  check(ctx: RuleContext<M>): void;
};

/** Keeps the message ids of `check` tied to the ones declared in `messages`; findings are built by the rule's report(). */
export function defineRule<M extends string>(rule: RuleSpec<M> & { check(ctx: RuleContext<M>): void }): Rule<M> {
  return defineSharedRule<M, typeof rule>(rule);
}

/** A rule the engine reports itself (syntax errors, bad suppressions, the risk gate): listed and documented like the others. */
export function defineMetaRule<M extends string>(spec: Omit<RuleSpec<M>, 'category' | 'defaultEnabled'>): Rule<M> {
  return defineRule<M>({ ...spec, category: 'meta', defaultEnabled: true, check: () => undefined });
}
