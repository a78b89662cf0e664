function globals() {
    return globalThis;
}
/** The environment as far as this runtime exposes one; `{}` where there is no `process` (Cloudflare Workers). */
export function readableEnv() {
    const env = globals().process?.env;
    return env && typeof env === 'object' ? env : {};
}
/**
 * True on Vercel's Edge Runtime and Next.js edge routes (the `EdgeRuntime` global, or `NEXT_RUNTIME=edge`,
 * which Next sets in both its edge sandbox and its dev server) and on Cloudflare Workers (its user agent).
 */
export function isEdgeRuntime() {
    const g = globals();
    if (typeof g.EdgeRuntime !== 'undefined')
        return true;
    if (readableEnv().NEXT_RUNTIME === 'edge')
        return true;
    return g.navigator?.userAgent === 'Cloudflare-Workers';
}
/** True on Node.js proper: a Node version is reported and none of the edge markers is present. */
export function isNodeRuntime() {
    return !isEdgeRuntime() && typeof globals().process?.versions?.node === 'string';
}
export function runtimeKind() {
    if (isEdgeRuntime())
        return 'edge';
    return isNodeRuntime() ? 'node' : 'unknown';
}
/** A name for the runtime in messages: `edge (EdgeRuntime=vercel)`, `edge (NEXT_RUNTIME=edge)`, `node`. */
export function describeRuntime() {
    const g = globals();
    if (typeof g.EdgeRuntime !== 'undefined')
        return `edge (EdgeRuntime=${String(g.EdgeRuntime)})`;
    if (readableEnv().NEXT_RUNTIME === 'edge')
        return 'edge (NEXT_RUNTIME=edge)';
    if (g.navigator?.userAgent === 'Cloudflare-Workers')
        return 'edge (Cloudflare Workers)';
    return runtimeKind();
}
