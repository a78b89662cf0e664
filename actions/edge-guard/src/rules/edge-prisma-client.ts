import { defineRule } from '@shared/rules/define-rule';

export const edgePrismaClient = defineRule({
  id: 'edge-prisma-client',
  guard: 'edge-guard',
  severity: 'error',
  category: 'runtime',
  description: 'Edge code reaches a PrismaClient constructed without an edge-compatible driver adapter or Accelerate.',
  help: 'Construct the client with an edge driver adapter (Neon, PlanetScale, libSQL, D1) or Accelerate in a module only edge code imports, or move the database call to a Node.js route.',
});
