import picomatch from 'picomatch';
import { DEFAULT_SKIP, type GlobOptions, type RepoFs } from '@shared/io/repo-fs';

/**
 * Names RepoFs.glob skips unless a pattern names them (shared/io/repo-fs.ts DEFAULT_SKIP): a glob that
 * names one goes to the real walk, so the answer never differs from an uncached glob.
 */
const WALK_SKIPS = [...DEFAULT_SKIP];

type Kind = 'file' | 'dir' | 'none';

/**
 * A RepoFs for one run that asks the disk each question once. Resolution probes many names that do not
 * exist (`m1`, `m1.ts`, `m1.tsx`...): a name missing from its directory's listing is answered without a
 * stat, and a failed stat costs an exception. The repository is walked once, and every glob from the root
 * (workspaces, Prisma schemas and configs, configured entries) filters that one list instead of walking again.
 */
export class CachingRepoFs implements RepoFs {
  readonly root: string;
  private readonly listings = new Map<string, { names: string[]; set: Set<string> }>();
  private readonly kinds = new Map<string, Kind>();
  private readonly texts = new Map<string, string>();
  private readonly reals = new Map<string, string | undefined>();
  private allFiles?: string[];

  constructor(private readonly inner: RepoFs) {
    this.root = inner.root;
  }

  abs(rel: string): string {
    return this.inner.abs(rel);
  }

  rel(abs: string): string {
    return this.inner.rel(abs);
  }

  exists(rel: string): boolean {
    return this.kind(rel) !== 'none' || this.inner.exists(rel);
  }

  isFile(rel: string): boolean {
    return this.kind(rel) === 'file';
  }

  isDirectory(rel: string): boolean {
    return this.kind(rel) === 'dir';
  }

  readText(rel: string): string {
    let text = this.texts.get(rel);
    if (text === undefined) this.texts.set(rel, (text = this.inner.readText(rel)));
    return text;
  }

  readBytes(rel: string): Buffer {
    return this.inner.readBytes(rel);
  }

  list(rel: string): string[] {
    return this.listing(rel).names;
  }

  realpath(rel: string): string | undefined {
    if (!this.reals.has(rel)) this.reals.set(rel, this.inner.realpath(rel));
    return this.reals.get(rel);
  }

  glob(patterns: string | string[], options: GlobOptions = {}): string[] {
    const list = Array.isArray(patterns) ? patterns : [patterns];
    // A walk from a sub-directory sees a directory symlinked into it that a walk from the root met first
    // under its other name: only root globs share the one walk, so every answer stays the uncached one.
    const fromRoot = (options.cwd ?? '.') === '.';
    if (!fromRoot || options.leafMarker !== undefined || list.some((p) => WALK_SKIPS.some((s) => p.includes(s)))) return this.inner.glob(patterns, options);
    this.allFiles ??= this.inner.glob('**');
    const isMatch = picomatch(list, { dot: true, ignore: options.ignore });
    return this.allFiles.filter((f) => isMatch(f));
  }

  private listing(dir: string): { names: string[]; set: Set<string> } {
    let l = this.listings.get(dir);
    if (!l) {
      const names = this.inner.list(dir);
      this.listings.set(dir, (l = { names, set: new Set(names) }));
    }
    return l;
  }

  private kind(rel: string): Kind {
    let k = this.kinds.get(rel);
    if (k !== undefined) return k;
    const slash = rel.lastIndexOf('/');
    const name = rel.slice(slash + 1);
    const plain = name !== '' && name !== '.' && name !== '..' && !rel.startsWith('../') && !rel.includes('/../');
    if (plain && !this.listing(slash < 0 ? '.' : rel.slice(0, slash)).set.has(name)) k = 'none';
    else k = this.inner.isFile(rel) ? 'file' : this.inner.isDirectory(rel) ? 'dir' : 'none';
    this.kinds.set(rel, k);
    return k;
  }
}
