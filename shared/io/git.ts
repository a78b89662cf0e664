import { spawnSync } from 'node:child_process';

/** Read-only questions to git about the repository, for engines that compare with the PR's base. */
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

export class CliGitReader implements GitReader {
  constructor(private readonly cwd: string) {}

  private git(args: string[]): { ok: boolean; out: string } {
    const r = spawnSync('git', args, { cwd: this.cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    return { ok: r.status === 0, out: r.stdout ?? '' };
  }

  hasCommit(ref: string): boolean {
    return this.git(['cat-file', '-e', `${ref}^{commit}`]).ok;
  }

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
    const r = this.git(['show', `${ref}:${rel}`]);
    return r.ok ? r.out : undefined;
  }

  listFiles(ref: string, dirRel: string): string[] {
    const r = this.git(['ls-tree', '-r', '--name-only', '-z', ref, '--', dirRel]);
    return r.ok ? r.out.split('\0').filter(Boolean) : [];
  }
}
