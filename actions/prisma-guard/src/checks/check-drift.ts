import type { Finding } from '@shared/findings/finding';
import type { Logger } from '@shared/logger';
import type { PrismaProject } from '@shared/prisma';
import type { CommandResult, PrismaCli } from '../prisma-cli';
import { drift } from '../rules/prisma-drift';
import { driftUnchecked } from '../rules/prisma-drift-unchecked';

export interface DriftOutcome {
  status: 'in-sync' | 'drift' | 'unchecked' | 'skipped';
  findings: Finding[];
  /** The SQL that would bring the migrations to the schema, when there is drift. */
  script?: string;
}

const CANARY_TABLE = 'BickfordDriftCanary';

/**
 * Drift through the repository's own CLI. A schema engine that is missing, or a stand-in that answers
 * nothing (`migrate diff --exit-code` exits 0 silently with a dummy PRISMA_SCHEMA_ENGINE_BINARY), must never
 * read as "no drift": a canary diff from nothing to a one-table schema has to report that table first.
 */
export async function checkDrift(project: PrismaProject, provider: string | undefined, cli: PrismaCli, shadowDatabaseUrl: string | undefined, logger: Logger): Promise<DriftOutcome> {
  const migrations = project.migrationsDir;
  const unchecked = (why: string): DriftOutcome => ({ status: 'unchecked', findings: [driftUnchecked(project, why)] });

  const located = cli.locate(project.packageDir);
  if (!located) return unchecked(`the repository's Prisma CLI is not installed (no node_modules/.bin/prisma from ${project.packageDir}); run the package manager's install first`);
  if (!provider) return unchecked('the schema has no datasource');
  if (provider !== 'sqlite' && !shadowDatabaseUrl) return unchecked('it needs a shadow database: set the shadow-database-url input or datasource.shadowDatabaseUrl in prisma.config.ts');

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

function canarySchema(provider: string): string {
  const id = provider === 'mongodb' ? 'String @id @map("_id")' : 'Int @id';
  return `datasource db {\n  provider = "${provider}"\n}\n\nmodel ${CANARY_TABLE} {\n  id ${id}\n}\n`;
}

function describe(r: CommandResult): string {
  const err = r.stderr.trim().split('\n').filter((l) => l.trim() !== '' && !l.startsWith('Loaded Prisma config')).slice(-3).join(' ');
  if (r.exitCode === null) return `did not run (${err || 'no output'})`;
  return `exited ${r.exitCode}${r.stdout.trim() === '' ? ' with no output' : ''}${err ? `: ${err}` : ''}`;
}

