/**
 * A prisma.config.ts variant for the front-end tests: Babel either reads it into the tree the TypeScript
 * compiler's front end builds, or rejects it as Prisma's loader (jiti, which transpiles with Babel) does.
 * Each was written for the hand-written parser this replaced: its common shapes, and the near misses it left to TypeScript.
 */
export interface ConfigVariant {
  name: string;
  text: string;
}

export const variant = (name: string, text: string): ConfigVariant => ({ name, text });
/** A defineConfig({...}) config whose object holds `body`. */
export const wrap = (body: string) => `import { defineConfig, env } from 'prisma/config';\nexport default defineConfig({\n${body}\n});\n`;
