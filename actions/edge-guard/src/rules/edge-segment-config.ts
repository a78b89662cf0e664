import { defineRule } from '@shared/rules/define-rule';

export const edgeSegmentConfig = defineRule({
  id: 'edge-segment-config',
  guard: 'edge-guard',
  severity: 'error',
  category: 'build',
  description: "An App Router file sets `runtime = 'experimental-edge'`, which `next build` refuses (Next 15 and later).",
  help: "Write `export const runtime = 'edge'`: the App Router accepts only 'edge' and 'nodejs'.",
});
