import { defineRule } from '@shared/rules/define-rule';

export const edgeEval = defineRule({
  id: 'edge-eval',
  guard: 'edge-guard',
  severity: 'error',
  category: 'runtime',
  description: 'Edge code evaluates code at run time (eval, new Function), which the edge runtime refuses.',
  help: 'Replace the dynamic code with a static function, or move the module off the edge path.',
});
