import * as path from 'node:path';
import type { RepoFs } from '@shared/io/repo-fs';
import { CONFIG_NAMES } from '@shared/prisma/find-projects';
import { readPrismaConfig } from '@shared/prisma/read-config';
import { configEnv, valueOf, type Env } from '@shared/prisma/config-env';
import { readDatasource } from './read-datasource';

export interface SearchPath {
  /** Where unqualified names in this folder's migrations live. */
  schema: string;
  /** multiSchema's `schemas`, empty without it. */
  schemas: string[];
  /** Why, for the log. */
  reason: string;
}

const DEFAULT_SCHEMA = 'public';

/**
 * The schema an unqualified name in a migration resolves to when `prisma migrate deploy` runs it. Prisma's
 * PostgreSQL connector sets `search_path` to the connection URL's `schema` parameter, `public` without one
 * (quaint's `PostgresUrl::schema()` and `SET search_path = "<schema>"` on connect, prisma/prisma-engines
 * quaint/src/connector/postgres). multiSchema's `schemas` list does not change that: Prisma qualifies every
 * name it writes then (Prisma 7's schema engine writes `CREATE TABLE "auth"."User"`, see
 * test/fixtures/multi-schema), so only hand-written SQL has unqualified names, and PostgreSQL resolves them
 * through the URL's schema. A URL this job cannot read (an unset variable) is taken as one without `?schema=`,
 * the common case, and the log says so.
 */
export function searchPathOf(fs: RepoFs, env: Env, migrationsDir: string): SearchPath {
  const schemaDir = path.posix.dirname(migrationsDir);
  const config = configFileFor(fs, schemaDir);
  let info: ReturnType<typeof readPrismaConfig> | undefined;
  try {
    info = config ? readPrismaConfig(config, fs.readText(config)) : undefined;
  } catch {
    info = undefined; // prisma-guard reports an unreadable config; here it only means the URL is unknown
  }
  const datasource = readDatasource(schemaTexts(fs, schemaDir));
  const schemas = datasource?.schemas ?? [];

  let url: string | undefined;
  let named: string | undefined;
  if (info?.datasourceUrl) {
    url = valueOf(info.datasourceUrl, configEnv(fs, info, env));
    named = info.datasourceUrl.kind === 'env' ? `${info.datasourceUrl.name} (${config} datasource.url)` : `${config} datasource.url`;
  } else if (datasource?.url) {
    url = 'literal' in datasource.url ? datasource.url.literal : env[datasource.url.env];
    named = 'literal' in datasource.url ? 'the datasource url' : `${datasource.url.env} (the datasource url)`;
  }
  if (named && url === undefined) return { schema: DEFAULT_SCHEMA, schemas, reason: `${named} is not set in this job: unqualified names resolve to ${DEFAULT_SCHEMA}, as with a URL without ?schema=` };
  const fromUrl = url !== undefined ? schemaParam(url) : undefined;
  if (fromUrl) return { schema: fromUrl, schemas, reason: `the ?schema= of ${named}` };
  return { schema: DEFAULT_SCHEMA, schemas, reason: named ? `${named} has no ?schema=` : 'no connection URL is named' };
}

function schemaParam(url: string): string | undefined {
  try {
    return new URL(url).searchParams.get('schema') || undefined;
  } catch {
    return undefined; // not a URL (a prisma+postgres:// proxy string still parses); Prisma would refuse it
  }
}

/** The .prisma files beside the migrations folder: the schema file, or the folder whose file holds the datasource. */
function schemaTexts(fs: RepoFs, dir: string): string[] {
  return fs
    .list(dir)
    .filter((n) => n.endsWith('.prisma'))
    .map((n) => (dir === '.' ? n : `${dir}/${n}`))
    .filter((f) => fs.isFile(f))
    .map((f) => fs.readText(f));
}

/** prisma.config.* of the package that holds the folder: the nearest directory up with a config or a package.json. */
function configFileFor(fs: RepoFs, from: string): string | undefined {
  let dir = from;
  for (;;) {
    const at = (n: string) => (dir === '.' ? n : `${dir}/${n}`);
    const config = CONFIG_NAMES.map(at).find((f) => fs.isFile(f));
    if (config) return config;
    if (fs.isFile(at('package.json')) || dir === '.') return undefined;
    dir = path.posix.dirname(dir);
  }
}
