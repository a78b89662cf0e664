import { defineRule } from '@shared/rules/define-rule';

export const edgeExportsCondition = defineRule({
  id: 'edge-exports-condition',
  guard: 'edge-guard',
  severity: 'error',
  category: 'packaging',
  description: 'A package exports map sends an edge condition (edge-light, worker, workerd, edge) to a file that does not exist.',
  help: 'Point the condition at a file that exists (or its source), or remove the condition so the edge bundle falls back to the default target.',
});
