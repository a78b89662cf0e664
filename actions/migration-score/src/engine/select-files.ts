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

const PATHS_DOCS = 'https://github.com/bickford/actions/blob/main/docs/actions/migration-score.md#inputs';

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
  if (!inputs.all && !ctx.changes && ctx.inActions) {
    return { mode: 'none', files: [], dirs: [], edited, note: 'No pull request or base commit to compare with: nothing to score. Set `all: true` to score every migration.' };
  }
  if (inputs.all || !ctx.changes) {
    const dirs = await existingMigrationsDirs(ctx.fs);
    return { mode: 'all', files: dirs.flatMap((d) => migrationFilesIn(ctx.fs, d.dir)), dirs, edited };
  }
  const changedSql = ctx.changes.files.filter((f) => f.status !== 'deleted' && f.path.endsWith('.sql')).map((f) => f.path);
  if (changedSql.length === 0) return { mode: 'changes', files: [], dirs: [], edited, note: 'The pull request changes no SQL file.' };
  // The folders of the changed files first (no walk); the full discovery only when they are not Prisma's.
  let dirs = dirsOfChangedFiles(ctx.fs, changedSql);
  if (dirs.length === 0) dirs = await existingMigrationsDirs(ctx.fs);
  const files: string[] = [];
  for (const f of ctx.changes.files) {
    if (f.status === 'deleted' || !f.path.endsWith('.sql') || !dirs.some((d) => f.path.startsWith(`${d.dir}/`))) continue;
    files.push(f.path);
    if (f.status === 'modified') edited.add(f.path);
  }
  return { mode: 'changes', files: files.sort(), dirs, edited, note: files.length ? undefined : 'The pull request changes no migration.' };
}
