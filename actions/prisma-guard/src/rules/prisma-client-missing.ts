import type { Finding, Location } from '@shared/findings/finding';
import type { ResolvedGenerator } from '@shared/prisma';
import { defineRule } from '@shared/rules/define-rule';

// Found by the pass over each generator's output in checks/check-client.ts, which reads each client once for three rules.
export const prismaClientMissing = defineRule({
  id: 'prisma-client-missing',
  guard: 'prisma-guard',
  severity: 'error',
  description: 'A generator has no generated client.',
  help: 'Run `prisma generate` (and commit the client if the generator output is tracked).',
});

export function clientMissing(g: ResolvedGenerator, packageDir: string, at: Location): Finding {
  if (!g.output) return prismaClientMissing.report({ message: `generator ${g.name} (${g.provider}): @prisma/client is not installed from ${packageDir}, so there is no client`, location: at });
  return prismaClientMissing.report({ message: `generator ${g.name} (${g.provider}): no generated client at ${g.output}; run \`prisma generate\``, location: at, fingerprintKey: g.output });
}
