import { defineRule } from '@shared/rules/define-rule';

export const edgeEntriesUnmatched = defineRule({
  id: 'edge-entries-unmatched',
  guard: 'edge-guard',
  severity: 'error',
  category: 'coverage',
  description: 'A pattern in the `entries` setting matches no file, so the edge code it was meant to name is not checked.',
  help: 'Fix the pattern (paths are relative to working-directory), or remove it if that edge code is gone.',
});
