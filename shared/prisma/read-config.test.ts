import { CONFIG_DIR, readPrismaConfig } from './read-config';
import { PrismaConfigSyntaxError } from './config-syntax/syntax-error';

const COMMON = `import 'dotenv/config';
import path from 'node:path';
import { defineConfig, env } from 'prisma/config';
export default defineConfig({
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: 'prisma/migrations', seed: 'tsx prisma/seed.ts' },
  datasource: { url: env('DATABASE_URL'), shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL ?? 'postgres://x' },
});
`;

/** Seen in public repositories: a function declaration, an optional chain, a try/catch, an adapter. */
const FUNCTIONS = `import { defineConfig, env } from 'prisma/config';
const COMMANDS = new Set(['generate', 'format', 'validate']);
function resolveDatasourceUrl(): string {
  const databaseUrl = process.env.DATABASE_URL?.trim();
  if (databaseUrl) return databaseUrl;
  return env('IN_FUNCTION');
}
const direct = process.env.DIRECT_URL ?? process.env.DATABASE_URL?.replace('-pooler.', '.');
try { process.loadEnvFile(); } catch { env('IN_CATCH'); }
export default defineConfig({
  schema: 'prisma/schema.prisma',
  adapter: async () => new PrismaPg({ connectionString: env('IN_ARROW') }),
  datasource: { url: resolveDatasourceUrl(), shadowDatabaseUrl: direct },
});
`;

/** A function body the hand-written parser this replaced left to the TypeScript compiler (`===`, a conditional). */
const CONDITIONAL = `import { defineConfig, env } from 'prisma/config';
function url() { return process.env.CI === 'true' ? env('CI_URL') : env('DATABASE_URL'); }
export default defineConfig({ schema: env('SCHEMA'), datasource: { url: url() } });
`;

/** readPrismaConfig from a fresh module registry, and whether that reading required the TypeScript compiler. */
function readFresh(text: string): { info: ReturnType<typeof readPrismaConfig>; loadedTypeScript: boolean } {
  let loadedTypeScript = false;
  let info!: ReturnType<typeof readPrismaConfig>;
  jest.isolateModules(() => {
    jest.doMock('typescript', () => {
      loadedTypeScript = true;
      return jest.requireActual('typescript');
    });
    const fresh = require('./read-config') as typeof import('./read-config');
    info = fresh.readPrismaConfig('prisma.config.ts', text);
  });
  jest.dontMock('typescript');
  return { info, loadedTypeScript };
}

/** 1-based line and column of the first occurrence of `needle`, counted in characters. */
function at(text: string, needle: string): { line: number; column: number } {
  const before = text.slice(0, text.indexOf(needle)).split('\n');
  return { line: before.length, column: [...before[before.length - 1]].length + 1 };
}

