import type { AnyRule } from '../../shared/rules/define-rule';
import { RULES as EDGE_RULES } from '../../actions/edge-guard/src/rules/index';
import { RULES as ENV_RULES } from '../../actions/env-guard/src/rules/index';
import { RULES as LEDGER_RULES } from '../../actions/ledger-record/src/rules/index';
import { RULES as MIGRATION_RULES } from '../../actions/migration-score/src/rules/index';
import { RULES as PRISMA_RULES } from '../../actions/prisma-guard/src/rules/index';

/**
 * Every guard's RULES, in the order the docs index lists them. Shared code may not import the guards, so the
 * tests that read every rule (the docs index, known-rules, links) read them here, all in the one rule model.
 */
export const GUARD_RULES: readonly AnyRule[] = [...MIGRATION_RULES, ...EDGE_RULES, ...PRISMA_RULES, ...ENV_RULES, ...LEDGER_RULES];
