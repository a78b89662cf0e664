export type RuntimeKind = 'node' | 'edge' | 'unknown';
/** The environment as far as this runtime exposes one; `{}` where there is no `process` (Cloudflare Workers). */
export declare function readableEnv(): Record<string, string | undefined>;
/**
 * True on Vercel's Edge Runtime and Next.js edge routes (the `EdgeRuntime` global, or `NEXT_RUNTIME=edge`,
 * which Next sets in both its edge sandbox and its dev server) and on Cloudflare Workers (its user agent).
 */
export declare function isEdgeRuntime(): boolean;
/** True on Node.js proper: a Node version is reported and none of the edge markers is present. */
export declare function isNodeRuntime(): boolean;
export declare function runtimeKind(): RuntimeKind;
/** A name for the runtime in messages: `edge (EdgeRuntime=vercel)`, `edge (NEXT_RUNTIME=edge)`, `node`. */
export declare function describeRuntime(): string;