describe('readPrismaConfig', () => {
  it('reads the common shape with Babel, without loading the TypeScript compiler', () => {
    const { info, loadedTypeScript } = readFresh(COMMON);
    expect(loadedTypeScript).toBe(false);
    expect(info.schema).toMatchObject({ kind: 'literal', value: 'prisma/schema.prisma' });
  });

  it('reads functions, optional chains and try/catch without the compiler, counting env() in blocks but not in function bodies', () => {
    const { info, loadedTypeScript } = readFresh(FUNCTIONS);
    expect(loadedTypeScript).toBe(false);
    expect(info.envCalls.map((c) => c.name)).toEqual(['IN_CATCH']);
    expect(info).toMatchObject({
      loadsDotenv: true,
      schema: { kind: 'literal', value: 'prisma/schema.prisma' },
      datasourceUrl: { kind: 'unknown', text: 'resolveDatasourceUrl()' },
      shadowDatabaseUrl: { kind: 'unknown', text: "process.env.DIRECT_URL ?? process.env.DATABASE_URL?.replace('-pooler.', '.')" },
    });
  });

  it('reads any function body without the TypeScript compiler, and does not count env() inside it', () => {
    const { info, loadedTypeScript } = readFresh(CONDITIONAL);
    expect(loadedTypeScript).toBe(false);
    expect(info.envCalls.map((c) => c.name)).toEqual(['SCHEMA']);
    expect(info.schema).toMatchObject({ kind: 'env', name: 'SCHEMA' });
  });

  it('throws a syntax error at its line and column (in characters), with the reason Babel gives and what it breaks', () => {
    const text = "// Prisma-Konfiguration für 😀\nexport default defineConfig({\n  schema: 'prisma/😀.prisma' /* ü */ ,,\n});\n";
    let error: unknown;
    try {
      readPrismaConfig('db/prisma.config.ts', text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PrismaConfigSyntaxError);
    expect(error).toMatchObject({ location: { file: 'db/prisma.config.ts', ...at(text, ',\n})') }, message: 'Unexpected token, so every prisma command fails to load it' });
    expect(at(text, ',\n})')).toEqual({ line: 3, column: 38 }); // Babel says (3:38) too: UTF-16 units from 0, where the emoji counts twice
  });

  it('falls back to the TypeScript compiler when Babel fails other than on a syntax error', () => {
    let info!: ReturnType<typeof readPrismaConfig>;
    jest.isolateModules(() => {
      jest.doMock('@babel/parser', () => ({ parse: () => { throw new RangeError('Maximum call stack size exceeded'); } }));
      info = (require('./read-config') as typeof import('./read-config')).readPrismaConfig('prisma.config.ts', COMMON);
    });
    jest.dontMock('@babel/parser');
    expect(info.schema).toMatchObject({ kind: 'literal', value: 'prisma/schema.prisma' });
  });

  it('does not take a const declared inside a block for a top-level one', () => {
    const text = "try { const schema = 'inner.prisma'; } catch {}\nif (x) { var url = 'postgres://x'; }\nexport default { schema, datasource: { url } };\n";
    const info = readPrismaConfig('prisma.config.ts', text);
    expect(info.schema).toMatchObject({ kind: 'unknown', text: 'schema' });
    expect(info.datasourceUrl).toMatchObject({ kind: 'unknown', text: 'url' });
  });

  it('reads schema, migrations and datasource values with their locations', () => {
    const info = readPrismaConfig('db/prisma.config.ts', COMMON);
    expect(info).toMatchObject({
      file: 'db/prisma.config.ts',
      loadsDotenv: true,
      schema: { kind: 'literal', value: 'prisma/schema.prisma', location: { file: 'db/prisma.config.ts', ...at(COMMON, "path.join('prisma'") } },
      migrationsPath: { kind: 'literal', value: 'prisma/migrations', location: at(COMMON, "'prisma/migrations'") },
      datasourceUrl: { kind: 'env', name: 'DATABASE_URL', location: at(COMMON, "env('DATABASE_URL')") },
      shadowDatabaseUrl: { kind: 'env', name: 'SHADOW_DATABASE_URL', fallback: 'postgres://x' },
    });
    expect(info.envCalls).toEqual([{ name: 'DATABASE_URL', location: expect.objectContaining(at(COMMON, "env('DATABASE_URL')")) }]);
  });

  it('counts columns in characters after non-ASCII text', () => {
    const text = "// Prisma-Konfiguration für 😀\nexport default { /* схема */ schema: 'prisma/schema.prisma' };\n";
    expect(readPrismaConfig('prisma.config.ts', text).schema?.location).toMatchObject(at(text, "'prisma/schema.prisma'"));
  });

  it('resolves __dirname and import.meta.dirname to the config directory, from the last one on', () => {
    const info = readPrismaConfig('prisma.config.ts', "export default { schema: path.join('x', __dirname, 'db\\\\schema'), migrations: { path: path.resolve(import.meta.dirname, 'm') } }");
    expect(info.schema).toMatchObject({ kind: 'literal', value: `${CONFIG_DIR}/db/schema` });
    expect(info.migrationsPath).toMatchObject({ kind: 'literal', value: `${CONFIG_DIR}/m` });
  });

  it("counts env() through an alias, but not a function of another module's that is called env", () => {
    const text = "import { env as e } from 'prisma/config';\nimport { env } from './local';\nexport default { datasource: { url: e('A'), shadowDatabaseUrl: env('B') } };\n";
    const info = readPrismaConfig('prisma.config.ts', text);
    expect(info.envCalls.map((c) => c.name)).toEqual(['A']);
    expect(info.shadowDatabaseUrl).toMatchObject({ kind: 'unknown', text: "env('B')" });
  });

  it('reports a value it cannot read as unknown, with its text and location', () => {
    const text = "const dir = 'prisma';\nexport default { schema: pick(dir) as string };\n";
    expect(readPrismaConfig('prisma.config.ts', text).schema).toEqual({ kind: 'unknown', text: 'pick(dir) as string', location: expect.objectContaining(at(text, 'pick(dir)')) });
  });

  it('notices dotenv loaded by a call, but not in a comment of its own', () => {
    expect(readPrismaConfig('prisma.config.ts', "import dotenv from 'dotenv';\ndotenv.config({ path: '../.env' });\n").loadsDotenv).toBe(true);
    expect(readPrismaConfig('prisma.config.ts', "process.loadEnvFile();\n").loadsDotenv).toBe(true);
    expect(readPrismaConfig('prisma.config.ts', "import dotenv from 'dotenv';\n// dotenv.config()\nexport default {};\n").loadsDotenv).toBe(false);
    expect(readPrismaConfig('prisma.config.ts', "import { config as loadEnv } from 'dotenv';\nloadEnv({ path: '../../.env' });\nexport default {};\n").loadsDotenv).toBe(true);
    expect(readPrismaConfig('prisma.config.ts', "import { config } from 'dotenv';\nexport default { schema: 'prisma' };\n").loadsDotenv).toBe(false);
  });

  it('reads a config object held in a const declared above the export, not below it', () => {
    expect(readPrismaConfig('prisma.config.ts', "const c = { schema: 'a' };\nexport default defineConfig(c);\n").schema).toMatchObject({ value: 'a' });
    expect(readPrismaConfig('prisma.config.ts', "export default defineConfig(c);\nconst c = { schema: 'a' };\n").schema).toBeUndefined();
  });

  it('does not loop on consts that refer to each other', () => {
    const info = readPrismaConfig('prisma.config.ts', "const a = b;\nconst b = a;\nexport default defineConfig({ schema: a, migrations: a });\n");
    expect(info.schema).toMatchObject({ kind: 'unknown' });
    expect(info.migrationsPath).toBeUndefined();
  });
});
