"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.REQUIRED_ENV_RULE = exports.PRISMA_ON_EDGE_RULE = void 0;
exports.gatePrismaContext = gatePrismaContext;
exports.gateRequiredEnvs = gateRequiredEnvs;
const denial_1 = require("./denial");
const detect_runtime_1 = require("./detect-runtime");
const runtime_context_1 = require("./runtime-context");
/**
 * Gates answer "may this run here?" with `null` (yes) or a denial (no, and why), never by throwing, so a
 * route can turn the denial into a 503 with a readable body, or log it in the same shape the guards report.
 */
exports.PRISMA_ON_EDGE_RULE = 'runtime-prisma-on-edge';
exports.REQUIRED_ENV_RULE = 'env-required-missing';
/** Denies an action that uses Prisma when it is attempted on the edge, where Prisma's Node engines cannot load. */
function gatePrismaContext(action, at) {
    if (!(0, detect_runtime_1.isEdgeRuntime)())
        return null;
    const location = (0, denial_1.toLocation)(at);
    return (0, denial_1.createDenial)({
        ruleId: exports.PRISMA_ON_EDGE_RULE,
        severity: 'error',
        message: `${action} uses Prisma and was attempted on ${(0, detect_runtime_1.describeRuntime)()}`,
        ...(location ? { location } : {}),
        help: `Run ${action} from a Node.js route (export const runtime = 'nodejs'), or call it through an API route from the edge.`,
        docsUrl: `${denial_1.RULE_DOCS_BASE}/${exports.PRISMA_ON_EDGE_RULE}.md`,
        fingerprintKey: action,
        properties: { action },
    });
}
/** Denies when any of `names` is unset or empty. The denial names the variables and never carries their values. */
function gateRequiredEnvs(names, at) {
    const missing = (0, runtime_context_1.missingEnvs)(names);
    if (missing.length === 0)
        return null;
    const location = (0, denial_1.toLocation)(at);
    const list = missing.join(', ');
    return (0, denial_1.createDenial)({
        ruleId: exports.REQUIRED_ENV_RULE,
        severity: 'error',
        message: `required environment variable${missing.length > 1 ? 's' : ''} ${list} ${missing.length > 1 ? 'are' : 'is'} not set on ${(0, detect_runtime_1.describeRuntime)()}`,
        ...(location ? { location } : {}),
        help: `Set ${list} in this deployment's environment${(0, detect_runtime_1.isEdgeRuntime)() ? ' (edge functions see only variables present at deploy time)' : ''}.`,
        docsUrl: `${denial_1.RULE_DOCS_BASE}/${exports.REQUIRED_ENV_RULE}.md`,
        fingerprintKey: missing.join(','),
        properties: { missing },
    });
}
