import { defineGuard } from '@shared/action/guard';
import { readInputs } from './inputs';
import { runPrismaGuard } from './engine';
import { NodePrismaCli } from './prisma-cli';
import { embeddedDiff } from './drift/embedded-diff';
import { driftModules } from './drift/load-modules';

export const guard = defineGuard({
  name: 'prisma-guard',
  secretInputs: ['shadow-database-url'],
  readInputs,
  // Applied migrations are compared with the base: without the change set that check cannot run.
  changeSet: { needed: () => true, base: (inputs) => inputs.base, needsBaseContent: (path) => /(^|\/)migration\.sql$/.test(path) },
  run: (inputs, ctx) =>
    runPrismaGuard(inputs, ctx, {
      cli: new NodePrismaCli(ctx.fs, ctx.env),
      embeddedDiff: (input, logger) => embeddedDiff(input, driftModules, (line) => logger.debug(`schema engine: ${line}`)),
    }),
});
