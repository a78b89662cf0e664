import type { RepoFs } from '@shared/io/repo-fs';
import type { Finding } from '@shared/findings/finding';
import type { PrismaProject } from '@shared/prisma';
import { defineRule } from '@shared/rules/define-rule';

export const prismaMigrationLockMismatch = defineRule({
  id: 'prisma-migration-lock-mismatch',
  guard: 'prisma-guard',
  severity: 'error',
  description: 'migration_lock.toml names another provider than the datasource.',
  help: 'Migrations were written for another database: recreate them for the datasource provider, or fix the provider.',
});

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
    prismaMigrationLockMismatch.report({
      message: `${file} says the migrations were written for "${locked}", but the datasource provider is "${provider}"`,
      location: { file, line: i + 1, column: lines[i].indexOf('"') + 1 },
      fingerprintKey: `${locked}->${provider}`,
    }),
  ];
}
