import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findRepoRoot } from '../io/git';

/** A checkout of the base commit beside the clone, removed by `dispose()`. */
export interface BaseTree {
  /** The guard root inside the base checkout (the same `working-directory`), absolute. */
  root: string;
  dispose(): void;
}

function git(cwd: string, args: string[]): { ok: boolean; err: string } {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
  return { ok: r.status === 0, err: ((r.stderr ?? '') + (r.error ? r.error.message : '')).trim() };
}

/**
 * `git worktree add --detach` of the base into a temporary folder: the clone's own checkout is never touched.
 * Installed dependencies are not committed, so each `node_modules` of the head is linked into the same folder
 * of the base tree: a guard that resolves imports must see the base's code with the packages it ran with,
 * or every import would look unresolved at the base. Returns why not when the clone cannot give the base.
 */
export function checkoutBase(guardRoot: string, prefix: string, commit: string, tempDir: string): BaseTree | string {
  const top = findRepoRoot(guardRoot);
  if (!top) return 'the guard root is not inside a git repository';
  const dir = tempFolder(tempDir);
  return finish(top, dir, prefix, commit, git(top, addArgs(dir, commit)));
}

/**
 * `checkoutBase` in the background: git writes the base tree on the other core while the guard runs at the head,
 * so new-code mode's wall time does not wait for it. The promise never rejects; dispose what it gives.
 */
export function checkoutBaseAsync(guardRoot: string, prefix: string, commit: string, tempDir: string): Promise<BaseTree | string> {
  const top = findRepoRoot(guardRoot);
  if (!top) return Promise.resolve('the guard root is not inside a git repository');
  const dir = tempFolder(tempDir);
  return new Promise((resolve) => {
    let err = '';
    const child = spawn('git', addArgs(dir, commit), { cwd: top, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' }, stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('error', (e) => resolve(finish(top, dir, prefix, commit, { ok: false, err: e.message })));
    child.on('close', (code) => resolve(finish(top, dir, prefix, commit, { ok: code === 0, err: err.trim() })));
  });
}

function tempFolder(tempDir: string): string {
  fs.mkdirSync(tempDir, { recursive: true });
  return fs.mkdtempSync(path.join(tempDir || os.tmpdir(), 'bickford-base-'));
}

const addArgs = (dir: string, commit: string) => ['worktree', 'add', '--detach', '--quiet', dir, commit];

function finish(top: string, dir: string, prefix: string, commit: string, add: { ok: boolean; err: string }): BaseTree | string {
  if (!add.ok) {
    fs.rmSync(dir, { recursive: true, force: true });
    git(top, ['worktree', 'prune']);
    return `git worktree add ${commit.slice(0, 7)}: ${add.err.split('\n').pop() || 'failed'}`;
  }
  linkDependencies(top, dir);
  return {
    root: path.join(dir, prefix),
    dispose() {
      // Removing the folder and pruning is what `git worktree remove --force` does, without a git process walking
      // every file first; the linked node_modules are links, so the head's stay.
      fs.rmSync(dir, { recursive: true, force: true });
      git(top, ['worktree', 'prune']);
    },
  };
}

// Deep enough for apps/*/ and packages/*/ of a monorepo (and one more level), never inside node_modules itself.
const MAX_DEPTH = 4;
const SKIP = new Set(['.git', 'node_modules', '.next', '.turbo', '.bickford']);

function linkDependencies(head: string, base: string, rel = '', depth = 0): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(path.join(head, rel), { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    if (!e.isDirectory()) continue;
    const child = rel ? path.join(rel, e.name) : e.name;
    if (e.name === 'node_modules') {
      const target = path.join(base, child);
      if (fs.existsSync(path.dirname(target)) && !fs.existsSync(target)) fs.symlinkSync(path.join(head, child), target, 'dir');
      continue;
    }
    if (SKIP.has(e.name) || depth >= MAX_DEPTH) continue;
    linkDependencies(head, base, child, depth + 1);
  }
}
