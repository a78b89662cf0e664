import { describeRuntime, readableEnv, runtimeKind } from './detect-runtime.js';
/** Names that are unset or empty in this runtime's environment. An empty string counts as missing, as in CI secrets. */
export function missingEnvs(names) {
    const env = readableEnv();
    return names.filter((name) => {
        const value = env[name];
        return value === undefined || value === '';
    });
}
export function getRuntimeContext(required = []) {
    const nextRuntime = readableEnv().NEXT_RUNTIME;
    const context = { runtime: runtimeKind(), description: describeRuntime(), missing: missingEnvs(required) };
    if (nextRuntime)
        context.nextRuntime = nextRuntime;
    return context;
}
