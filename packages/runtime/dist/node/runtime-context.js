"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.missingEnvs = missingEnvs;
exports.getRuntimeContext = getRuntimeContext;
const detect_runtime_1 = require("./detect-runtime");
/** Names that are unset or empty in this runtime's environment. An empty string counts as missing, as in CI secrets. */
function missingEnvs(names) {
    const env = (0, detect_runtime_1.readableEnv)();
    return names.filter((name) => {
        const value = env[name];
        return value === undefined || value === '';
    });
}
function getRuntimeContext(required = []) {
    const nextRuntime = (0, detect_runtime_1.readableEnv)().NEXT_RUNTIME;
    const context = { runtime: (0, detect_runtime_1.runtimeKind)(), description: (0, detect_runtime_1.describeRuntime)(), missing: missingEnvs(required) };
    if (nextRuntime)
        context.nextRuntime = nextRuntime;
    return context;
}
