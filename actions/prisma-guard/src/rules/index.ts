import type { AnyRule } from '@shared/rules/define-rule';
import { prismaSchemaMissing } from './prisma-schema-missing';
import { prismaStraySchema } from './prisma-stray-schema';
import { prismaConfigThrows } from './prisma-config-throws';
import { prismaConfigUnreadable } from './prisma-config-unreadable';
import { prismaSchemaInvalid } from './prisma-schema-invalid';
import { prismaSchemaWarning } from './prisma-schema-warning';
import { prismaMigrationsMissing } from './prisma-migrations-missing';
import { prismaVersionUnsupported } from './prisma-version-unsupported';
import { prismaSchemaUnformatted } from './prisma-schema-unformatted';
import { prismaClientMissing } from './prisma-client-missing';
import { prismaClientStale } from './prisma-client-stale';
import { prismaClientVersionMismatch } from './prisma-client-version-mismatch';
import { prismaClientDuplicateVersions } from './prisma-client-duplicate-versions';
import { prismaClientMultipleInstances } from './prisma-client-multiple-instances';
import { prismaMigrationEdited } from './prisma-migration-edited';
import { prismaMigrationOutOfOrder } from './prisma-migration-out-of-order';
import { prismaMigrationLockMismatch } from './prisma-migration-lock-mismatch';
import { prismaDrift } from './prisma-drift';
import { prismaDriftUnchecked } from './prisma-drift-unchecked';

/** Every rule of prisma-guard, the one list the docs index, SARIF and tests read; docs/rules/<id>.md exists for each. */
export const RULES: readonly AnyRule[] = Object.freeze([
  prismaSchemaMissing,
  prismaStraySchema,
  prismaConfigThrows,
  prismaConfigUnreadable,
  prismaVersionUnsupported,
  prismaSchemaInvalid,
  prismaSchemaWarning,
  prismaSchemaUnformatted,
  prismaClientMissing,
  prismaClientStale,
  prismaClientVersionMismatch,
  prismaClientDuplicateVersions,
  prismaClientMultipleInstances,
  prismaMigrationEdited,
  prismaMigrationOutOfOrder,
  prismaMigrationLockMismatch,
  prismaMigrationsMissing,
  prismaDrift,
  prismaDriftUnchecked,
]);
