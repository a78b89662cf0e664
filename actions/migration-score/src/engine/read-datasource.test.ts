import { readDatasource } from './read-datasource';

// The real thing: Prisma's own schema WASM (get_config) of Prisma 7 and of Prisma 6.19.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const wasm7 = require('@prisma/prisma-schema-wasm') as { get_config(p: string): string };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const wasm6 = require('prisma-schema-wasm-6') as { get_config(p: string): string };

function prismaSays(wasm: { get_config(p: string): string }, files: string[]) {
  const params = { prismaSchema: files.map((f, i) => [`f${i}.prisma`, f]), datasourceOverrides: {}, ignoreEnvVarErrors: true, env: {} };
  const out = JSON.parse(wasm.get_config(JSON.stringify(params))) as { config: { datasources: { schemas: string[]; url?: { fromEnvVar: string | null; value: string | null } }[] }; errors: unknown[] };
  // A schema Prisma refuses would make the comparison meaningless.
  expect(out.errors).toEqual([]);
  const ds = out.config.datasources[0];
  if (!ds) return undefined;
  const url = ds.url ? (ds.url.fromEnvVar ? { env: ds.url.fromEnvVar } : { literal: ds.url.value! }) : undefined;
  return { schemas: ds.schemas, ...(url ? { url } : {}) };
}

const MODEL = '\nmodel A {\n  id Int @id\n  @@schema("auth")\n}\n';
const BOTH = [
  ['a plain block', 'datasource db {\n  provider = "postgresql"\n}\nmodel A {\n  id Int @id\n}\n'],
  ['multiSchema', 'datasource db {\n  provider = "postgresql"\n  schemas  = ["auth", "billing"]\n}\n' + MODEL],
  [
    'comments with braces and quotes, extensions before the list',
    '// datasource fake { schemas = ["no"] }\ngenerator client {\n  provider = "prisma-client"\n  previewFeatures = ["postgresqlExtensions"]\n}\ndatasource db {\n  provider   = "postgresql" // "x" { }\n  extensions = [pgcrypto, postgis(version: "3.4", schema: "ext")]\n  schemas    = ["auth", "billing"] // ["not", "these"]\n}\n' + MODEL,
  ],
  ['escaped quotes in a name', 'datasource db {\n  provider = "postgresql"\n  schemas  = ["a\\"b", "auth"]\n}\n' + MODEL],
] as const;
const PRISMA6 = [
  ['a literal url with // and ?schema=', 'datasource db {\n  provider = "postgresql"\n  url = "postgresql://u:p@h:5432/db?schema=auth" // comment\n  schemas = ["auth"]\n}\n' + MODEL],
  ['an env() url and a directUrl', 'datasource db {\n  provider  = "postgresql"\n  url       = env("DATABASE_URL")\n  directUrl = env("DIRECT_URL")\n}\n'],
] as const;

describe('readDatasource', () => {
  it.each(BOTH)('agrees with Prisma 7 and 6.19 get_config: %s', (_name, schema) => {
    expect(readDatasource([schema])).toEqual(prismaSays(wasm7, [schema]));
    // Prisma 6 requires a url in the block.
    const six = schema.replace('datasource db {\n', 'datasource db {\n  url = env("DATABASE_URL")\n');
    expect(readDatasource([six])).toEqual(prismaSays(wasm6, [six]));
  });

  it.each(PRISMA6)('agrees with Prisma 6.19 get_config on the url: %s', (_name, schema) => {
    expect(readDatasource([schema])).toEqual(prismaSays(wasm6, [schema]));
  });

  it('finds the datasource in any file of a multi-file schema', () => {
    const files = ['model A {\n  id Int @id\n  @@schema("auth")\n}\n', 'datasource db {\n  provider = "postgresql"\n  schemas = ["auth"]\n}\n'];
    expect(readDatasource(files)).toEqual(prismaSays(wasm7, files));
    expect(readDatasource(files)).toEqual({ schemas: ['auth'] });
  });

  it('is undefined without a datasource block', () => {
    expect(readDatasource(['model A {\n  id Int @id\n}\n'])).toBeUndefined();
  });
});
