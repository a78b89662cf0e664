import { defineRule } from '@shared/rules/define-rule';

export const edgeMissingRuntimeGuard = defineRule({
  id: 'edge-missing-runtime-guard',
  guard: 'edge-guard',
  severity: 'warning',
  category: 'defence',
  description: 'A library module that imports Prisma, a socket driver or a Node built-in does not call assertNodeRuntime() at module level.',
  help: "Add `import { assertNodeRuntime } from '@bickford/runtime'` and call `assertNodeRuntime()` at the top of the module, so a wrong import fails at once with a clear message.",
});
