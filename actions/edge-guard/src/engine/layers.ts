import type { EdgeEntry } from './entries';

/**
 * The bundle layers of a Next.js build that resolve packages differently, as edge-guard tells them apart.
 * - `edge`: Pages Router edge routes and API routes, the SSR layer of App Router pages (client components),
 *   and entries Next does not build (workers, export conditions): the edge conditions only.
 * - `server`: middleware and instrumentation, which webpack resolves with `react-server` first
 *   (next15/dist/build/webpack-config.js, `issuerLayer: middleware | instrument`, `conditionNames:
 *   reactServerCondition`) and `'use client'` does not change.
 * - `rsc`: the App Router server layer (pages, layouts, route handlers), `react-server` first, where a
 *   `'use client'` module is a client reference and its code is bundled in the SSR layer (`edge`).
 * - `node`: the Node.js side of the app, only to find the modules both runtimes reach (node-reach.ts).
 * Which entries get `react-server` under Turbopack was read from real builds (test/next-oracle, cases react-server-*).
 */
export type Layer = 'edge' | 'server' | 'rsc' | 'node';

/** A module in one layer: the file itself in the `edge` layer, `file\0layer` in the others. */
export function nodeId(file: string, layer: Layer): string {
  return layer === 'edge' ? file : `${file}\0${layer}`;
}

export function fileOf(node: string): string {
  const i = node.indexOf('\0');
  return i < 0 ? node : node.slice(0, i);
}

export function layerOf(node: string): Layer {
  const i = node.indexOf('\0');
  return i < 0 ? 'edge' : (node.slice(i + 1) as Layer);
}

/** The layer an edge entry's own file is bundled in. */
export function entryLayer(entry: EdgeEntry): Layer {
  if (!entry.next) return 'edge';
  if (entry.kind === 'app-route') return 'rsc';
  if (entry.kind === 'middleware' || entry.kind === 'instrumentation') return 'server';
  return 'edge';
}

/** The layer an import leads into: the RSC layer hands a `'use client'` module to the SSR layer. */
export function layerAfter(layer: Layer, useClient: boolean | undefined): Layer {
  return layer === 'rsc' && useClient ? 'edge' : layer;
}
