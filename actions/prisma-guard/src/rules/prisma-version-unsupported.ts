import type { Finding, Location } from '@shared/findings/finding';
import { defineRule } from '@shared/rules/define-rule';

// Reported by the engine before validation: Prisma 5's rules differ (url in the datasource, no multi-file GA,
// other preview features), and this build ships only the schema WASM of Prisma 6 and 7.
export const prismaVersionUnsupported = defineRule({
  id: 'prisma-version-unsupported',
  guard: 'prisma-guard',
  severity: 'error',
  description: 'The repository uses a Prisma major version prisma-guard has no rules for (5 or older).',
  help: 'Upgrade to Prisma 6 or 7 (https://pris.ly/d/major-version-upgrade), or run `prisma validate` and `prisma format --check` of your own version in CI instead of this guard.',
});

export function versionUnsupported(schemaPath: string, version: string, source: string, at: Location): Finding {
  return prismaVersionUnsupported.report({
    message: `${schemaPath} uses Prisma ${version} (from ${source}); prisma-guard validates with the rules of Prisma 6 and 7 only, so this schema was not validated, formatted or compared with its client`,
    location: at,
    fingerprintKey: schemaPath,
  });
}
