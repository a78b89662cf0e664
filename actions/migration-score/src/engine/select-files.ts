import type { EngineContext } from '@shared/action/guard';
import { ConfigurationError } from '@shared/errors';
import type { MigrationScoreInputs } from '../inputs';
import { dirsOfChangedFiles, existingMigrationsDirs, findMigrationsDirs, migrationFilesIn, type MigrationsDir } from './migrations-dir';

export type SelectionMode = 'changes' | 'all' | 'paths' | 'none';

export interface Selection {
  mode: SelectionMode;
  files: string[];
  dirs: MigrationsDir[];
  /** Files the PR edited rather than added: applied migrations must not change. */
  edited: Set<string>;
  /** Why nothing was selected, when nothing was. */
  note?: string;
}

const PATHS_DOCS = 'https://github.com/bickford/actions/blob/main/actions/migration-score/README.md#inputs';

/**
 * Which files to score: the `paths` globs, or every migration (`all`, and the CLI without --base),
 * or the .sql files the PR added or changed under a migrations folder.
 */
export async function selectFiles(inputs: MigrationScoreInputs, ctx: EngineContext): Promise<Selection> {
  const edited = new Set<string>();
  if (inputs.paths.length > 0) {
    const files = ctx.fs.glob(inputs.paths);
    if (files.length === 0) throw new ConfigurationError(`paths (${inputs.paths.join(', ')}) matched no file under ${ctx.fs.root}; check the globs, which are relative to the repository root.`, PATHS_DOCS);
    return { mode: 'paths', files, dirs: (await findMigrationsDirs(ctx.fs)).filter((d) => ctx.fs.isDirectory(d.dir)), edited };
  }
  if (!inputs.all && ctx.changesUnknown) {
    return { mode: 'none', files: [], dirs: [], edited, note: 'The change set is unknown (see the change-set-unknown error): nothing was scored' };
  }
  if (!inputs.all && !ctx.changes && !ctx.policies.wholeTreeWithoutBase) {
    return { mode: 'none', files: [], dirs: [], edited, note: 'No pull request or base commit to compare with: nothing to score. Set `all: true` to score every migration.' };
  }
  if (inputs.all || !ctx.changes) {
    const { dirs, nothing } = await existingMigrationsDirs(ctx.fs);
    if (nothing) return { mode: 'none', files: [], dirs: [], edited, note: nothing };
    return { mode: 'all', files: dirs.flatMap((d) => migrationFilesIn(ctx.fs, d.dir)), dirs, edited };
  }
  const changed = asMigrations(ctx.changes.files);
  const changedSql = changed.filter((f) => f.status !== 'deleted' && f.path.endsWith('.sql')).map((f) => f.path);
  if (changedSql.length === 0) return { mode: 'changes', files: [], dirs: [], edited, note: 'The pull request changes no SQL file.' };
  // The folders of the changed files first (no walk); the full discovery only when they are not Prisma's.
  let dirs = dirsOfChangedFiles(ctx.fs, changedSql);
  if (dirs.length === 0) {
    const existing = await existingMigrationsDirs(ctx.fs);
    if (existing.nothing) return { mode: 'changes', files: [], dirs: [], edited, note: existing.nothing };
    dirs = existing.dirs;
  }
  const files: string[] = [];
  for (const f of changed) {
    if (f.status === 'deleted' || !f.path.endsWith('.sql') || !dirs.some((d) => f.path.startsWith(`${d.dir}/`))) continue;
    files.push(f.path);
    if (f.status === 'modified') edited.add(f.path);
  }
  return { mode: 'changes', files: files.sort(), dirs, edited, note: files.length ? undefined : 'The pull request changes no migration.' };
}

/**
 * A folder named migration.sql shows in a diff as the files inside it. It stands where a migration is expected,
 * so it is selected (and reported unreadable) as it is without --base, where the folder listing finds it.
 */
function asMigrations<F extends { path: string; status: string }>(files: readonly F[]): F[] {
  const seen = new Set<string>();
  const out: F[] = [];
  for (const f of files) {
    const folder = /^(.*\/migration\.sql)\//.exec(f.path)?.[1];
    const file = folder && f.status !== 'deleted' ? { ...f, path: folder } : f;
    if (seen.has(`${file.status}\0${file.path}`)) continue;
    seen.add(`${file.status}\0${file.path}`);
    out.push(file);
  }
  return out;
}
