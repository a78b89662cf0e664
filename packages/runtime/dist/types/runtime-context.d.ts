import { type RuntimeKind } from './detect-runtime.js';
export interface RuntimeContext {
    runtime: RuntimeKind;
    /** The runtime as shown in messages, e.g. `edge (EdgeRuntime=vercel)`. */
    description: string;
    /** `process.env.NEXT_RUNTIME` when Next.js set it (`nodejs` or `edge`). */
    nextRuntime?: string;
    /** Names from `required` that are unset or empty here, in the order given. Values are never read out. */
    missing: string[];
}
/** Names that are unset or empty in this runtime's environment. An empty string counts as missing, as in CI secrets. */
export declare function missingEnvs(names: readonly string[]): string[];
export declare function getRuntimeContext(required?: readonly string[]): RuntimeContext;
