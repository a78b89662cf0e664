import type { Finding } from '@shared/findings/finding';
import type { Logger } from '@shared/logger';
import { FileReadError, type RepoFs } from '@shared/io/repo-fs';
import { compareStrings } from '@shared/compare';
import type { PrismaMajor, PrismaProject, SchemaFiles } from '@shared/prisma';
import type { CommandResult, PrismaCli } from '../prisma-cli';
import type { EmbeddedDiffInput, EmbeddedDiffResult, MigrationScript } from '../drift/embedded-diff';
import { locateDrift } from '../drift/locate-drift';
import { indexSchema } from '../drift/schema-index';
import { drift, driftAt } from '../rules/prisma-drift';
import { driftUnchecked, extensionMissing } from '../rules/prisma-drift-unchecked';

export interface DriftOutcome {
  status: 'in-sync' | 'drift' | 'unchecked' | 'skipped';
  findings: Finding[];
  /** The SQL that would bring the migrations to the schema, when there is drift. */
  script?: string;
}

const CANARY_TABLE = 'BickfordDriftCanary';

/**
 * Drift over the embedded shadow (PostgreSQL without a shadow-database-url: drift/embedded-diff.ts), else
 * through the repository's own CLI. A schema engine that is missing, or a stand-in that answers
 * nothing (`migrate diff --exit-code` exits 0 silently with a dummy PRISMA_SCHEMA_ENGINE_BINARY), must never
 * read as "no drift": a canary diff from nothing to a one-table schema has to report that table first.
 */
export async function checkDrift(
  project: PrismaProject,
  provider: string | undefined,
  cli: PrismaCli,
  shadowDatabaseUrl: string | undefined,
  logger: Logger,
  embedded?: EmbeddedContext,
): Promise<DriftOutcome> {
  const migrations = project.migrationsDir;
  const unchecked = (why: string): DriftOutcome => ({ status: 'unchecked', findings: [driftUnchecked(project, why)] });
  if (!provider) return unchecked('the schema has no datasource');
  if (!shadowDatabaseUrl && embedded && EMBEDDED_PROVIDERS.has(provider)) return checkEmbedded(project, embedded, logger);

  const located = cli.locate(project.packageDir);
  if (!located) return unchecked(`the repository's Prisma CLI is not installed (no node_modules/.bin/prisma from ${project.packageDir}); run the package manager's install first`);
  if (provider !== 'sqlite' && !shadowDatabaseUrl) return unchecked(`a ${provider} schema needs a shadow database of its own kind (the embedded shadow is PostgreSQL): set the shadow-database-url input or datasource.shadowDatabaseUrl in prisma.config.ts`);

  const canary = await cli.migrateDiff({ packageDir: project.packageDir, from: { kind: 'empty' }, to: { kind: 'schema-text', text: canarySchema(provider) }, shadowDatabaseUrl });
  if (canary.exitCode !== 2 || !canary.stdout.includes(CANARY_TABLE)) {
    return unchecked(`the schema engine did not answer: a canary diff that must create table ${CANARY_TABLE} ${describe(canary)}. Check that the CLI can run its schema engine (PRISMA_SCHEMA_ENGINE_BINARY, or network access to download it)`);
  }
  logger.debug(`drift: canary answered through ${located.bin} ${located.version ?? ''}`);

  const diff = await cli.migrateDiff({ packageDir: project.packageDir, from: { kind: 'migrations', dir: migrations }, to: { kind: 'schema', path: project.schemaPath }, shadowDatabaseUrl });
  if (diff.exitCode === 0) return { status: 'in-sync', findings: [] };
  if (diff.exitCode === 2) return { status: 'drift', script: diff.stdout.trim(), findings: [drift(project, diff.stdout)] };
  return unchecked(`prisma migrate diff ${describe(diff)}`);
}

/** What the embedded path needs beyond the CLI path: the files, and the major whose engine runs. */
export interface EmbeddedContext {
  fs: RepoFs;
  files: SchemaFiles;
  major: PrismaMajor;
  diff(input: EmbeddedDiffInput): Promise<EmbeddedDiffResult>;
}

