/**
 * A prisma.config.ts variant for the front-end tests: `fast` says whether parse-fast.ts must read the
 * variant itself (true) or must decline it (false); either way the TypeScript front end is the reference.
 */
export interface ConfigVariant {
  name: string;
  text: string;
  fast: boolean;
}

export const fast = (name: string, text: string): ConfigVariant => ({ name, text, fast: true });
export const declined = (name: string, text: string): ConfigVariant => ({ name, text, fast: false });
/** A defineConfig({...}) config whose object holds `body`. */
export const wrap = (body: string) => `import { defineConfig, env } from 'prisma/config';\nexport default defineConfig({\n${body}\n});\n`;
