import picomatch from 'picomatch';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { compareStrings } from '../compare';
import { ConfigurationError } from '../errors';
import type { RepoFs } from './repo-fs';

/** A package of the repository: `dir` is repository-relative, `.` for the root. */
export interface WorkspacePackage {
  /** `name` from its package.json, or its directory when it has none. */
  name: string;
  dir: string;
  manifest: Record<string, unknown>;
}

export type PackageManager = 'npm' | 'pnpm' | 'yarn' | 'bun';

export interface WorkspaceLayout {
  /** The package manager whose workspace list was read (turbo's detection: `packageManager`, then the lockfile). */
  manager: PackageManager | undefined;
  /** The file the list came from, or undefined for a single-package repository. */
  source: 'pnpm-workspace.yaml' | 'package.json' | undefined;
  root: { dir: '.'; name: string | undefined; manifest: Record<string, unknown> };
  /** Every workspace package other than the root, sorted by directory. */
  packages: WorkspacePackage[];
}

const LOCKFILES: [string, PackageManager][] = [
  ['pnpm-lock.yaml', 'pnpm'],
  ['package-lock.json', 'npm'],
  ['npm-shrinkwrap.json', 'npm'],
  ['yarn.lock', 'yarn'],
  ['bun.lock', 'bun'],
  ['bun.lockb', 'bun'],
];

export type ReadJson = (file: string) => Record<string, unknown> | undefined;

function parseJsonObject(fs: RepoFs): ReadJson {
  return (file) => {
    try {
      const value = JSON.parse(fs.readText(file)) as unknown;
      return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
    } catch {
      return undefined;
    }
  };
}

/**
 * The package manager: the root's `packageManager` (or `devEngines.packageManager`), as turbo reads it
 * (crates/turborepo-repository/src/package_manager). turbo 2 refuses a repository without one; here the one
 * lockfile present decides instead (the manager that installed it), and undefined when that is not one either.
 */
export function detectPackageManager(fs: RepoFs, root: Record<string, unknown>): PackageManager | undefined {
  const devEngines = root.devEngines as { packageManager?: { name?: unknown } } | undefined;
  const declared = typeof root.packageManager === 'string' ? root.packageManager.split('@')[0] : devEngines?.packageManager?.name;
  if (declared === 'npm' || declared === 'pnpm' || declared === 'yarn' || declared === 'bun') return declared;
  const found = new Set(LOCKFILES.filter(([file]) => fs.isFile(file)).map(([, pm]) => pm));
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * The workspace globs the repository's package manager reads. pnpm reads only pnpm-workspace.yaml and ignores
 * package.json `workspaces`; npm, yarn and bun read only package.json. With both files present the package
 * manager decides; when nothing names one, pnpm-workspace.yaml (which only pnpm reads) wins.
 */
export function workspaceGlobs(fs: RepoFs, root: Record<string, unknown>, manager = detectPackageManager(fs, root)): { globs: string[]; source: WorkspaceLayout['source'] } {
  if (fs.isFile('pnpm-workspace.yaml') && (manager === 'pnpm' || manager === undefined)) {
    const text = fs.readText('pnpm-workspace.yaml');
    let doc: { packages?: unknown } | null;
    try {
      doc = parseYaml(text) as { packages?: unknown } | null;
    } catch (e) {
      // pnpm refuses to install with it, and the workspace packages are unknown: say where, never guess.
      const at = e instanceof YAMLParseError ? e.linePos?.[0] : undefined;
      throw new ConfigurationError(`pnpm-workspace.yaml is not valid YAML: ${(e as Error).message.split('\n')[0]}`, undefined, { file: 'pnpm-workspace.yaml', line: at?.line, column: at?.col });
    }
    return { globs: Array.isArray(doc?.packages) ? doc.packages.map(String) : [], source: 'pnpm-workspace.yaml' };
  }
  const ws = root.workspaces;
  const list = Array.isArray(ws) ? ws : ws && typeof ws === 'object' && Array.isArray((ws as { packages?: unknown }).packages) ? (ws as { packages: unknown[] }).packages : undefined;
  return list ? { globs: list.map(String), source: 'package.json' } : { globs: [], source: undefined };
}

/**
 * The root package and every workspace package, found the way the package managers do: each glob names
 * directories that hold a package.json, `!glob` excludes, node_modules is never walked. A package.json that
 * is not a JSON object is not a package.
 */
export function discoverWorkspaces(fs: RepoFs, readJson: ReadJson = parseJsonObject(fs)): WorkspaceLayout {
  const rootManifest = (fs.isFile('package.json') && readJson('package.json')) || {};
  const manager = detectPackageManager(fs, rootManifest);
  const { globs, source } = workspaceGlobs(fs, rootManifest, manager);
  const root = { dir: '.' as const, name: typeof rootManifest.name === 'string' ? rootManifest.name : undefined, manifest: rootManifest };
  const tidy = globs.map((g) => g.replace(/^!?\.\//, (m) => (m.startsWith('!') ? '!' : '')).replace(/\/+$/, ''));
  const include = tidy.filter((g) => !g.startsWith('!')).map((g) => `${g}/package.json`);
  const exclude = tidy.filter((g) => g.startsWith('!')).map((g) => g.slice(1));
  if (include.length === 0) return { manager, source, root, packages: [] };
  const excluded = exclude.length > 0 ? picomatch(exclude) : () => false;
  const packages: WorkspacePackage[] = [];
  for (const file of fs.glob(include)) {
    const dir = file.slice(0, -'/package.json'.length);
    if (!dir || excluded(dir)) continue;
    const manifest = readJson(file);
    if (manifest) packages.push({ name: typeof manifest.name === 'string' ? manifest.name : dir, dir, manifest });
  }
  return { manager, source, root, packages: packages.sort((a, b) => compareStrings(a.dir, b.dir)) };
}
