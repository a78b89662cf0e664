import type { Severity } from '@shared/findings/finding';

export interface RuleMeta {
  id: string;
  severity: Severity;
  category: string;
  /** One line for the docs index and SARIF's short description. */
  description: string;
  /** The safe alternative, shown with every finding. */
  help: string;
}

const rule = (m: RuleMeta): RuleMeta => Object.freeze(m);

/** Every rule edge-guard reports, keyed by id; docs pages live at docs/rules/<id>.md. */
export const RULES = {
  'edge-prisma-client': rule({
    id: 'edge-prisma-client',
    severity: 'error',
    category: 'runtime',
    description: 'Edge code reaches a PrismaClient constructed without an edge-compatible driver adapter or Accelerate.',
    help: 'Construct the client with an edge driver adapter (Neon, PlanetScale, libSQL, D1) or Accelerate in a module only edge code imports, or move the database call to a Node.js route.',
  }),
  'edge-prisma-import': rule({
    id: 'edge-prisma-import',
    severity: 'warning',
    category: 'bundle-size',
    description: 'Edge code imports the Prisma client module for enums or the Prisma namespace only.',
    help: 'Import enums with `import type`, or copy the few string unions the edge code needs, so the client stays out of the edge bundle.',
  }),
  'edge-db-driver': rule({
    id: 'edge-db-driver',
    severity: 'error',
    category: 'runtime',
    description: 'Edge code reaches a database driver that needs TCP sockets or native code (pg, mysql2, ioredis...).',
    help: 'Use an HTTP or WebSocket driver made for the edge (@neondatabase/serverless, @planetscale/database, @libsql/client), or run this code on the Node.js runtime.',
  }),
  'edge-node-builtin': rule({
    id: 'edge-node-builtin',
    severity: 'error',
    category: 'runtime',
    description: 'Edge code reaches a Node.js built-in the edge runtime does not provide (only buffer, events, assert, util and async_hooks are).',
    help: "Use the Web API instead (fetch, crypto.subtle, TextEncoder, streams), or set `export const runtime = 'nodejs'` on the route.",
  }),
  'edge-denied-import': rule({
    id: 'edge-denied-import',
    severity: 'error',
    category: 'policy',
    description: 'Edge code reaches a module listed in the `deny` configuration.',
    help: 'Remove the import from the edge path, or remove the module from `deny` if it is now edge-safe.',
  }),
  'edge-eval': rule({
    id: 'edge-eval',
    severity: 'error',
    category: 'runtime',
    description: 'Edge code evaluates code at run time (eval, new Function), which the edge runtime refuses.',
    help: 'Replace the dynamic code with a static function, or move the module off the edge path.',
  }),
  'edge-unresolved-import': rule({
    id: 'edge-unresolved-import',
    severity: 'error',
    category: 'coverage',
    description: 'A workspace path or alias in edge code does not resolve (an error), or third-party packages are not installed (one warning, an error with install-required), so what lies behind them was not checked.',
    help: 'Fix the path, install dependencies before the check (npm ci), or add the module to `allow` if it is provided at run time.',
  }),
  'edge-tsconfig-invalid': rule({
    id: 'edge-tsconfig-invalid',
    severity: 'error',
    category: 'coverage',
    description: 'A tsconfig that edge code resolves with cannot be read, parsed or extended (missing extends target, invalid JSONC, cyclic extends).',
    help: 'Fix the tsconfig: the path aliases it defines decide where edge imports go, and without them edge-guard cannot know what edge code reaches.',
  }),
  'edge-entries-unmatched': rule({
    id: 'edge-entries-unmatched',
    severity: 'error',
    category: 'coverage',
    description: 'A pattern in the `entries` setting matches no file, so the edge code it was meant to name is not checked.',
    help: 'Fix the pattern (paths are relative to working-directory), or remove it if that edge code is gone.',
  }),
  'edge-unreadable-module': rule({
    id: 'edge-unreadable-module',
    severity: 'warning',
    category: 'coverage',
    description: 'A module in edge code does not parse or cannot be read (a symlink loop, a permission error).',
    help: 'Fix the syntax error or the link; the imports of this module were checked only as far as it parsed.',
  }),
  'edge-missing-runtime-guard': rule({
    id: 'edge-missing-runtime-guard',
    severity: 'warning',
    category: 'defence',
    description: 'A library module that imports Prisma, a socket driver or a Node built-in does not call assertNodeRuntime() at module level.',
    help: "Add `import { assertNodeRuntime } from '@bickford/runtime'` and call `assertNodeRuntime()` at the top of the module, so a wrong import fails at once with a clear message.",
  }),
  'edge-exports-condition': rule({
    id: 'edge-exports-condition',
    severity: 'error',
    category: 'packaging',
    description: 'A package exports map sends an edge condition (edge-light, worker, workerd, edge) to a file that does not exist.',
    help: 'Point the condition at a file that exists (or its source), or remove the condition so the edge bundle falls back to the default target.',
  }),
  'edge-segment-config': rule({
    id: 'edge-segment-config',
    severity: 'error',
    category: 'build',
    description: "An App Router file sets `runtime = 'experimental-edge'`, which `next build` refuses (Next 15 and later).",
    help: "Write `export const runtime = 'edge'`: the App Router accepts only 'edge' and 'nodejs'.",
  }),
} as const satisfies Record<string, RuleMeta>;

export type RuleId = keyof typeof RULES;

export const RULE_IDS = Object.keys(RULES) as RuleId[];
