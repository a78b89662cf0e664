"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.REQUIRED_ENV_RULE = exports.PRISMA_ON_EDGE_RULE = exports.gateRequiredEnvs = exports.gatePrismaContext = exports.RuntimeInvariantError = exports.assertNodeRuntime = exports.missingEnvs = exports.getRuntimeContext = exports.isNodeRuntime = exports.isEdgeRuntime = exports.RULE_DOCS_BASE = exports.fnv1a = exports.createDenial = void 0;
__exportStar(require("./finding"), exports);
var denial_1 = require("./denial");
Object.defineProperty(exports, "createDenial", { enumerable: true, get: function () { return denial_1.createDenial; } });
Object.defineProperty(exports, "fnv1a", { enumerable: true, get: function () { return denial_1.fnv1a; } });
Object.defineProperty(exports, "RULE_DOCS_BASE", { enumerable: true, get: function () { return denial_1.RULE_DOCS_BASE; } });
var detect_runtime_1 = require("./detect-runtime");
Object.defineProperty(exports, "isEdgeRuntime", { enumerable: true, get: function () { return detect_runtime_1.isEdgeRuntime; } });
Object.defineProperty(exports, "isNodeRuntime", { enumerable: true, get: function () { return detect_runtime_1.isNodeRuntime; } });
var runtime_context_1 = require("./runtime-context");
Object.defineProperty(exports, "getRuntimeContext", { enumerable: true, get: function () { return runtime_context_1.getRuntimeContext; } });
Object.defineProperty(exports, "missingEnvs", { enumerable: true, get: function () { return runtime_context_1.missingEnvs; } });
var assert_node_runtime_1 = require("./assert-node-runtime");
Object.defineProperty(exports, "assertNodeRuntime", { enumerable: true, get: function () { return assert_node_runtime_1.assertNodeRuntime; } });
Object.defineProperty(exports, "RuntimeInvariantError", { enumerable: true, get: function () { return assert_node_runtime_1.RuntimeInvariantError; } });
var gates_1 = require("./gates");
Object.defineProperty(exports, "gatePrismaContext", { enumerable: true, get: function () { return gates_1.gatePrismaContext; } });
Object.defineProperty(exports, "gateRequiredEnvs", { enumerable: true, get: function () { return gates_1.gateRequiredEnvs; } });
Object.defineProperty(exports, "PRISMA_ON_EDGE_RULE", { enumerable: true, get: function () { return gates_1.PRISMA_ON_EDGE_RULE; } });
Object.defineProperty(exports, "REQUIRED_ENV_RULE", { enumerable: true, get: function () { return gates_1.REQUIRED_ENV_RULE; } });
