import { defineRule } from '@shared/rules/define-rule';

export const edgeUnresolvedImport = defineRule({
  id: 'edge-unresolved-import',
  guard: 'edge-guard',
  severity: 'error',
  category: 'coverage',
  description: 'A workspace path or alias in edge code does not resolve (an error), or third-party packages are not installed (one warning, an error with install-required), so what lies behind them was not checked.',
  help: 'Fix the path, install dependencies before the check (npm ci), or add the module to `allow` if it is provided at run time.',
});
