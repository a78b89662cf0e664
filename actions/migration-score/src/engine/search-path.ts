import * as path from 'node:path';
import type { RepoFs } from '@shared/io/repo-fs';
import type { Env } from '@shared/prisma/config-env';
import type { PrismaConfigInfo } from '@shared/prisma/types';
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
export async function searchPathOf(fs: RepoFs, env: Env, migrationsDir: string): Promise<SearchPath> {
  const schemaDir = path.posix.dirname(migrationsDir);
  const config = configFileFor(fs, schemaDir);
  const fromConfig = config ? await configUrl(fs, env, config) : undefined;
  const datasource = readDatasource(schemaTexts(fs, schemaDir));
  const schemas = datasource?.schemas ?? [];

  let url: string | undefined;
  let named: string | undefined;
  if (fromConfig) ({ url, named } = fromConfig);
  else if (datasource?.url) {
    url = 'literal' in datasource.url ? datasource.url.literal : env[datasource.url.env];
    named = 'literal' in datasource.url ? 'the datasource url' : `${datasource.url.env} (the datasource url)`;
  }
  if (named && url === undefined) return { schema: DEFAULT_SCHEMA, schemas, reason: `${named} is not set in this job: unqualified names resolve to ${DEFAULT_SCHEMA}, as with a URL without ?schema=` };
  const fromUrl = url !== undefined ? schemaParam(url) : undefined;
  if (fromUrl) return { schema: fromUrl, schemas, reason: `the ?schema= of ${named}` };
  return { schema: DEFAULT_SCHEMA, schemas, reason: named ? `${named} has no ?schema=` : 'no connection URL is named' };
}

/**
 * `datasource.url` of prisma.config.ts, when it has one. The config reader is imported only here: it is the part of
 * Prisma project discovery that a typical pull request never loads (see migrations-dir.ts).
 */
async function configUrl(fs: RepoFs, env: Env, config: string): Promise<{ url: string | undefined; named: string } | undefined> {
  const { readPrismaConfig, configEnv, valueOf } = await import('./prisma-discovery');
  let info: PrismaConfigInfo;
  try {
    info = readPrismaConfig(config, fs.readText(config));
  } catch {
    return undefined; // prisma-guard reports an unreadable config; here it only means the URL is unknown
  }
  if (!info.datasourceUrl) return undefined;
  const named = info.datasourceUrl.kind === 'env' ? `${info.datasourceUrl.name} (${config} datasource.url)` : `${config} datasource.url`;
  return { url: valueOf(info.datasourceUrl, configEnv(fs, info, env)), named };
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

/** Prisma 7's config names (`CONFIG_NAMES` in find-projects.ts, which this avoids loading); .ts first, as Prisma looks. */
const CONFIG_NAME = /^prisma\.config\.[cm]?[jt]s$/;

/** prisma.config.* of the package that holds the folder: the nearest directory up with a config or a package.json. */
function configFileFor(fs: RepoFs, from: string): string | undefined {
  let dir = from;
  for (;;) {
    const at = (n: string) => (dir === '.' ? n : `${dir}/${n}`);
    const config = fs.list(dir).filter((n) => CONFIG_NAME.test(n)).sort(byConfigOrder).map(at).find((f) => fs.isFile(f));
    if (config) return config;
    if (fs.isFile(at('package.json')) || dir === '.') return undefined;
    dir = path.posix.dirname(dir);
  }
}

/** ts, mts, cts, js, mjs, cjs: the order of Prisma's CONFIG_NAMES. */
function byConfigOrder(a: string, b: string): number {
  const rank = (n: string) => ['ts', 'mts', 'cts', 'js', 'mjs', 'cjs'].indexOf(n.slice('prisma.config.'.length));
  return rank(a) - rank(b);
}
