import type { RepoFs } from '@shared/io/repo-fs';

export interface PackageManager {
  name: 'npm' | 'pnpm' | 'yarn' | 'bun';
  /** The lockfile it was told from, or undefined when there is none. */
  lockfile?: string;
  /** The install step's command, frozen to the lockfile. */
  install: string;
  /** How to run a package's binary (`npx prisma`). */
  exec: string;
  /** setup-node's `cache` value, when setup-node can cache this manager. */
  cache?: 'npm' | 'pnpm' | 'yarn';
}

/**
 * The package manager, from the lockfile at the root (what CI must install from), as each manager's own
 * documentation names its frozen install: `npm ci`, `pnpm install --frozen-lockfile`, `yarn install --immutable`
 * (Berry; Yarn 1: `--frozen-lockfile`), `bun install --frozen-lockfile`. pnpm and Yarn come from Corepack, which
 * installs the version the `packageManager` field names.
 */
export function detectPackageManager(fs: RepoFs): PackageManager {
  if (fs.isFile('pnpm-lock.yaml')) return { name: 'pnpm', lockfile: 'pnpm-lock.yaml', install: 'corepack enable && pnpm install --frozen-lockfile', exec: 'pnpm exec', cache: 'pnpm' };
  if (fs.isFile('yarn.lock')) {
    const berry = fs.isFile('.yarnrc.yml') || /"packageManager"\s*:\s*"yarn@([2-9]|\d{2,})/.test(readOr(fs, 'package.json'));
    return { name: 'yarn', lockfile: 'yarn.lock', install: `corepack enable && yarn install ${berry ? '--immutable' : '--frozen-lockfile'}`, exec: 'yarn', cache: 'yarn' };
  }
  const bun = ['bun.lock', 'bun.lockb'].find((f) => fs.isFile(f));
  if (bun) return { name: 'bun', lockfile: bun, install: 'bun install --frozen-lockfile', exec: 'bunx' };
  if (fs.isFile('package-lock.json')) return { name: 'npm', lockfile: 'package-lock.json', install: 'npm ci', exec: 'npx', cache: 'npm' };
  if (fs.isFile('npm-shrinkwrap.json')) return { name: 'npm', lockfile: 'npm-shrinkwrap.json', install: 'npm ci', exec: 'npx', cache: 'npm' };
  return { name: 'npm', install: 'npm install', exec: 'npx' };
}

function readOr(fs: RepoFs, file: string): string {
  try {
    return fs.readText(file);
  } catch {
    return '';
  }
}
