import type { EngineContext } from '@shared/action/guard';
import { activeFindings, compareFindings, type Finding } from '@shared/findings/finding';
import type { GuardResult } from '@shared/findings/result';
import { applyBaseline, readBaseline } from './baseline';
import { CachedFs } from './cached-fs';
import { findNextApps, nextBuildOf, nextEntries, type EdgeEntry, type SegmentConfigError } from './entries';
import { exportConditionEntries } from './exports-check';
import { edgeConditionTargets } from './package-exports';
import { Locator, chainFinding, simpleFinding } from './findings-builder';
import { ForbiddenModules } from './forbidden';
import { buildGraph, graphFiles, type ForbiddenTarget, type UnresolvedImport } from './graph';
import { entryLayer, fileOf, nodeId } from './layers';
import { ModuleStore } from './module-store';
import type { EdgeGuardOptions } from './options';
import { findPrismaClientOutputs } from './prisma-outputs';
import { Resolver } from './resolver';
import { reachedOnNode } from './node-reach';
import { PgOnWorkers } from './pg-on-workers';
import { findMissingGuards, packageSourceFiles } from './runtime-guard';
import { shortestChains, type Chain } from './shortest-chains';
import { TsconfigLoader, type TsconfigProblem } from './tsconfig-loader';
import { splitPackage } from './resolver';
import { findWorkspaces } from './workspaces';
import { buildSections } from './sections';
import { configuredEntries } from './configured-entries';

/**
 * Proves that edge code never reaches Node-only code: finds the edge entries, builds the module graph they
 * evaluate, and reports one shortest chain per (entry, forbidden module), plus what could not be checked.
 */
