import type { CachedFs } from './cached-fs';
import type { ForbiddenModules } from './forbidden';
import { fileOf, layerAfter, layerOf, nodeId, type Layer } from './layers';
import { ModuleStore } from './module-store';
import { splitPackage, type Resolver } from './resolver';
import type { ImportKind } from './types';

/** What edge code must not reach. Keys are stable across runs (they feed fingerprints). */
export interface ForbiddenTarget {
  key: string;
  kind: 'builtin' | 'driver' | 'prisma-import' | 'prisma-client' | 'denied' | 'dynamic-code';
  /** What it is, for messages: `node:fs`, `pg`, `new PrismaClient() without an edge adapter`. */
  label: string;
  /** Construction without a visible adapter: a warning rather than an error. */
  uncertain?: boolean;
  /** For a client constructed with a Node-only adapter: the adapter's package (`@prisma/adapter-pg`). */
  adapter?: string;
}

/** One hop: the import (or construction, or eval) at `start..end` in `from`, leading to `to` (node ids, see layers.ts). */
export interface Edge {
  from: string;
  to: string;
  start: number;
  end: number;
  note: string;
  /** For a PrismaClient hop, which sits at the client's import: where the client is constructed. */
  construction?: { start: number; end: number };
}

export interface UnresolvedImport {
  file: string;
  specifier: string;
  start: number;
  end: number;
  reason: string;
  /** A package that is not installed (CI without `npm ci`), as opposed to a broken path. */
  external: boolean;
}

export interface ModuleGraph {
  /** Outgoing hops of every module visited (a file in one layer: its node id), in source order. */
  edges: Map<string, Edge[]>;
  targets: Map<string, ForbiddenTarget>;
  unresolved: UnresolvedImport[];
  unreadable: { file: string; reason: string; start?: number }[];
}

/**
 * Packages Next itself provides to edge code; uninstalled in CI they are not a gap in the check. `server-only`
 * and `client-only` are Next's own aliases (next/dist/build/create-compiler-aliases.js), never an npm install.
 */
const FRAMEWORK = new Set(['next', 'react', 'react-dom', 'server-only', 'client-only']);

const KNOWN_SAFE_DYNAMIC = /(^|\/)node_modules\/(function-bind\/|regenerator-runtime\/runtime\.js$)/;

const NOTES: Record<ImportKind, (s: string) => string> = {
  import: (s) => `import '${s}'`,
  'side-effect': (s) => `import '${s}'`,
  're-export': (s) => `export … from '${s}'`,
  'dynamic-import': (s) => `import('${s}')`,
  require: (s) => `require('${s}')`,
  'import-equals': (s) => `import = require('${s}')`,
};

export interface GraphDeps {
  cfs: CachedFs;
  store: ModuleStore;
  resolver: Resolver;
  forbidden: ForbiddenModules;
  followNodeModules: boolean;
}

/** The files of a graph's modules, each once (a file reached in two layers is two modules). */
export function graphFiles(graph: ModuleGraph): Set<string> {
  const files = new Set<string>();
  for (const node of graph.edges.keys()) files.add(fileOf(node));
  return files;
}

/**
 * Module-level reachability from the entries, as the bundler evaluates modules: one import of one name from a
 * barrel pulls in the whole barrel. Erased imports and folded NEXT_RUNTIME branches are not followed;
 * forbidden modules are leaves; what cannot be resolved is recorded. Each module is a file in a layer
 * (layers.ts): the layer decides the export conditions, so one file reached in two layers is two modules.
 * A plain string entry is in the `edge` layer.
 */
