import { defineGuard } from '@shared/action/guard';
import { findPrismaProjects } from '@shared/prisma';
import { readInputs } from './inputs';
import { runPrismaGuard } from './engine';
import { NodePrismaCli } from './prisma-cli';
import { embeddedDiff } from './drift/embedded-diff';
import { driftModules } from './drift/load-modules';

export const guard = defineGuard({
  name: 'prisma-guard',
  secretInputs: ['shadow-database-url'],
  readInputs,
  changeSet: {
    // Applied migrations are compared with the base: without the change set that check cannot run. A project
    // without a migrations folder (`prisma db push`) has nothing to compare, so it needs no change set.
    needed: (inputs, tree) => findPrismaProjects(tree.fs, { schemas: inputs.schemas, env: tree.env, ignore: inputs.ignore }).projects.some((p) => tree.fs.isDirectory(p.migrationsDir)),
    base: (inputs) => inputs.base,
    needsBaseContent: (path) => /(^|\/)migration\.sql$/.test(path),
  },
  dataPaths: ['projects.*.schemaPath', 'projects.*.schemaFiles.*', 'projects.*.migrationsDir', 'strays.*'],
  run: (inputs, ctx) =>
    runPrismaGuard(inputs, ctx, {
      cli: new NodePrismaCli(ctx.fs, ctx.env),
      embeddedDiff: (input, logger) => embeddedDiff(input, driftModules, (line) => logger.debug(`schema engine: ${line}`)),
    }),
});
