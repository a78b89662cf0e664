import { defineGuard } from '@shared/action/guard';
import { readInputs } from './inputs';
import { runPrismaGuard } from './engine';
import { NodePrismaCli } from './prisma-cli';

export const guard = defineGuard({
  name: 'prisma-guard',
  secretInputs: ['shadow-database-url'],
  readInputs,
  run: (inputs, ctx) => runPrismaGuard(inputs, ctx, { cli: new NodePrismaCli(ctx.fs, ctx.env) }),
});