// PGlite is PostgreSQL; CockroachDB's dialect differs (the engine has a connector of its own for it), and MySQL,
// SQL Server and MongoDB have no embedded stand-in. SQLite's own CLI needs no shadow URL (the CLI path below).
const EMBEDDED_PROVIDERS = new Set(['postgresql', 'postgres']);

async function checkEmbedded(project: PrismaProject, ctx: EmbeddedContext, logger: Logger): Promise<DriftOutcome> {
  const { migrations, unreadable } = readMigrations(ctx.fs, project.migrationsDir);
  // Replaying without one of them would compare the schema with a history the databases do not have.
  if (unreadable.length > 0) {
    return { status: 'unchecked', findings: unreadable.map((u) => driftUnchecked(project, `the migration ${u.file} is unreadable (${u.reason}), so the migrations cannot be replayed`, { file: u.file, line: 1, column: 1 })) };
  }
  const lockPath = `${project.migrationsDir}/migration_lock.toml`;
  let result: EmbeddedDiffResult;
  try {
    result = await ctx.diff({ major: ctx.major, schemaFiles: ctx.files, migrations, lockfile: ctx.fs.isFile(lockPath) ? ctx.fs.readText(lockPath) : undefined });
  } catch (e) {
    // A failure to load or start the engine is a bug or a broken install, never a pass.
    result = { kind: 'engine-error', message: `the embedded schema engine could not run (an internal error; please report it): ${e instanceof Error ? e.message : String(e)}` };
  }
  switch (result.kind) {
    case 'in-sync':
      logger.debug(`drift: embedded shadow, Prisma ${ctx.major}'s schema engine ${result.engineVersion}: in sync over ${migrations.length} migrations`);
      return { status: 'in-sync', findings: [] };
    case 'drift': {
      const located = locateDrift(result.script, indexSchema(ctx.files), migrations);
      const findings = located.length > 0 ? located.map((c) => driftAt(project, c)) : [drift(project, result.script)];
      return { status: 'drift', script: result.script, findings };
    }
    case 'missing-extension':
      return { status: 'unchecked', findings: [extensionMissing(project, result.extension, { file: result.file, line: result.line, column: 1 })] };
    case 'migration-failed':
      return {
        status: 'unchecked',
        findings: [driftUnchecked(project, `${result.file} fails on a fresh PostgreSQL (the embedded shadow database): ${result.message}`, { file: result.file, line: result.line, column: result.column })],
      };
    case 'engine-error':
      return { status: 'unchecked', findings: [driftUnchecked(project, `the embedded schema engine failed: ${result.message}`)] };
  }
}

/**
 * Migration folders in the order Prisma applies them (by name), each with its migration.sql; and the
 * migration.sql entries that are not readable files (a folder, a dangling symlink), which are reported at their path.
 */
function readMigrations(fs: RepoFs, dir: string): { migrations: MigrationScript[]; unreadable: { file: string; reason: string }[] } {
  const migrations: MigrationScript[] = [];
  const unreadable: { file: string; reason: string }[] = [];
  for (const name of fs.list(dir).sort(compareStrings)) {
    const file = `${dir}/${name}/migration.sql`;
    if (fs.isFile(file)) migrations.push({ name, file, sql: fs.readText(file) });
    else if (fs.list(`${dir}/${name}`).includes('migration.sql')) unreadable.push({ file, reason: unreadableReason(fs, file) });
  }
  return { migrations, unreadable };
}

function unreadableReason(fs: RepoFs, file: string): string {
  try {
    fs.readBytes(file);
    return 'not a regular file';
  } catch (e) {
    return e instanceof FileReadError ? e.message.replace(/^cannot read [^:]*: /, '') : String(e);
  }
}

function canarySchema(provider: string): string {
  const id = provider === 'mongodb' ? 'String @id @map("_id")' : 'Int @id';
  return `datasource db {\n  provider = "${provider}"\n}\n\nmodel ${CANARY_TABLE} {\n  id ${id}\n}\n`;
}

function describe(r: CommandResult): string {
  const err = r.stderr.trim().split('\n').filter((l) => l.trim() !== '' && !l.startsWith('Loaded Prisma config')).slice(-3).join(' ');
  if (r.exitCode === null) return `did not run (${err || 'no output'})`;
  return `exited ${r.exitCode}${r.stdout.trim() === '' ? ' with no output' : ''}${err ? `: ${err}` : ''}`;
}

