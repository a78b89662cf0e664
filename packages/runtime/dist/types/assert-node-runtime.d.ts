/** Thrown by assertNodeRuntime; `name` is set so the check survives two copies of this package in one bundle. */
export declare class RuntimeInvariantError extends Error {
    readonly runtime: string;
    readonly name = "RuntimeInvariantError";
    constructor(message: string, runtime: string);
}
/**
 * Call at the top level of a module that needs Node.js (Prisma, `fs`, native addons). On any other runtime it
 * throws at import time, with the reason, instead of failing later inside a driver with an opaque error.
 * edge-guard recognises a module-level call of this function as the module's guard.
 */
export declare function assertNodeRuntime(what?: string): void;
