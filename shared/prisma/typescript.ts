/**
 * The TypeScript compiler, required on first use: evaluating it costs ~200 ms, and only a prisma.config.ts
 * or a module that constructs a PrismaClient needs parsing. Import the types with `import type ts`.
 */
export function typescript(): typeof import('typescript') {
  return require('typescript') as typeof import('typescript');
}
