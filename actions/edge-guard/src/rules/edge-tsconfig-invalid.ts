import { defineRule } from '@shared/rules/define-rule';

export const edgeTsconfigInvalid = defineRule({
  id: 'edge-tsconfig-invalid',
  guard: 'edge-guard',
  severity: 'error',
  category: 'coverage',
  description: 'A tsconfig that edge code resolves with cannot be read, parsed or extended (missing extends target, invalid JSONC, cyclic extends).',
  help: 'Fix the tsconfig: the path aliases it defines decide where edge imports go, and without them edge-guard cannot know what edge code reaches.',
});
