import { builtinModules } from 'node:module';
import type { CachedFs } from './cached-fs';
import { SOCKET_DRIVERS } from './forbidden';
import type { ForbiddenModules } from './forbidden';
import type { ModuleStore } from './module-store';
import type { Resolver } from './resolver';
import { joinRel } from '@shared/io/repo-path';
import type { WorkspacePackage } from './workspaces';

export interface MissingGuard {
  file: string;
  start: number;
  end: number;
  /** What makes the module Node-only: `node:fs`, `pg`, `new PrismaClient()`. */
  because: string;
}

const SOURCE = '**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}';
const NOT_SOURCE = ['**/*.d.ts', '**/*.d.mts', '**/*.test.*', '**/*.spec.*', '**/__tests__/**', '**/__fixtures__/**', '**/dist/**', '**/build/**', '**/*.config.*'];

/** Every source file of a workspace package (its `src/` when it has one), tests and build output left out. */
export function packageSourceFiles(cfs: CachedFs, lib: WorkspacePackage): string[] {
  const root = cfs.isDirectory(joinRel(lib.dir, 'src')) ? joinRel(lib.dir, 'src') : lib.dir;
  return cfs.fs.glob(SOURCE, { cwd: root, ignore: NOT_SOURCE });
}

/**
 * The given workspace modules that are Node-only but do not say so at load time. A module-level
 * `assertNodeRuntime()` turns a silent edge crash on first request into an immediate, named error; run-edge-guard
 * decides which modules it matters for (those both runtimes reach, and those of packages with edge exports).
 */
export function findMissingGuards(
  deps: { cfs: CachedFs; store: ModuleStore; resolver: Resolver; forbidden: ForbiddenModules },
  files: Iterable<string>,
  guardFunctions: string[],
  skipDirs: string[],
  /** Files that must run on the edge (edge entries, what a package sends to an edge condition): no guard is advised there. */
  edgeTargets: ReadonlySet<string> = new Set(),
): MissingGuard[] {
  const out: MissingGuard[] = [];
  const guards = new Set(guardFunctions);
  const hints = hintPattern(skipDirs);
  for (const file of files) {
    if (skipDirs.some((d) => file === d || file.startsWith(`${d}/`))) continue;
    if (edgeTargets.has(file)) continue;
    if (!mayBeNodeOnly(deps.cfs, file, hints)) continue;
    const m = deps.store.get(file);
    if (!('facts' in m)) continue;
    if (m.facts.moduleLevelCalls.some((c) => guards.has(c))) continue;
    const hit = nodeOnlyReason(m.facts, file, deps);
    if (hit) out.push({ file, ...hit });
  }
  return out;
}

function nodeOnlyReason(
  facts: NonNullable<Extract<ReturnType<ModuleStore['get']>, { facts: unknown }>['facts']>,
  file: string,
  deps: { resolver: Resolver; forbidden: ForbiddenModules; cfs: CachedFs },
): Omit<MissingGuard, 'file'> | undefined {
  // Prisma makes a module Node-only only through a client that needs the engine; enums and adapters do not.
  const engineClient = facts.clientConstructions.find((x) => x.connection === 'engine' || x.connection === 'unknown');
  for (const imp of facts.imports) {
    // An import in a branch the edge build folds away (`if (process.env.NEXT_RUNTIME === 'nodejs')`) is the
    // module already choosing its runtime: a guard there would throw on the edge side it supports.
    if (imp.erased || imp.deadOnEdge) continue;
    let v = deps.forbidden.bySpecifier(imp.specifier);
    if (!v) {
      const r = deps.resolver.resolve(imp.specifier, file);
      if (r.kind === 'file') v = deps.forbidden.byFile(imp.specifier, deps.cfs.realpath(r.file) ?? r.file);
    }
    if (v?.kind === 'prisma' && !engineClient) continue;
    if (v && v.kind !== 'allowed' && v.kind !== 'denied') return { start: imp.start, end: imp.end, because: imp.specifier };
  }
  return engineClient ? { start: engineClient.start, end: engineClient.end, because: 'new PrismaClient()' } : undefined;
}

/**
 * A cheap text test before parsing: a Node-only module names a built-in, a driver, Prisma or a generated
 * client directory somewhere in its text. Parsing every library file otherwise doubles the run on big repos.
 */
function hintPattern(prismaDirs: string[]): RegExp {
  const names = [...builtinModules.filter((b) => !b.startsWith('_')), ...SOCKET_DRIVERS].map((n) => n.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  const dirs = prismaDirs.map((d) => d.split('/').pop()!).filter(Boolean).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`['"\`](?:node:|(?:${names.join('|')})(?:/[^'"\`]*)?['"\`])|@prisma|PrismaClient${dirs.length ? `|${dirs.join('|')}` : ''}`);
}

function mayBeNodeOnly(cfs: CachedFs, file: string, hints: RegExp): boolean {
  try {
    return hints.test(cfs.fs.readText(file));
  } catch {
    return true; // let the store report it
  }
}
