import { describeRuntime, readableEnv, runtimeKind, type RuntimeKind } from './detect-runtime';

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
export function missingEnvs(names: readonly string[]): string[] {
  const env = readableEnv();
  return names.filter((name) => {
    const value = env[name];
    return value === undefined || value === '';
  });
}

export function getRuntimeContext(required: readonly string[] = []): RuntimeContext {
  const nextRuntime = readableEnv().NEXT_RUNTIME;
  const context: RuntimeContext = { runtime: runtimeKind(), description: describeRuntime(), missing: missingEnvs(required) };
  if (nextRuntime) context.nextRuntime = nextRuntime;
  return context;
}
