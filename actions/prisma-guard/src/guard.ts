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
  run: (inputs, ctx) =>
    runPrismaGuard(inputs, ctx, {
      cli: new NodePrismaCli(ctx.fs, ctx.env),
      embeddedDiff: (input, logger) => embeddedDiff(input, driftModules, (line) => logger.debug(`schema engine: ${line}`)),
    }),
});
