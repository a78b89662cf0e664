import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Read-only questions to git about the repository, for engines that compare with the PR's base. Paths are guard-root-relative. */
export interface GitReader {
  /** Whether `ref` names a commit that this clone has. */
  hasCommit(ref: string): boolean;
  /** Files changed between the merge base of base and head, and head (`git diff base...head`), with their status. */
  changedFiles(base: string, head: string): ChangedFile[] | undefined;
  /** A file's content at a ref, or undefined when it did not exist there. */
  show(ref: string, rel: string): string | undefined;
  /** Paths of all files under a directory at a ref. */
  listFiles(ref: string, dirRel: string): string[];
}

export interface ChangedFile {
  path: string;
  status: 'added' | 'modified' | 'deleted' | 'renamed';
  previousPath?: string;
}

/** What the change-set resolver asks of git beyond reading: the merge base, and fetching what a shallow checkout lacks. */
export interface GitHistory {
  /** The guard root's path inside the repository (`monorepo/`), '' at the top, undefined outside any repository. */
  readonly prefix: string | undefined;
  mergeBase(base: string, head: string): string | undefined;
  isShallow(): boolean;
  /**
   * `git fetch --no-tags` of these commits from origin, `depth` commits deep (or `--unshallow`), each into
   * refs/bickford/<name>. Uses whatever credentials the checkout persisted; never prompts.
   */
  fetch(refs: Record<string, string>, depth: number | 'unshallow'): { ok: boolean; message: string };
  /** The commit a ref names, when the clone has it. */
  resolve(ref: string): string | undefined;
}

/** The directory holding `.git` (a folder, or a file in a worktree or submodule), from `dir` upwards. */
export function findRepoRoot(dir: string): string | undefined {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    if (fs.existsSync(path.join(d, '.git'))) return d;
    if (path.dirname(d) === d) return undefined;
  }
}

/** `monorepo/` for a guard root at <repo>/monorepo, '' at the repository root, undefined outside a repository. */
export function prefixOf(guardRoot: string): string | undefined {
  const repoRoot = findRepoRoot(guardRoot);
  if (repoRoot === undefined) return undefined;
  const rel = path.relative(repoRoot, path.resolve(guardRoot)).split(path.sep).join('/');
  return rel === '' ? '' : `${rel}/`;
}

// A fetch that hangs (a proxy that swallows the connection) must not hold the step until the job times out.
const FETCH_TIMEOUT_MS = 180_000;

export class CliGitReader implements GitReader, GitHistory {
  readonly prefix: string | undefined;
  private readonly top: string;

  constructor(private readonly cwd: string) {
    this.prefix = prefixOf(cwd);
    this.top = this.prefix === undefined ? cwd : (findRepoRoot(cwd) ?? cwd);
  }

  private git(args: string[], timeout?: number): { ok: boolean; out: string; err: string } {
    const r = spawnSync('git', args, {
      cwd: this.top,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      timeout,
      // GIT_TERMINAL_PROMPT=0: without persisted credentials git must fail, not wait for a password.
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GCM_INTERACTIVE: 'never' },
    });
    return { ok: r.status === 0, out: r.stdout ?? '', err: (r.stderr ?? '') + (r.error ? String(r.error.message) : '') };
  }

  private full(rel: string): string {
    return `${this.prefix ?? ''}${rel}`.replace(/\/+$/, '');
  }

  hasCommit(ref: string): boolean {
    return this.git(['cat-file', '-e', `${ref}^{commit}`]).ok;
  }

  /** Repository-relative paths (the resolver translates them into the guard root). */
  changedFiles(base: string, head: string): ChangedFile[] | undefined {
    const r = this.git(['diff', '--name-status', '-z', '-M', `${base}...${head}`]);
    if (!r.ok) return undefined;
    const parts = r.out.split('\0').filter((p) => p !== '');
    const files: ChangedFile[] = [];
    for (let i = 0; i < parts.length; ) {
      const code = parts[i++];
      if (code.startsWith('R')) {
        const previousPath = parts[i++];
        files.push({ path: parts[i++], status: 'renamed', previousPath });
      } else {
        const status = code === 'A' ? 'added' : code === 'D' ? 'deleted' : 'modified';
        files.push({ path: parts[i++], status });
      }
    }
    return files;
  }

  show(ref: string, rel: string): string | undefined {
    const r = this.git(['show', `${ref}:${this.full(rel)}`]);
    return r.ok ? r.out : undefined;
  }

  listFiles(ref: string, dirRel: string): string[] {
    const r = this.git(['ls-tree', '-r', '--name-only', '--full-name', '-z', ref, '--', this.full(dirRel)]);
    if (!r.ok) return [];
    const prefix = this.prefix ?? '';
    return r.out.split('\0').filter((p) => p.startsWith(prefix) && p !== '').map((p) => p.slice(prefix.length));
  }

  mergeBase(base: string, head: string): string | undefined {
    const r = this.git(['merge-base', base, head]);
    return r.ok ? r.out.trim() || undefined : undefined;
  }

  isShallow(): boolean {
    return this.git(['rev-parse', '--is-shallow-repository']).out.trim() === 'true';
  }

  fetch(refs: Record<string, string>, depth: number | 'unshallow'): { ok: boolean; message: string } {
    const specs = Object.entries(refs).map(([name, ref]) => `+${ref}:refs/bickford/${name}`);
    const deep = depth === 'unshallow' ? (this.isShallow() ? ['--unshallow'] : []) : [`--depth=${depth}`];
    const r = this.git(['fetch', '--no-tags', '--quiet', '--no-recurse-submodules', ...deep, 'origin', ...specs], FETCH_TIMEOUT_MS);
    return { ok: r.ok, message: r.ok ? 'fetched' : r.err.trim().split('\n').pop() || 'git fetch failed' };
  }

  resolve(ref: string): string | undefined {
    const r = this.git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    return r.ok ? r.out.trim() : undefined;
  }
}
