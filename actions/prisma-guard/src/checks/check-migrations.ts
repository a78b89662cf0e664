import type { RepoFs } from '@shared/io/repo-fs';
import type { GitReader } from '@shared/io/git';
import { CHANGE_SET_DOCS, CHANGE_SET_UNKNOWN } from '@shared/changes/change-set-unknown';
import { createFinding, type Finding } from '@shared/findings/finding';
import type { PrismaProject } from '@shared/prisma';
import { migrationDeleted, migrationEdited } from '../rules/prisma-migration-edited';
import { migrationOutOfOrder } from '../rules/prisma-migration-out-of-order';
import { lineDiff } from './line-diff';

export interface MigrationCheckResult {
  findings: Finding[];
  /** Migration folder names at head, sorted (Prisma applies them in this order). */
  migrations: string[];
  comparedWith?: string;
}

/**
 * Applied migrations are immutable: `migrate deploy` never runs an applied migration again, so an edit
 * silently never reaches the databases that ran it. What existed at the base counts as applied. A new folder that sorts before the
 * base's newest would be applied out of order on databases that already have the newer ones.
 */
export function checkMigrations(fs: RepoFs, git: GitReader, project: PrismaProject, base: string | undefined): MigrationCheckResult {
  const dir = project.migrationsDir;
  const migrations = fs.list(dir).filter((n) => fs.isFile(`${dir}/${n}/migration.sql`));
  const findings: Finding[] = [];
  if (!base) return { findings, migrations };
  // A base the clone lacks is not "nothing was edited": the shared resolver fetches or asks the API before this.
  // Without a migrations folder (`db push`) the resolver was not asked (guard.ts): there is nothing to compare.
  if (!git.hasCommit(base)) return { findings: fs.isDirectory(dir) ? [baseUnknown(base, dir)] : [], migrations };

  const atBase = git.listFiles(base, dir).filter((p) => /\/migration\.sql$/.test(p) && p.split('/').length === dir.split('/').length + 2);
  const baseNames = new Set(atBase.map((p) => p.split('/').slice(-2)[0]));
  for (const file of atBase) {
    const before = git.show(base, file) ?? '';
    if (!fs.isFile(file)) {
      findings.push(migrationDeleted(file, short(base)));
      continue;
    }
    const now = fs.readText(file);
    if (normalise(now) === normalise(before)) continue;
    findings.push(migrationEdited(file, short(base), lineDiff(before, now), now.split('\n').length));
  }

  const newestAtBase = [...baseNames].sort().pop();
  if (newestAtBase) {
    for (const name of migrations) {
      if (baseNames.has(name) || name >= newestAtBase) continue;
      findings.push(migrationOutOfOrder(dir, name, newestAtBase, short(base)));
    }
  }
  return { findings, migrations, comparedWith: base };
}

function baseUnknown(base: string, dir: string): Finding {
  return createFinding({
    ruleId: CHANGE_SET_UNKNOWN,
    severity: 'error',
    message: `Cannot tell whether applied migrations in ${dir} were edited: the base ${short(base)} is not a commit in this clone.`,
    help: 'Check out with `fetch-depth: 0`, or name a base the clone has.',
    docsUrl: CHANGE_SET_DOCS,
    fingerprintKey: `base unknown\0${dir}`,
  });
}

function normalise(sql: string): string {
  return sql.replace(/\r\n/g, '\n');
}

function short(ref: string): string {
  return /^[0-9a-f]{40}$/.test(ref) ? ref.slice(0, 7) : ref;
}
