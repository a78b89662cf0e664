/** Runs `fn` with globals set as an edge runtime would have them, and restores them afterwards. */
export function withGlobals<T>(globals: { EdgeRuntime?: string; env?: Record<string, string | undefined> }, fn: () => T): T {
  const g = globalThis as { EdgeRuntime?: unknown };
  const hadEdge = 'EdgeRuntime' in g;
  const previousEdge = g.EdgeRuntime;
  const previousEnv: Record<string, string | undefined> = {};
  if (globals.EdgeRuntime !== undefined) g.EdgeRuntime = globals.EdgeRuntime;
  for (const [k, v] of Object.entries(globals.env ?? {})) {
    previousEnv[k] = process.env[k];
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  try {
    return fn();
  } finally {
    if (hadEdge) g.EdgeRuntime = previousEdge;
    else delete g.EdgeRuntime;
    for (const [k, v] of Object.entries(previousEnv)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}
