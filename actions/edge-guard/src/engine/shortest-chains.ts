import type { Edge, ModuleGraph } from './graph';

export interface Chain {
  entry: string;
  target: string;
  /** Entry first; the last hop is the forbidden import, construction or eval. */
  hops: Edge[];
}

/**
 * One chain per (entry, forbidden target): breadth-first search from the entry, so the chain is a shortest
 * one and, among equals, the one whose imports come first in the files.
 */
export function shortestChains(graph: ModuleGraph, entry: string): { chains: Chain[]; reached: Set<string> } {
  const via = new Map<string, Edge>();
  const reached = new Set<string>([entry]);
  const chains: Chain[] = [];
  const queue = [entry];
  for (let i = 0; i < queue.length; i++) {
    for (const edge of graph.edges.get(queue[i]) ?? []) {
      if (reached.has(edge.to)) continue;
      reached.add(edge.to);
      via.set(edge.to, edge);
      if (graph.targets.has(edge.to)) chains.push({ entry, target: edge.to, hops: pathTo(via, edge.to, entry) });
      else queue.push(edge.to);
    }
  }
  return { chains, reached };
}

function pathTo(via: Map<string, Edge>, node: string, entry: string): Edge[] {
  const hops: Edge[] = [];
  for (let n = node; n !== entry; ) {
    const e = via.get(n)!;
    hops.push(e);
    n = e.from;
  }
  return hops.reverse();
}
