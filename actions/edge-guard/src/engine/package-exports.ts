/**
 * Conditions Next's edge compiler resolves with: `edge-light`, then webpack's defaults for a web target
 * (`browser`, `import` or `require` by how the module is pulled in, `module`, `default`). `worker`,
 * `workerd` and `edge` are Cloudflare's and Vercel's old names: Next never picks them, so a Node-only target
 * behind them is not reached (node_modules/next15/dist/build/webpack-config-rules/resolve.js; test/next-oracle).
 */
export const EDGE_RESOLVE_CONDITIONS = new Set(['edge-light', 'browser', 'import', 'module', 'default']);
/** The same for `require()` and `import x = require()`. */
export const EDGE_REQUIRE_CONDITIONS = new Set(['edge-light', 'browser', 'require', 'module', 'default']);

/**
 * The App Router server layer, middleware and instrumentation put `react-server` before the edge conditions
 * (`reactServerCondition` in next15/dist/build/webpack-config.js; Turbopack alike, test/next-oracle). In an
 * exports map the map's key order decides, so a set is all a layer needs.
 */
export const REACT_SERVER_RESOLVE_CONDITIONS = new Set(['react-server', ...EDGE_RESOLVE_CONDITIONS]);
export const REACT_SERVER_REQUIRE_CONDITIONS = new Set(['react-server', ...EDGE_REQUIRE_CONDITIONS]);
/** The Node.js side of an app (only to find the modules both runtimes reach): Node's own conditions. */
export const NODE_RESOLVE_CONDITIONS = new Set(['node', 'import', 'module', 'default']);
export const NODE_REQUIRE_CONDITIONS = new Set(['node', 'require', 'module', 'default']);

/** Conditions that mark a file as edge code of its own (an entry of the guard). */
export const EDGE_ENTRY_CONDITIONS = ['edge-light', 'worker', 'workerd', 'edge'];

/**
 * Targets of a package `exports` map for a subpath ('.' or './x'), following Node's algorithm: exact key,
 * then the longest matching `*` pattern, then conditions in the map's own key order.
 * Returns [] when the subpath is not exported (or only under conditions the edge does not use).
 */
export function exportsTargets(exportsField: unknown, subpath: string, conditions: Set<string> = EDGE_RESOLVE_CONDITIONS): string[] {
  const map = normaliseExports(exportsField);
  if (!map) return [];
  if (subpath in map) return conditional(map[subpath], conditions);
  let best: { key: string; star: string } | undefined;
  for (const key of Object.keys(map)) {
    const star = key.indexOf('*');
    if (star < 0) continue;
    const prefix = key.slice(0, star);
    const suffix = key.slice(star + 1);
    if (subpath.startsWith(prefix) && subpath.endsWith(suffix) && subpath.length >= key.length - 1) {
      if (!best || prefix.length > best.key.indexOf('*')) best = { key, star: subpath.slice(prefix.length, subpath.length - suffix.length) };
    }
  }
  if (!best) return [];
  return conditional(map[best.key], conditions).map((t) => t.split('*').join(best!.star));
}

function normaliseExports(field: unknown): Record<string, unknown> | undefined {
  if (field === null || field === undefined) return undefined;
  if (typeof field === 'string' || Array.isArray(field)) return { '.': field };
  if (typeof field !== 'object') return undefined;
  const keys = Object.keys(field);
  // `imports` maps (`#name` keys) have no sugar form: they are read as they are.
  return keys.some((k) => k.startsWith('.') || k.startsWith('#')) ? (field as Record<string, unknown>) : { '.': field };
}

function conditional(value: unknown, conditions: Set<string>): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((v) => conditional(v, conditions));
  if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (!conditions.has(key)) continue;
      const r = conditional(v, conditions);
      if (r.length > 0) return r;
    }
  }
  return [];
}

/** Every (condition, target) pair in an exports map whose condition is an edge one, for the entry list and its checks. */
export function edgeConditionTargets(exportsField: unknown): { subpath: string; condition: string; target: string; keyPath: (string | number)[] }[] {
  const map = normaliseExports(exportsField);
  if (!map) return [];
  const out: { subpath: string; condition: string; target: string; keyPath: (string | number)[] }[] = [];
  const rootIsSugar = !(exportsField && typeof exportsField === 'object' && Object.keys(exportsField).some((k) => k.startsWith('.')));
  const walk = (value: unknown, subpath: string, path: (string | number)[], inEdge?: string) => {
    if (typeof value === 'string' && inEdge) out.push({ subpath, condition: inEdge, target: value, keyPath: path });
    else if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value)) walk(v, subpath, [...path, k], inEdge ?? (EDGE_ENTRY_CONDITIONS.includes(k) ? k : undefined));
    }
  };
  for (const [subpath, value] of Object.entries(map)) walk(value, subpath, rootIsSugar ? ['exports'] : ['exports', subpath]);
  return out.filter((t) => !t.subpath.includes('*'));
}
