import type { RepoFs } from '@shared/io/repo-fs';

/**
 * Memoises the RepoFs calls that resolution repeats thousands of times (is this a file, what does this
 * package.json say). One instance lives for one run, so nothing goes stale.
 */
export class CachedFs {
  private readonly files = new Map<string, boolean>();
  private readonly dirs = new Map<string, boolean>();
  private readonly json = new Map<string, unknown>();
  private readonly reals = new Map<string, string | undefined>();

  constructor(readonly fs: RepoFs) {}

  isFile(rel: string): boolean {
    let v = this.files.get(rel);
    if (v === undefined) this.files.set(rel, (v = !rel.startsWith('../') && this.fs.isFile(rel)));
    return v;
  }

  isDirectory(rel: string): boolean {
    let v = this.dirs.get(rel);
    if (v === undefined) this.dirs.set(rel, (v = !rel.startsWith('../') && this.fs.isDirectory(rel)));
    return v;
  }

  realpath(rel: string): string | undefined {
    if (!this.reals.has(rel)) this.reals.set(rel, this.fs.realpath(rel));
    return this.reals.get(rel);
  }

  /** A parsed JSON file, or undefined when it is missing or not JSON (package.json files are plain JSON). */
  readJson(rel: string): Record<string, unknown> | undefined {
    if (!this.json.has(rel)) {
      let value: unknown;
      try {
        value = this.isFile(rel) ? JSON.parse(this.fs.readText(rel)) : undefined;
      } catch {
        value = undefined;
      }
      this.json.set(rel, value);
    }
    const v = this.json.get(rel);
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : undefined;
  }

  /** True when the name is listed in its directory but cannot be stat'ed: a symlink loop or a dangling link. */
  isBrokenLink(rel: string): boolean {
    const slash = rel.lastIndexOf('/');
    const dir = slash < 0 ? '.' : rel.slice(0, slash);
    return this.fs.list(dir).includes(rel.slice(slash + 1)) && !this.isFile(rel) && !this.isDirectory(rel);
  }
}
