import type { Finding, Location } from '@shared/findings/finding';
import type { ResolvedGenerator } from '@shared/prisma';
import { defineRule } from '@shared/rules/define-rule';

// Found by the pass over each generator's output in checks/check-client.ts, which reads each client once for three rules.
export const prismaClientStale = defineRule({
  id: 'prisma-client-stale',
  guard: 'prisma-guard',
  severity: 'error',
  description: 'The generated client was generated from a different schema.',
  help: 'Run `prisma generate`; if a build cache skipped it, add the schema files to the cache inputs.',
});

/** `changes` are the blocks that differ (`model User (changed)`); `from` is the client file holding the old schema. */
export function clientStale(g: ResolvedGenerator, changes: string[], from: string, at: Location): Finding {
  const summary = changes.length <= 5 ? changes.join(', ') : `${changes.slice(0, 5).join(', ')} and ${changes.length - 5} more`;
  return prismaClientStale.report({
    message: `generator ${g.name}: the client at ${g.output} was generated from a different schema (${summary}); run \`prisma generate\``,
    location: at,
    fingerprintKey: g.output,
    trace: [{ location: { file: from, line: 1, column: 1 }, note: 'the schema the client was generated from' }],
  });
}