export async function runEdgeGuard(options: EdgeGuardOptions, ctx: EngineContext): Promise<GuardResult> {
  const started = Date.now();
  const cfs = new CachedFs(ctx.fs);
  const workspaces = findWorkspaces(cfs);
  let resolver: Resolver | undefined;
  const tsconfigProblems: TsconfigProblem[] = [];
  const tsconfigs = new TsconfigLoader(cfs, options.tsconfig, (name, dir) => resolver!.packageDir(name, dir), (p) => tsconfigProblems.push(p));
  resolver = new Resolver(cfs, workspaces, () => tsconfigs);
  const prismaOutputs = findPrismaClientOutputs(cfs.fs);
  const forbidden = new ForbiddenModules(options.allow, options.deny, prismaOutputs);
  const apps = findNextApps(cfs, workspaces);
  // `verbatimModuleSyntax: true` keeps unused imports under Turbopack (Next 16) but not under Next 15's webpack
  // build, whose SWC elides them (test/next-oracle case verbatim-unused-import). With any Turbopack app, or no
  // Next app at all (workers bundled by esbuild or wrangler, which honour it), imports are kept as written.
  const honourVerbatim = apps.length === 0 || apps.some((a) => nextBuildOf(cfs, a).bundler === 'turbopack');
  const store = new ModuleStore(cfs, tsconfigs, honourVerbatim, ctx.memo);

  const entries: EdgeEntry[] = [];
  const skipped: EdgeEntry[] = [];
  const segmentErrors: SegmentConfigError[] = [];
  const nodeFiles: string[] = [];
  for (const app of apps) {
    const found = nextEntries(cfs, store, app);
    entries.push(...found.entries);
    nodeFiles.push(...found.nodeFiles);
    skipped.push(...found.skipped);
    segmentErrors.push(...found.errors);
  }
  const exported = exportConditionEntries(cfs, resolver, workspaces);
  entries.push(...exported.entries);
  const configured = configuredEntries(cfs.fs, options);
  entries.push(...configured.entries);
  const uniqueEntries = [...new Map(entries.map((e) => [e.file, e])).values()];
  ctx.logger.info(`edge-guard: ${uniqueEntries.length} edge entries in ${apps.length} Next.js app(s)`);
  // A real "nothing to check" (no edge route, middleware, edge export condition, nor `entries`), said as such.
  const nothing = uniqueEntries.length === 0 && options.entries.length === 0;
  if (nothing) ctx.logger.info(`edge-guard: ${NOTHING_TO_CHECK}.`);

  const graph = buildGraph(
    uniqueEntries.map((e) => ({ file: e.file, layer: entryLayer(e) })),
    { cfs, store, resolver, forbidden, followNodeModules: options.followNodeModules },
  );
  const reachedFiles = graphFiles(graph);
  const locator = new Locator(cfs.fs);
  const touched = ctx.changes?.touched;
  const findings: Finding[] = [...configured.findings];
  const chains: { chain: Chain; finding: Finding }[] = [];
  const pgOnWorkers = new PgOnWorkers(cfs, resolver);
  for (const entry of uniqueEntries) {
    const { chains: found } = shortestChains(graph, nodeId(entry.file, entryLayer(entry)));
    const hasClient = found.some((c) => graph.targets.get(c.target)!.kind === 'prisma-client');
    for (const chain of found) {
      const target = graph.targets.get(chain.target)!;
      if (hasClient && target.kind === 'prisma-import') continue; // the construction finding already covers it
      if (target.kind === 'dynamic-code' && !checksDynamicCode(entry, target)) continue;
      const pg = pgOnWorkers.check(entry, target);
      if (pg.allowed) continue;
      const finding = chainFinding(chain, entry, target, locator, touched, pg.hint);
      findings.push(finding);
      chains.push({ chain, finding });
    }
  }

  for (const e of segmentErrors) findings.push(simpleFinding('edge-segment-config', e.message, locator.at(e.file, e.start, e.end), e.file));
  const seenUnresolved = new Set<string>();
  const notInstalled: UnresolvedImport[] = [];
  for (const u of graph.unresolved) {
    const key = `${u.file}\0${u.specifier}`;
    if (seenUnresolved.has(key)) continue;
    seenUnresolved.add(key);
    if (u.external) {
      notInstalled.push(u);
      continue;
    }
    // A workspace path or alias that leads nowhere: what lies behind it is unknown, so the verdict is too.
    const message = `Cannot resolve '${u.specifier}' from ${u.file} (${u.reason}); what it imports was not checked`;
    findings.push(simpleFinding('edge-unresolved-import', message, locator.at(u.file, u.start, u.end), key, 'error'));
  }
  const installRequired = options.installRequired ?? (ctx.policies.installExpected && hasLockfile(cfs));
  if (notInstalled.length > 0) {
    // Said once: without node_modules every third-party import is unresolved, and 193 notices help no one.
    const packages = [...new Set(notInstalled.map((u) => splitPackage(u.specifier)[0]))].sort();
    const shown = packages.slice(0, 8).join(', ') + (packages.length > 8 ? `, and ${packages.length - 8} more` : '');
    const message =
      `${packages.length} third-party package${packages.length === 1 ? ' is' : 's are'} imported by edge code but not installed (${shown}), so ` +
      `${packages.length === 1 ? 'it was' : 'they were'} not followed: the verdict covers workspace code only. Install dependencies before the check (npm ci)` +
      (installRequired ? '; install-required is true, so this fails the check' : ', or set install-required: true to fail when they are missing');
    const first = notInstalled[0];
    findings.push(simpleFinding('edge-unresolved-import', message, locator.at(first.file, first.start, first.end), 'not-installed', installRequired ? 'error' : 'warning'));
  }
  for (const p of tsconfigProblems) {
    const message = `${p.file} ${p.reason}: the path aliases it would define are unknown, so what edge code reaches through them is unknown`;
    findings.push(simpleFinding('edge-tsconfig-invalid', message, locator.at(p.file, p.start, p.end), `${p.file}\0${p.reason}`));
  }
  for (const u of graph.unreadable) {
    findings.push(simpleFinding('edge-unreadable-module', `${u.file} is on an edge path but ${u.reason}`, locator.at(u.file, u.start ?? 0), u.file));
  }
  for (const m of exported.missing) {
    const message = `${m.manifest} sends '${m.subpath}' under '${m.condition}' to ${m.target}, which does not exist (nor its source)`;
    findings.push(simpleFinding('edge-exports-condition', message, locator.at(m.manifest, m.start, m.end), `${m.subpath}\0${m.condition}`));
  }
  if (options.requireRuntimeGuard && uniqueEntries.length > 0) {
    const deps = { cfs, store, resolver, forbidden };
    const prismaDirs = prismaOutputs.map((o) => o.dir);
    // Never inside a file that must run on the edge: an edge entry, or what a package sends to an edge condition.
    const mustRunOnEdge = new Set([...uniqueEntries.map((e) => e.file), ...exported.entries.map((e) => e.file)]);
    const missing = new Map<string, ReturnType<typeof findMissingGuards>[number]>();
    // Packages with edge exports: edge code elsewhere picks their files by condition, so every Node-only module counts.
    const appDirs = new Set(apps);
    for (const w of workspaces) {
      if (w.dir === '.' || appDirs.has(w.dir) || edgeConditionTargets(w.manifest.exports).length === 0) continue;
      for (const g of findMissingGuards(deps, packageSourceFiles(cfs, w), options.guardFunctions, prismaDirs, mustRunOnEdge)) missing.set(g.file, g);
    }
    // Elsewhere, module by module: a workspace module both an edge entry's graph and a Node entry's graph reach.
    // The Node graph is built only when the edge graph holds a candidate (a reached Node-only module is also a chain error).
    const edgeWorkspace = [...reachedFiles].filter((f) => !f.includes('node_modules/') && !missing.has(f));
    const candidates = findMissingGuards(deps, edgeWorkspace, options.guardFunctions, prismaDirs, mustRunOnEdge);
    if (candidates.length > 0 && nodeFiles.length > 0) {
      const onNode = reachedOnNode(nodeFiles, new Set(candidates.map((g) => g.file)), { cfs, store, resolver });
      for (const g of candidates) if (onNode.has(g.file)) missing.set(g.file, g);
    }
    for (const g of [...missing.values()]) {
      const message = `${g.file} is Node-only (it imports ${g.because}) but does not call ${options.guardFunctions.join(' or ')}() at module level`;
      findings.push(simpleFinding('edge-missing-runtime-guard', message, locator.at(g.file, g.start, g.end), g.because));
    }
  }
  if (options.acceptBaseline) options.acceptBaseline(findings);
  else if (options.baselineFile) applyBaseline(findings, readBaseline(ctx.fs, options.baselineFile), options.baselineFile);
  findings.sort(compareFindings);

  const active = activeFindings(findings);
  // What decides the verdict: chains at error severity (warnings such as an enum-only Prisma import fail nothing under fail-on error).
  const chainFindings = new Set(chains.map((c) => c.finding));
  const violations = active.filter((f) => chainFindings.has(f) && f.severity === 'error');
  const elapsed = Date.now() - started;
  return {
    guard: 'edge-guard',
    findings,
    outputs: {
      violations: String(violations.length),
      entries: String(uniqueEntries.length),
      modules: String(reachedFiles.size),
      unresolved: String(seenUnresolved.size),
    },
    headline: nothing
      ? NOTHING_TO_CHECK
      : `${uniqueEntries.length} edge entr${uniqueEntries.length === 1 ? 'y' : 'ies'}, ${reachedFiles.size} modules: ` +
        (violations.length === 0 ? 'no path to Node-only code' : `${violations.length} chain${violations.length === 1 ? '' : 's'} to Node-only code`),
    sections: buildSections(uniqueEntries, chains, graph.unresolved),
    data: {
      entries: uniqueEntries,
      skippedEntries: skipped,
      chains: chains.map(({ chain, finding }) => ({
        entry: fileOf(chain.entry),
        target: chain.target,
        ruleId: finding.ruleId,
        severity: finding.severity,
        suppressed: finding.suppressed !== undefined,
        fingerprint: finding.fingerprint,
        hops: finding.trace!.map((s) => ({ file: s.location.file, line: s.location.line, column: s.location.column, note: s.note })),
      })),
      unresolved: graph.unresolved.map((u) => ({ file: u.file, specifier: u.specifier, reason: u.reason, line: locator.at(u.file, u.start).line })),
      prismaClientOutputs: prismaOutputs,
      stats: { modules: reachedFiles.size, layeredModules: graph.edges.size, parsed: store.size, milliseconds: elapsed },
      ...(options.listModules ? { modules: [...reachedFiles].sort() } : {}),
    },
  };
}

