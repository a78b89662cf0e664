import type { RepoFs } from '@shared/io/repo-fs';
import { CachingRepoFs } from './caching-repo-fs';

/**
 * The engine's file-system questions, each asked of the disk once per run (so nothing goes stale):
 * `fs` is the caching RepoFs every part of the engine reads through; parsed package.json files are kept too.
 */
export class CachedFs {
  readonly fs: RepoFs;
  private readonly json = new Map<string, unknown>();

  constructor(fs: RepoFs) {
    this.fs = fs instanceof CachingRepoFs ? fs : new CachingRepoFs(fs);
  }

  isFile(rel: string): boolean {
    return !rel.startsWith('../') && this.fs.isFile(rel);
  }

  isDirectory(rel: string): boolean {
    return !rel.startsWith('../') && this.fs.isDirectory(rel);
  }

  realpath(rel: string): string | undefined {
    return this.fs.realpath(rel);
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
