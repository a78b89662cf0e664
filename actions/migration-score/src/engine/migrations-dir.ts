import * as path from 'node:path';
import type { RepoFs } from '@shared/io/repo-fs';
import { ConfigurationError } from '@shared/errors';

export interface MigrationsDir {
  /** Repository-relative POSIX path of the folder holding `<timestamp>_<name>/migration.sql`. */
  dir: string;
  /** Where the folder was named, for messages. */
  source: string;
  namedAt?: { file: string; line: number; column: number };
}

const DOCS = 'https://github.com/bickford/actions/blob/main/docs/rules/README.md#migration-score';
const LOCK = 'migration_lock.toml';

/**
 * The folders of changed migration files that hold Prisma's migration_lock.toml: a PR's folders,
 * found without walking the repository (a walk costs more than scoring a typical PR).
 */
export function dirsOfChangedFiles(fs: RepoFs, files: readonly string[]): MigrationsDir[] {
  const dirs = new Map<string, MigrationsDir>();
  for (const f of files) {
    if (!f.endsWith('.sql')) continue;
    const dir = path.posix.dirname(path.posix.dirname(f));
    if (!dirs.has(dir) && fs.isFile(`${dir}/${LOCK}`)) dirs.set(dir, { dir, source: `${dir}/${LOCK}` });
  }
  return [...dirs.values()];
}

/**
 * Every migrations folder: each one Prisma writes holds a migration_lock.toml. Only when none does is
 * each Prisma project's folder worked out from its config (prisma.config.ts `migrations.path`, or beside
 * the schema named by the config, package.json `prisma.schema` or prisma/schema.prisma). That discovery
 * is imported lazily: it reads prisma.config.ts with the TypeScript compiler, which takes longer to load
 * than a typical PR takes to score.
 */
export async function findMigrationsDirs(fs: RepoFs): Promise<MigrationsDir[]> {
  const locked = fs.glob(`**/${LOCK}`, { leafMarker: LOCK }).map((lock) => ({ dir: path.posix.dirname(lock), source: lock }));
  if (locked.length > 0) return locked;
  const { findPrismaProjects } = await import('./prisma-discovery');
  const found = new Map<string, MigrationsDir>();
  for (const p of findPrismaProjects(fs).projects) {
    const source = p.migrationsDirFromConfig ? `${p.configFile} migrations.path` : `the folder beside ${p.schemaPath}`;
    const namedAt = p.migrationsDirFromConfig ? p.config?.migrationsPath?.location : undefined;
    if (!found.has(p.migrationsDir)) found.set(p.migrationsDir, { dir: p.migrationsDir, source, namedAt });
  }
  return [...found.values()];
}

/** The folders that exist, or why there is nothing to score. */
export type ExistingDirs = { dirs: MigrationsDir[]; nothing?: undefined } | { dirs: []; nothing: string };

/**
 * The folders that exist. A repository without one (it uses `prisma db push`, or has no Prisma project) has
 * nothing to score, which the run says; a folder named in prisma.config.ts that does not exist is a
 * configuration error at that setting, since the user asked for it.
 */
export async function existingMigrationsDirs(fs: RepoFs): Promise<ExistingDirs> {
  const dirs = await findMigrationsDirs(fs);
  if (dirs.length === 0) {
    return { dirs: [], nothing: 'Nothing to check: no migrations folder (no migration_lock.toml, and no Prisma schema to find one beside). Set `paths` to score other SQL files.' };
  }
  const present = dirs.filter((d) => fs.isDirectory(d.dir));
  const named = dirs.find((d) => d.namedAt && !fs.isDirectory(d.dir));
  if (named) {
    throw new ConfigurationError(
      `The migrations folder ${named.dir} (from ${named.source}) does not exist. Create the first migration with \`prisma migrate dev\`, fix the path, or set the \`paths\` input.`,
      DOCS,
      named.namedAt,
    );
  }
  if (present.length === 0) {
    return { dirs: [], nothing: `Nothing to check: no migrations folder (${dirs.map((d) => d.dir).join(', ')} does not exist; a repository that uses \`prisma db push\` has none).` };
  }
  return { dirs: present };
}

/**
 * The migration files of a folder, in the order Prisma applies them (folder names start with a timestamp).
 * A migration.sql that is not a readable file (a folder, a dangling symlink) is listed too: it is where a
 * migration is expected, and reading it reports it unreadable, as a pull request that adds it does.
 */
export function migrationFilesIn(fs: RepoFs, dir: string): string[] {
  return fs
    .list(dir)
    .filter((name) => fs.isFile(`${dir}/${name}/migration.sql`) || fs.list(`${dir}/${name}`).includes('migration.sql'))
    .map((name) => `${dir}/${name}/migration.sql`)
    .sort();
}