export function buildGraph(entries: (string | { file: string; layer: Layer })[], deps: GraphDeps): ModuleGraph {
  const { cfs, store, resolver, forbidden } = deps;
  const graph: ModuleGraph = { edges: new Map(), targets: new Map(), unresolved: [], unreadable: [] };
  const queue = [...new Set(entries.map((e) => (typeof e === 'string' ? e : nodeId(e.file, e.layer))))];
  const seen = new Set(queue);
  // A file reached in two layers is read once: its problems are reported once.
  const reported = new Set<string>();
  const target = (t: ForbiddenTarget) => {
    if (!graph.targets.has(t.key)) graph.targets.set(t.key, t);
    return t.key;
  };
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i];
    const file = fileOf(node);
    const layer = layerOf(node);
    const out: Edge[] = [];
    graph.edges.set(node, out);
    if (!ModuleStore.isCode(file)) continue;
    const m = store.get(file);
    const firstVisit = !reported.has(file);
    reported.add(file);
    if ('readError' in m) {
      if (firstVisit) graph.unreadable.push({ file, reason: m.readError });
      continue;
    }
    const { facts } = m;
    if (facts.parseError && firstVisit) graph.unreadable.push({ file, reason: `does not parse: ${facts.parseError.message}`, start: facts.parseError.start });
    const inPackages = file.includes('node_modules/');
    // Where the file constructs the client, the construction (adapter or not) decides; its import is no extra finding.
    const constructs = facts.clientConstructions.length > 0;
    // `new PrismaClient({ adapter: new PrismaPg() })`: an adapter that needs sockets makes the client Node-only.
    const socketAdapter = constructs ? facts.imports.find((i) => !i.erased && i.specifier.startsWith('@prisma/adapter-') && forbidden.bySpecifier(i.specifier)?.kind === 'driver') : undefined;
    let prismaImport: (typeof facts.imports)[number] | undefined;
    for (const imp of facts.imports) {
      if (imp.erased || imp.deadOnEdge || imp === socketAdapter) continue;
      const hop = (to: string) => out.push({ from: node, to, start: imp.start, end: imp.end, note: NOTES[imp.kind](imp.specifier) });
      const pre = forbidden.bySpecifier(imp.specifier);
      if (pre?.kind === 'allowed') continue;
      if (pre) {
        if (pre.kind === 'prisma') prismaImport ??= imp;
        if (!(constructs && pre.kind === 'prisma')) hop(target(verdictTarget(pre)));
        continue;
      }
      if (imp.specifier === 'server-only' || imp.specifier === 'client-only') continue; // Next's aliases, whatever is installed
      const r = resolver.resolve(imp.specifier, file, imp.kind === 'require' || imp.kind === 'import-equals', layer);
      if (r.kind === 'builtin') continue; // an allowed built-in (the forbidden ones were caught above)
      if (r.kind === 'unresolved') {
        if (r.external && FRAMEWORK.has(splitPackage(imp.specifier)[0])) continue; // next/server & co: Next bundles them for the edge
        if (firstVisit || !graph.unresolved.some((u) => u.file === file && u.specifier === imp.specifier)) {
          graph.unresolved.push({ file, specifier: imp.specifier, start: imp.start, end: imp.end, reason: r.reason, external: r.external });
        }
        continue;
      }
      const real = cfs.realpath(r.file) ?? r.file;
      const post = forbidden.byFile(imp.specifier, real);
      if (post?.kind === 'allowed') continue;
      if (post) {
        if (post.kind === 'prisma') prismaImport ??= imp;
        if (!(constructs && post.kind === 'prisma')) hop(target(verdictTarget(post)));
        continue;
      }
      if (!deps.followNodeModules && real.includes('node_modules/')) continue;
      const next = nodeId(real, layer === 'rsc' ? layerAfter(layer, useClient(store, real)) : layer);
      hop(next);
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
    for (const c of facts.clientConstructions) {
      if (c.connection === 'accelerate' || (c.connection === 'adapter' && !socketAdapter)) continue;
      const uncertain = c.connection === 'unknown';
      const label = socketAdapter
        ? `new PrismaClient() with the Node-only adapter ${socketAdapter.specifier}`
        : uncertain
          ? 'new PrismaClient() whose options show no edge adapter'
          : 'new PrismaClient() without an edge adapter';
      const adapter = socketAdapter ? splitPackage(socketAdapter.specifier)[0] : undefined;
      const key = target({ key: `prisma-client:${file}`, kind: 'prisma-client', label, uncertain: uncertain && !socketAdapter, ...(adapter ? { adapter } : {}) });
      // The last hop is the import of the client (what to remove), and names the construction line too.
      const at = prismaImport ?? c;
      out.push({ from: node, to: key, start: at.start, end: at.end, note: prismaImport ? `${NOTES[prismaImport.kind](prismaImport.specifier)}, new PrismaClient()` : 'new PrismaClient()', construction: { start: c.start, end: c.end } });
      break;
    }
    // Packages whose dynamic code Next knows never runs (next/dist/lib/known-edge-safe-packages.json, and
    // regenerator-runtime, which middleware-plugin.js skips by name).
    const code = KNOWN_SAFE_DYNAMIC.test(file) ? undefined : facts.dynamicCode[0];
    if (code) out.push({ from: node, to: target({ key: `dynamic-code:${file}`, kind: 'dynamic-code', label: `${code.what} in ${file}` }), start: code.start, end: code.end, note: code.what });
    if (!inPackages && firstVisit) {
      for (const c of facts.computedImports) graph.unresolved.push({ file, specifier: c.text, start: c.start, end: c.end, reason: 'the module name is computed at run time', external: false });
    }
  }
  return graph;
}

function useClient(store: ModuleStore, file: string): boolean {
  if (!ModuleStore.isCode(file)) return false;
  const m = store.get(file);
  return 'facts' in m && m.facts.useClient === true;
}

function verdictTarget(v: NonNullable<ReturnType<ForbiddenModules['bySpecifier']>>): ForbiddenTarget {
  switch (v.kind) {
    case 'builtin':
      return { key: `builtin:${v.name}`, kind: 'builtin', label: `node:${v.name}` };
    case 'driver':
      return { key: `driver:${v.name}`, kind: 'driver', label: v.name };
    case 'prisma':
      return { key: `prisma:${v.module}`, kind: 'prisma-import', label: v.module };
    case 'denied':
      return { key: `denied:${v.pattern}`, kind: 'denied', label: v.pattern };
    default:
      throw new Error(`not a forbidden verdict: ${v.kind}`);
  }
}
