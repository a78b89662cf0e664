import { defineRule } from '@shared/rules/define-rule';

export const edgeDeniedImport = defineRule({
  id: 'edge-denied-import',
  guard: 'edge-guard',
  severity: 'error',
  category: 'policy',
  description: 'Edge code reaches a module listed in the `deny` configuration.',
  help: 'Remove the import from the edge path, or remove the module from `deny` if it is now edge-safe.',
});
