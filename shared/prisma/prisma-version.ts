import type { RepoFs } from '@shared/io/repo-fs';
import type { PrismaMajor } from './schema-wasm';
import { installedVersion } from './node-modules';
import { dirOf, joinRel } from '@shared/io/repo-path';

export interface PrismaVersion {
  /** The rules this build validates with: 6 or 7. */
  major: PrismaMajor;
  /** The major version as found (5 for `^5.22.0`); below 6 there are no rules to validate with. */
  foundMajor: number;
  /** The version or range found, e.g. `7.10.1` or `^6.19.0`; undefined when nothing names Prisma. */
  version?: string;
  /** Where it was read, for the headline: `packages/db/node_modules/prisma`, `packages/db/package.json`. */
  source: string;
}

const NAMES = ['prisma', '@prisma/client'];

/**
 * The Prisma major version a package uses: the installed CLI first (what `prisma validate` would run),
 * then the package.json ranges from the package up to the root, then the lockfile. Majors after 7 are
 * validated as 7, the nearest rules this build ships; majors before 6 keep `foundMajor` so the guard can
 * say it has no rules for them (Prisma 6's rules give advice Prisma 5 rejects).
 */
export function detectPrismaVersion(fs: RepoFs, packageDir: string): PrismaVersion {
  for (const name of NAMES) {
    const v = installedVersion(fs, packageDir, name);
    if (v) return { major: toMajor(v), foundMajor: majorOf(v), version: v, source: `node_modules/${name} (installed)` };
  }
  for (let dir = packageDir; ; dir = dirOf(dir)) {
    const file = joinRel(dir, 'package.json');
    const range = dependencyRange(fs, file);
    if (range) return { major: toMajor(range), foundMajor: majorOf(range), version: range, source: file };
    if (dir === '.') break;
  }
  const locked = lockedVersion(fs);
  if (locked) return { major: toMajor(locked.version), foundMajor: majorOf(locked.version), version: locked.version, source: locked.file };
  return { major: 7, foundMajor: 7, source: 'no prisma dependency found; assuming Prisma 7' };
}

function dependencyRange(fs: RepoFs, file: string): string | undefined {
  if (!fs.isFile(file)) return undefined;
  try {
    const pkg = JSON.parse(fs.readText(file)) as Record<string, Record<string, string> | undefined>;
    for (const field of ['devDependencies', 'dependencies', 'peerDependencies']) {
      for (const name of NAMES) {
        const r = pkg[field]?.[name];
        if (typeof r === 'string' && /\d/.test(r)) return r;
      }
    }
  } catch {
    /* a broken package.json is someone else's finding */
  }
  return undefined;
}

function lockedVersion(fs: RepoFs): { file: string; version: string } | undefined {
  const patterns: [string, RegExp][] = [
    ['package-lock.json', /"node_modules\/prisma":\s*\{\s*"version":\s*"([^"]+)"/],
    ['pnpm-lock.yaml', /^\s+\/?prisma@(\d[^:(\s]*)/m],
    ['yarn.lock', /^"?prisma@[^\n]*\n\s+version:?\s+"?([^"\n]+)"?/m],
  ];
  for (const [file, re] of patterns) {
    if (!fs.isFile(file)) continue;
    const m = re.exec(fs.readText(file));
    if (m) return { file, version: m[1] };
  }
  return undefined;
}

export function toMajor(version: string): PrismaMajor {
  return majorOf(version) <= 6 ? 6 : 7;
}

/** The first number of a version or range (`~5.22.0` is 5); 7 when there is none. */
export function majorOf(version: string): number {
  const m = /(\d+)\./.exec(version) ?? /(\d+)/.exec(version);
  return m ? Number(m[1]) : 7;
}
