import type { GuardName } from '@shared/findings/result';
import type { FileTree } from '../harness/fixture-repo';

/** Per guard: one new problem added to the example monorepo, the rule it must raise, and the inputs the run takes. */
export interface NewProblem {
  guard: GuardName;
  inputs?: Record<string, string>;
  problem: FileTree;
  /** The rules the new problem raises (a migration over the risk threshold raises risk-threshold too). */
  rules: string[];
  /** A change to a file an existing finding is about (or passes through), which must not make it new. */
  touch: FileTree;
}

export const NEW_PROBLEMS: NewProblem[] = [
  {
    guard: 'migration-score',
    inputs: { all: 'true' },
    problem: { 'packages/db/prisma/migrations/20250401000000_drop_post_body/migration.sql': '-- AlterTable\nALTER TABLE "Post" DROP COLUMN "body";\n' },
    rules: ['ban-drop-column', 'risk-threshold'],
    touch: {},
  },
  {
    guard: 'prisma-guard',
    // Its findings on the example are warnings (an unformatted schema).
    inputs: { drift: 'skip', 'fail-on': 'warning' },
    problem: { 'apps/web/src/lib/own-client.ts': "import { PrismaClient } from '@acme/db/client';\n\nexport const own = new PrismaClient();\n" },
    rules: ['prisma-client-multiple-instances'],
    touch: {},
  },
  {
    guard: 'edge-guard',
    problem: {
      'apps/web/app/api/posts/route.ts': "import { listUsers } from '@/lib/users';\n\nexport const runtime = 'edge';\n\nexport async function GET(): Promise<Response> {\n  return Response.json(await listUsers());\n}\n",
    },
    rules: ['edge-prisma-client'],
    // The existing chain (stats/route.ts → lib/index.ts → lib/users.ts → @acme/db) passes through lib/users.ts:
    // with the PR touching it, the chain is annotated there, and must still be the same finding.
    touch: { 'apps/web/src/lib/users.ts': null },
  },
  {
    guard: 'env-guard',
    problem: { 'apps/web/src/lib/region.ts': 'export const region = process.env.DEPLOY_REGION ?? "eu";\n' },
    rules: ['env-undeclared-read'],
    touch: {},
  },
];
