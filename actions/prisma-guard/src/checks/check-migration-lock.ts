import type { RepoFs } from '@shared/io/repo-fs';
import type { Finding } from '@shared/findings/finding';
import type { PrismaProject } from '@shared/prisma';
import { finding } from '../report';

/** migration_lock.toml records the provider the migrations were written for; SQL for one database does not run on another. */
export function checkMigrationLock(fs: RepoFs, project: PrismaProject, provider: string | undefined): Finding[] {
  const file = `${project.migrationsDir}/migration_lock.toml`;
  if (!provider || !fs.isFile(file)) return [];
  const lines = fs.readText(file).split('\n');
  const i = lines.findIndex((l) => /^\s*provider\s*=/.test(l));
  if (i < 0) return [];
  const locked = /=\s*"([^"]*)"/.exec(lines[i])?.[1];
  if (locked === undefined || locked === provider) return [];
  return [
    finding({
      ruleId: 'prisma-migration-lock-mismatch',
      message: `${file} says the migrations were written for "${locked}", but the datasource provider is "${provider}"`,
      location: { file, line: i + 1, column: lines[i].indexOf('"') + 1 },
      fingerprintKey: `${locked}->${provider}`,
    }),
  ];
}
