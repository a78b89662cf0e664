import { defineRule } from '@shared/rules/define-rule';

export const edgeUnreadableModule = defineRule({
  id: 'edge-unreadable-module',
  guard: 'edge-guard',
  severity: 'warning',
  category: 'coverage',
  description: 'A module in edge code does not parse or cannot be read (a symlink loop, a permission error).',
  help: 'Fix the syntax error or the link; the imports of this module were checked only as far as it parsed.',
});
