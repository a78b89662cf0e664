import { describeRuntime, isNodeRuntime } from './detect-runtime.js';
/** Thrown by assertNodeRuntime; `name` is set so the check survives two copies of this package in one bundle. */
export class RuntimeInvariantError extends Error {
    runtime;
    name = 'RuntimeInvariantError';
    constructor(message, runtime) {
        super(message);
        this.runtime = runtime;
    }
}
/**
 * Call at the top level of a module that needs Node.js (Prisma, `fs`, native addons). On any other runtime it
 * throws at import time, with the reason, instead of failing later inside a driver with an opaque error.
 * edge-guard recognises a module-level call of this function as the module's guard.
 */
export function assertNodeRuntime(what = 'this module') {
    if (isNodeRuntime())
        return;
    const runtime = describeRuntime();
    throw new RuntimeInvariantError(`Invariant failed: ${what} needs the Node.js runtime but is running on ${runtime}. ` +
        `Import it only from Node.js code: in Next.js, a route or page with \`export const runtime = 'nodejs'\` ` +
        `(not 'edge') and never from middleware.`, runtime);
}
