import { defineRule } from '@shared/rules/define-rule';

export const edgeNodeBuiltin = defineRule({
  id: 'edge-node-builtin',
  guard: 'edge-guard',
  severity: 'error',
  category: 'runtime',
  description: 'Edge code reaches a Node.js built-in the edge runtime does not provide (only buffer, events, assert, util and async_hooks are).',
  help: "Use the Web API instead (fetch, crypto.subtle, TextEncoder, streams), or set `export const runtime = 'nodejs'` on the route.",
});
