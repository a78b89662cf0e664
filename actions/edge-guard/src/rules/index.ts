import type { AnyRule } from '@shared/rules/define-rule';
import { edgeDbDriver } from './edge-db-driver';
import { edgeDeniedImport } from './edge-denied-import';
import { edgeEntriesUnmatched } from './edge-entries-unmatched';
import { edgeEval } from './edge-eval';
import { edgeExportsCondition } from './edge-exports-condition';
import { edgeMissingRuntimeGuard } from './edge-missing-runtime-guard';
import { edgeNodeBuiltin } from './edge-node-builtin';
import { edgePrismaClient } from './edge-prisma-client';
import { edgePrismaImport } from './edge-prisma-import';
import { edgeSegmentConfig } from './edge-segment-config';
import { edgeTsconfigInvalid } from './edge-tsconfig-invalid';
import { edgeUnreadableModule } from './edge-unreadable-module';
import { edgeUnresolvedImport } from './edge-unresolved-import';

const ALL = [
  edgePrismaClient,
  edgePrismaImport,
  edgeDbDriver,
  edgeNodeBuiltin,
  edgeDeniedImport,
  edgeEval,
  edgeUnresolvedImport,
  edgeTsconfigInvalid,
  edgeEntriesUnmatched,
  edgeUnreadableModule,
  edgeMissingRuntimeGuard,
  edgeExportsCondition,
  edgeSegmentConfig,
] as const;

/** Every rule edge-guard reports; docs pages live at docs/rules/<id>.md. */
export const RULES: readonly AnyRule[] = Object.freeze([...ALL]);

export type RuleId = (typeof ALL)[number]['id'];

export const RULE_IDS = RULES.map((r) => r.id) as RuleId[];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

export function ruleOf(id: RuleId): AnyRule {
  return BY_ID.get(id)!;
}