const NOTHING_TO_CHECK = 'No edge code found (no edge route, middleware or edge export condition, and no `entries`): nothing to check';

const LOCKFILES = ['package-lock.json', 'npm-shrinkwrap.json', 'pnpm-lock.yaml', 'yarn.lock', 'bun.lock', 'bun.lockb'];

/** A lockfile at the root means the project installs: in Actions, missing node_modules is then a gap, not a choice. */
function hasLockfile(cfs: CachedFs): boolean {
  return LOCKFILES.some((f) => cfs.isFile(f));
}

/**
 * Dynamic code (eval, new Function) in workspace code is always an error on the edge: the edge runtime refuses
 * code generation from strings when it runs (an EvalError), whatever the build said. Next's build checks it
 * only in middleware and Pages Router edge API layers with webpack, and Turbopack only `eval`: those are
 * deliberate disagreements (the table in the README). Inside installed packages edge-guard matches Next,
 * since package code often has fallbacks that never run (lodash's `Function('return this')()` in `_root.js`):
 * an error only where webpack's build fails (middleware and Pages Router edge API routes, outside the packages
 * Next tolerates), and under Turbopack only for `eval`. Entries Next does not build (workers in `entries`, edge export
 * conditions) keep the check: their runtimes refuse it too.
 */
function checksDynamicCode(entry: EdgeEntry, target: ForbiddenTarget): boolean {
  const inPackage = target.key.includes('node_modules/');
  if (!inPackage || !entry.next) return true;
  // Turbopack refuses `eval(...)` in any edge code but lets `Function(...)` / `new Function(...)` through.
  if (entry.next.bundler === 'turbopack') return target.label.startsWith('eval()');
  return entry.kind === 'middleware' || (entry.kind === 'pages-route' && /(^|\/)pages\/api\//.test(entry.file));
}
