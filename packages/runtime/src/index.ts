export * from './finding';
export { type Denial, type GateSite, createDenial, fnv1a, RULE_DOCS_BASE } from './denial';
export { isEdgeRuntime, isNodeRuntime, type RuntimeKind } from './detect-runtime';
export { getRuntimeContext, missingEnvs, type RuntimeContext } from './runtime-context';
export { assertNodeRuntime, RuntimeInvariantError } from './assert-node-runtime';
export { gatePrismaContext, gateRequiredEnvs, PRISMA_ON_EDGE_RULE, REQUIRED_ENV_RULE } from './gates';
