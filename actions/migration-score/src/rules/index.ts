import type { Rule } from './types';
import { banAddRequiredColumn } from './ban-add-required-column';
import { banAddUniqueConstraint } from './ban-add-unique-constraint';
import { banAlterEnumAddValueInTransaction } from './ban-alter-enum-add-value-in-transaction';
import { banColumnTypeChange } from './ban-column-type-change';
import { banConcurrentIndexInTransaction } from './ban-concurrent-index-in-transaction';
import { banDropColumn } from './ban-drop-column';
import { banDropDefaultOnRequiredColumn } from './ban-drop-default-on-required-column';
import { banDropForeignKey } from './ban-drop-foreign-key';
import { banDropNotNull } from './ban-drop-not-null';
import { banDropPrimaryKey } from './ban-drop-primary-key';
import { banDropSchema } from './ban-drop-schema';
import { banDropTable } from './ban-drop-table';
import { banDropType } from './ban-drop-type';
import { banDropView } from './ban-drop-view';
import { banEnumTypeSwap } from './ban-enum-type-swap';
import { banEnumValueRemoval } from './ban-enum-value-removal';
import { banFullTableBackfill } from './ban-full-table-backfill';
import { banRenameColumn } from './ban-rename-column';
import { banRenameEnumValue } from './ban-rename-enum-value';
import { banRenameTable } from './ban-rename-table';
import { banRenameType } from './ban-rename-type';
import { banSetNotNull } from './ban-set-not-null';
import { banSetUnlogged } from './ban-set-unlogged';
import { banTruncate } from './ban-truncate';
import { banVolatileDefault } from './ban-volatile-default';
import { constraintMissingNotValid } from './constraint-missing-not-valid';
import { editedMigration, emptyMigration, invalidSuppression, notAnalysed, riskThreshold, syntaxError, unreadableMigration } from './meta-rules';
import { preferBigint } from './prefer-bigint';
import { preferIdentity } from './prefer-identity';
import { preferText } from './prefer-text';
import { preferTimestamptz } from './prefer-timestamptz';
import { requireConcurrentIndexCreation } from './require-concurrent-index-creation';
import { requireConcurrentIndexDeletion } from './require-concurrent-index-deletion';
import { requireLockTimeout } from './require-lock-timeout';
import { requireWhereClause } from './require-where-clause';

/**
 * The one registry. Defaults, the CLI's rule list, rule validation of suppressions and the docs
 * test all derive from it; a rule exists when it is listed here.
 */
export const RULES: readonly Rule[] = Object.freeze([
  banDropTable,
  banDropView,
  banDropColumn,
  banDropSchema,
  banTruncate,
  banRenameTable,
  banRenameColumn,
  banColumnTypeChange,
  banAddRequiredColumn,
  banSetNotNull,
  banDropNotNull,
  banDropDefaultOnRequiredColumn,
  banDropPrimaryKey,
  banSetUnlogged,
  banDropType,
  banEnumValueRemoval,
  banEnumTypeSwap,
  banRenameType,
  banRenameEnumValue,
  requireWhereClause,
  banFullTableBackfill,
  banDropForeignKey,
  requireConcurrentIndexCreation,
  requireConcurrentIndexDeletion,
  banConcurrentIndexInTransaction,
  constraintMissingNotValid,
  banAddUniqueConstraint,
  banVolatileDefault,
  requireLockTimeout,
  banAlterEnumAddValueInTransaction,
  preferTimestamptz,
  preferBigint,
  preferText,
  preferIdentity,
  syntaxError,
  unreadableMigration,
  emptyMigration,
  notAnalysed,
  invalidSuppression,
  riskThreshold,
  editedMigration,
] as Rule[]);

const BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}

/** The rules that run when the `rules` input says nothing. */
export function defaultRuleIds(): string[] {
  return RULES.filter((r) => r.defaultEnabled && r.category !== 'meta').map((r) => r.id);
}
