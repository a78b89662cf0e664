export * from './finding.js';
export { createDenial, fnv1a, RULE_DOCS_BASE } from './denial.js';
export { isEdgeRuntime, isNodeRuntime } from './detect-runtime.js';
export { getRuntimeContext, missingEnvs } from './runtime-context.js';
export { assertNodeRuntime, RuntimeInvariantError } from './assert-node-runtime.js';
export { gatePrismaContext, gateRequiredEnvs, PRISMA_ON_EDGE_RULE, REQUIRED_ENV_RULE } from './gates.js';
