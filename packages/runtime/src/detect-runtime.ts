/**
 * Where this code runs. The globals are read through `globalThis` with every level optional: a bare `process`
 * throws a ReferenceError where there is none (Cloudflare Workers), and Next's edge compiler warns on a direct
 * `process.versions` as a Node.js API.
 */
interface RuntimeGlobals {
  EdgeRuntime?: unknown;
  process?: { env?: Record<string, string | undefined>; versions?: { node?: unknown } };
  navigator?: { userAgent?: unknown };
}

export type RuntimeKind = 'node' | 'edge' | 'unknown';

function globals(): RuntimeGlobals {
  return globalThis as unknown as RuntimeGlobals;
}

/** The environment as far as this runtime exposes one; `{}` where there is no `process` (Cloudflare Workers). */
export function readableEnv(): Record<string, string | undefined> {
  const env = globals().process?.env;
  return env && typeof env === 'object' ? env : {};
}

/**
 * True on Vercel's Edge Runtime and Next.js edge routes (the `EdgeRuntime` global, or `NEXT_RUNTIME=edge`,
 * which Next sets in both its edge sandbox and its dev server) and on Cloudflare Workers (its user agent).
 */
export function isEdgeRuntime(): boolean {
  const g = globals();
  if (typeof g.EdgeRuntime !== 'undefined') return true;
  if (readableEnv().NEXT_RUNTIME === 'edge') return true;
  return g.navigator?.userAgent === 'Cloudflare-Workers';
}

/** True on Node.js proper: a Node version is reported and none of the edge markers is present. */
export function isNodeRuntime(): boolean {
  return !isEdgeRuntime() && typeof globals().process?.versions?.node === 'string';
}

export function runtimeKind(): RuntimeKind {
  if (isEdgeRuntime()) return 'edge';
  return isNodeRuntime() ? 'node' : 'unknown';
}

/** A name for the runtime in messages: `edge (EdgeRuntime=vercel)`, `edge (NEXT_RUNTIME=edge)`, `node`. */
export function describeRuntime(): string {
  const g = globals();
  if (typeof g.EdgeRuntime !== 'undefined') return `edge (EdgeRuntime=${String(g.EdgeRuntime)})`;
  if (readableEnv().NEXT_RUNTIME === 'edge') return 'edge (NEXT_RUNTIME=edge)';
  if (g.navigator?.userAgent === 'Cloudflare-Workers') return 'edge (Cloudflare Workers)';
  return runtimeKind();
}
