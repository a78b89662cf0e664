import { execFileSync } from 'node:child_process';
import type { RepoFs } from '@shared/io/repo-fs';
import { detectPrismaVersion, findPrismaProjects, readGenerators, readSchemaFiles, schemaWasm } from '@shared/prisma';
import { detectPackageManager, type PackageManager } from './package-manager';

export interface FoundProject {
  schemaPath: string;
  /** The package whose Prisma CLI generates the client (where `prisma generate` runs). */
  packageDir: string;
  migrationsDir: string;
  /** Migration folders in it, 0 when it does not exist (a `prisma db push` repository). */
  migrations: number;
  /** Every generated client this schema declares is committed: CI needs no `prisma generate`. */
  clientCommitted: boolean;
}

export interface Discovery {
  projects: FoundProject[];
  /** Problems discovery met (a config that throws, a schema path that does not exist), for the user to review. */
  problems: string[];
  turboJson?: string;
  edgeEntries: { file: string; why: string }[];
  packageManager: PackageManager;
  /** The branch pushes to which also run the guards (the default branch when git knows it). */
  defaultBranch: string;
}

/** What `bickford init` finds in a repository: the same discovery the guards run, so what it writes is what they use. */
export function discover(fs: RepoFs, edgeEntries: Discovery['edgeEntries']): Discovery {
  const found = findPrismaProjects(fs, {});
  const tracked = trackedFiles(fs.root);
  const projects = found.projects.map((p): FoundProject => {
    const migrations = fs.isDirectory(p.migrationsDir) ? fs.list(p.migrationsDir).filter((n) => fs.isDirectory(`${p.migrationsDir}/${n}`)).length : 0;
    return { schemaPath: p.schemaPath, packageDir: p.packageDir, migrationsDir: p.migrationsDir, migrations, clientCommitted: clientCommitted(fs, p, tracked) };
  });
  const problems = [...found.problems, ...found.projects.flatMap((p) => p.problems)].map((p) => `${p.location ? `${p.location.file}: ` : ''}${p.message}`);
  const turboJson = ['turbo.json', 'turbo.jsonc'].find((f) => fs.isFile(f));
  return { projects, problems, turboJson, edgeEntries, packageManager: detectPackageManager(fs), defaultBranch: defaultBranch(fs.root) };
}

/**
 * Whether CI has the generated client without running `prisma generate`: every generator that writes a client
 * writes it to a folder the repository tracks. prisma-client-js without `output` writes into node_modules,
 * which is never committed; an unreadable schema counts as not committed (generating is the safe side).
 */
function clientCommitted(fs: RepoFs, project: Parameters<typeof readGenerators>[1], tracked: readonly string[] | undefined): boolean {
  if (!tracked) return false;
  try {
    const files = readSchemaFiles(fs, project);
    const wasm = schemaWasm(detectPrismaVersion(fs, project.packageDir).major);
    const clients = readGenerators(fs, project, wasm, files).generators.filter((g) => g.provider === 'prisma-client' || g.provider === 'prisma-client-js');
    return clients.length > 0 && clients.every((g) => g.outputWritten && g.output !== undefined && !g.output.split('/').includes('node_modules') && tracked.some((t) => t.startsWith(`${g.output}/`)));
  } catch {
    return false;
  }
}

function trackedFiles(root: string): string[] | undefined {
  try {
    return execFileSync('git', ['ls-files', '-z', '--full-name', '.'], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] })
      .split('\0')
      .filter(Boolean)
      .map((f) => (prefix(root) ? f.slice(prefix(root).length) : f));
  } catch {
    return undefined;
  }
}

const prefixes = new Map<string, string>();
function prefix(root: string): string {
  if (!prefixes.has(root)) {
    try {
      prefixes.set(root, execFileSync('git', ['rev-parse', '--show-prefix'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    } catch {
      prefixes.set(root, '');
    }
  }
  return prefixes.get(root)!;
}

/** origin's HEAD when the clone knows it, else the branch checked out, else main. */
function defaultBranch(root: string): string {
  const git = (args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  try {
    return git(['symbolic-ref', '--short', 'refs/remotes/origin/HEAD']).replace(/^origin\//, '');
  } catch {
    try {
      return git(['symbolic-ref', '--short', 'HEAD']) || 'main';
    } catch {
      return 'main';
    }
  }
}
