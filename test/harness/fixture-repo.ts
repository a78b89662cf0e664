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
