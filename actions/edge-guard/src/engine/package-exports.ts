import { exports as resolveExports, imports as resolveImports } from 'resolve.exports';

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
 * Targets of a package `exports` map for a subpath ('.' or './x'), in order, or [] when the subpath is not
 * exported (or only under conditions the layer does not use). Subpath and `*` pattern matching is
 * resolve.exports'; the conditions are chosen first by `selectConditions` (see there for why).
 */
export function exportsTargets(exportsField: unknown, subpath: string, conditions: Set<string> = EDGE_RESOLVE_CONDITIONS): string[] {
  const map = normaliseExports(exportsField);
  if (!map) return [];
  return lookUp(() => resolveExports({ name: PKG, exports: selectEach(map, conditions) }, subpath, { unsafe: true, conditions: [...conditions] }));
}

/** Targets of a package.json `imports` map for a `#name` specifier, as `exportsTargets` (a target may be a bare package name). */
export function importsTargets(importsField: unknown, spec: string, conditions: Set<string> = EDGE_RESOLVE_CONDITIONS): string[] {
  if (!importsField || typeof importsField !== 'object' || Array.isArray(importsField)) return [];
  return lookUp(() => resolveImports({ name: PKG, imports: selectEach(importsField as Record<string, unknown>, conditions) }, spec, { unsafe: true, conditions: [...conditions] }));
}

// resolve.exports reads the name only to strip it from a specifier written with it; ours never are.
const PKG = '\0pkg';

/** resolve.exports throws for a subpath that is not exported or has no matching condition: that is our []. */
function lookUp(find: () => string[] | void): string[] {
  try {
    return find() ?? [];
  } catch {
    return [];
  }
}

function selectEach(map: Record<string, unknown>, conditions: Set<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(map)) out[key] = selectConditions(value, conditions) ?? null;
  return out;
}

/**
 * A target with its conditions chosen: the first key in the map's own order that is active and leads to a
 * target. Node (PACKAGE_TARGET_RESOLVE: "if resolved is undefined, continue the loop") and webpack's
 * enhanced-resolve go on to the next key when a matching condition's nested map has nothing for the active
 * set; resolve.exports 2.0.4 stops at the first matching key and reports the subpath unexported. So the choice
 * is made here, and resolve.exports gets a target whose every condition already matches. `null` is kept: it
 * ends the search (Node returns null, "not exported"), it does not fall through.
 * Returns undefined when nothing matches.
 */
export function selectConditions(value: unknown, conditions: Set<string>): unknown {
  if (typeof value === 'string' || value === null) return value;
  if (Array.isArray(value)) {
    const kept = value.map((v) => selectConditions(v, conditions)).filter((v) => v !== undefined && v !== null);
    return kept.length > 0 ? kept : undefined;
  }
  if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key !== 'default' && !conditions.has(key)) continue;
      const chosen = selectConditions(v, conditions);
      if (chosen !== undefined) return chosen;
    }
  }
  return undefined;
}

function normaliseExports(field: unknown): Record<string, unknown> | undefined {
  if (field === null || field === undefined) return undefined;
  if (typeof field === 'string' || Array.isArray(field)) return { '.': field };
  if (typeof field !== 'object') return undefined;
  const keys = Object.keys(field);
  // `imports` maps (`#name` keys) have no sugar form: they are read as they are.
  return keys.some((k) => k.startsWith('.') || k.startsWith('#')) ? (field as Record<string, unknown>) : { '.': field };
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
