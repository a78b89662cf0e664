import type { GuardDefinition } from '@shared/action/guard';
import type { GuardName } from '@shared/findings/result';
import { guard as edgeGuard } from '../../actions/edge-guard/src/guard';
import { guard as envGuard } from '../../actions/env-guard/src/guard';
import { guard as ledgerRecord } from '../../actions/ledger-record/src/guard';
import { guard as migrationScore } from '../../actions/migration-score/src/guard';
import { guard as prismaGuard } from '../../actions/prisma-guard/src/guard';

/** Every guard the CLI can run, in the order `bickford all` runs them. */
export const GUARDS: Record<GuardName, GuardDefinition<any>> = {
  'prisma-guard': prismaGuard,
  'migration-score': migrationScore,
  'edge-guard': edgeGuard,
  'env-guard': envGuard,
  'ledger-record': ledgerRecord,
};
