import type { RepoFs } from '@shared/io/repo-fs';
import type { Finding } from '@shared/findings/finding';
import { defineRule } from '@shared/rules/define-rule';
import { lockedVersions } from '../checks/lockfile-versions';

export const prismaClientDuplicateVersions = defineRule({
  id: 'prisma-client-duplicate-versions',
  guard: 'prisma-guard',
  severity: 'error',
  description: 'The lockfile resolves more than one @prisma/client version.',
  help: 'Align every package on one @prisma/client version (overrides/resolutions if a dependency pins another).',
});

const LOCKFILES = ['package-lock.json', 'npm-shrinkwrap.json', 'pnpm-lock.yaml', 'yarn.lock'];

/** Two resolved @prisma/client versions mean two generated-client runtimes and two connection pools. */
export function checkLockfiles(fs: RepoFs): Finding[] {
  const findings: Finding[] = [];
  for (const file of LOCKFILES.filter((f) => fs.isFile(f))) {
    const versions = lockedVersions(file, fs.readText(file), '@prisma/client');
    if (versions.length < 2) continue;
    findings.push(
      prismaClientDuplicateVersions.report({
        message: `${file} resolves ${versions.length} versions of @prisma/client: ${versions.map((v) => v.version).join(', ')}`,
        location: versions[1].location,
        fingerprintKey: versions.map((v) => v.version).sort().join(','),
        trace: versions.map((v) => ({ location: v.location, note: `@prisma/client ${v.version}` })),
      }),
    );
  }
  return findings;
}
