import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export type FileTree = Record<string, string | Buffer | null>;

export interface FixtureRepo {
  dir: string;
  base: string;
  head: string;
}

function git(dir: string, args: string[]): string {
  return execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 'fixture', GIT_AUTHOR_EMAIL: 'f@example.com', GIT_COMMITTER_NAME: 'fixture', GIT_COMMITTER_EMAIL: 'f@example.com' },
  }).trim();
}

export function writeTree(dir: string, tree: FileTree): void {
  for (const [rel, content] of Object.entries(tree)) {
    const file = path.join(dir, rel);
    if (content === null) {
      fs.rmSync(file, { recursive: true, force: true });
      continue;
    }
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
}

/** Copies a directory of fixture files into a tree (a fixture monorepo kept beside the tests). */
export function treeFromDir(dir: string, prefix = ''): FileTree {
  const tree: FileTree = {};
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const abs = path.join(dir, e.name);
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) Object.assign(tree, treeFromDir(abs, rel));
    else if (e.isFile()) tree[rel] = fs.readFileSync(abs);
  }
  return tree;
}

/**
 * A git repository with a base commit and a head commit on top of it, as a PR's checkout has:
 * `head` is `base` plus the changes (null deletes a file).
 */
export function createFixtureRepo(base: FileTree, changes: FileTree): FixtureRepo {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bickford-repo-'));
  git(dir, ['init', '-q', '-b', 'main']);
  writeTree(dir, base);
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '--allow-empty', '-m', 'base']);
  const baseSha = git(dir, ['rev-parse', 'HEAD']);
  writeTree(dir, changes);
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '--allow-empty', '-m', 'head']);
  return { dir, base: baseSha, head: git(dir, ['rev-parse', 'HEAD']) };
}

/** Every path of a tree moved under `folder/`, for a repository whose app lives in a subfolder (`working-directory`). */
export function underFolder(folder: string, tree: FileTree): FileTree {
  return Object.fromEntries(Object.entries(tree).map(([rel, content]) => [`${folder}/${rel}`, content]));
}

/**
 * What actions/checkout leaves by default: a clone of the PR's head, one commit deep, so the base commit is absent.
 * `origin: 'unreachable'` points origin at a missing path, as a checkout without persisted credentials (or
 * behind a proxy that refuses git) is for a later `git fetch`.
 */
export function shallowClone(full: FixtureRepo, origin: 'reachable' | 'unreachable' = 'reachable'): FixtureRepo {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bickford-shallow-'));
  git(dir, ['clone', '-q', '--depth', '1', '--no-tags', `file://${full.dir}`, '.']);
  if (origin === 'unreachable') git(dir, ['remote', 'set-url', 'origin', path.join(dir, '..', 'bickford-no-such-origin')]);
  if (git(dir, ['rev-parse', '--is-shallow-repository']) !== 'true') throw new Error('shallowClone: the clone is not shallow');
  return { dir, base: full.base, head: full.head };
}
