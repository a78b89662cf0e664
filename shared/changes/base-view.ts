import { InternalError } from '../errors';
import type { ChangedFile, GitReader } from '../io/git';
import type { RepoFs } from '../io/repo-fs';

/**
 * The base commit as the API described it, for a clone that lacks it: a file is the head's unless the change
 * set says otherwise, and the files a guard needs the old text of (edited migrations) were fetched beforehand.
 * Every other question goes to git.
 */
export class ApiBaseView implements GitReader {
  private readonly byPath = new Map<string, ChangedFile>();
  private readonly previous = new Map<string, ChangedFile>();

  constructor(
    private readonly inner: GitReader,
    private readonly fs: RepoFs,
    private readonly base: string,
    private readonly files: readonly ChangedFile[],
    /** Guard-root-relative path → its content at the base. */
    private readonly contents: ReadonlyMap<string, string>,
  ) {
    for (const f of files) {
      this.byPath.set(f.path, f);
      if (f.previousPath) this.previous.set(f.previousPath, f);
    }
  }

  hasCommit(ref: string): boolean {
    return ref === this.base || this.inner.hasCommit(ref);
  }

  changedFiles(base: string, head: string): ChangedFile[] | undefined {
    return base === this.base ? [...this.files] : this.inner.changedFiles(base, head);
  }

  show(ref: string, given: string): string | undefined {
    if (ref !== this.base) return this.inner.show(ref, given);
    // `./x` is guard-root-relative for git (CliGitReader) as here: without this, an edited migration asked for as
    // `./...` (migration-score) missed its fetched base text and got the head's.
    const rel = given.replace(/^(\.\/)+/, '');
    if (this.contents.has(rel)) return this.contents.get(rel);
    const change = this.byPath.get(rel);
    const renamedAway = this.previous.get(rel);
    if (renamedAway || (change && change.status !== 'added' && change.status !== 'renamed')) {
      throw new InternalError(`the base content of ${rel} was needed but not fetched: the guard's needsBaseContent does not cover it`);
    }
    if (change) return undefined; // added (or renamed into) by the PR: absent at the base
    return this.fs.isFile(rel) ? this.fs.readText(rel) : undefined;
  }

  listFiles(ref: string, dirRel: string): string[] {
    if (ref !== this.base) return this.inner.listFiles(ref, dirRel);
    const under = (p: string) => dirRel === '' || dirRel === '.' || p.startsWith(`${dirRel.replace(/\/$/, '')}/`);
    const paths = new Set(this.fs.isDirectory(dirRel) ? this.fs.glob(`${dirRel.replace(/\/$/, '')}/**`) : []);
    for (const f of this.files) {
      if (f.status === 'added' || f.status === 'renamed') paths.delete(f.path);
      if (f.status === 'deleted' && under(f.path)) paths.add(f.path);
      if (f.status === 'renamed' && f.previousPath && under(f.previousPath)) paths.add(f.previousPath);
    }
    return [...paths].filter(under).sort();
  }
}
