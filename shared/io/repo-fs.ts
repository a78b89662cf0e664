import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { ConfigurationError } from '../errors';

/**
 * The only door from engines to the file system. Engines get repository-relative POSIX paths and
 * never import `fs`, so they run the same in the action, the CLI and tests.
 * Reads are synchronous: module resolution (TypeScript's host) needs synchronous answers.
 */
export interface RepoFs {
  /** Absolute path of the repository root. */
  readonly root: string;
  exists(rel: string): boolean;
  isFile(rel: string): boolean;
  isDirectory(rel: string): boolean;
  /** UTF-8 text; throws FileReadError with the path and the reason. */
  readText(rel: string): string;
  readBytes(rel: string): Buffer;
  /** Entries of a directory (names only); [] when it is missing. */
  list(rel: string): string[];
  /** The real path, repository-relative, or undefined when it leaves the repository or loops. */
  realpath(rel: string): string | undefined;
  /** Files matching the globs, repository-relative, sorted; node_modules and .git skipped unless a pattern names them. */
  glob(patterns: string | string[], options?: GlobOptions): string[];
  /** Absolute path for a repository-relative one (for tools that need a real path, such as Prisma's CLI). */
  abs(rel: string): string;
  /** Repository-relative POSIX path for an absolute one. */
  rel(abs: string): string;
}

export interface GlobOptions {
  /** Globs of paths to leave out. */
  ignore?: string[];
  /** Folder to walk from (repository-relative); patterns match paths relative to it. */
  cwd?: string;
  /**
   * A file name that marks a leaf: the files of a folder holding it are matched, its subfolders are not walked.
   * Prisma's migrations folder (migration_lock.toml) holds one folder per migration and never another
   * migrations folder, and walking thousands of them was most of the cost of finding it.
   */
  leafMarker?: string;
}

export class FileReadError extends ConfigurationError {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`cannot read ${file}: ${reason}`, undefined, { file });
  }
}

/** Folders glob() walks past unless a pattern names them: dependencies, VCS data, build caches, our own state. */
export const DEFAULT_SKIP: ReadonlySet<string> = new Set(['node_modules', '.git', '.turbo', '.next', '.bickford']);

export function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

export class NodeRepoFs implements RepoFs {
  readonly root: string;
  private realRoot: string | undefined;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  abs(rel: string): string {
    return path.resolve(this.root, rel);
  }

  rel(abs: string): string {
    return toPosix(path.relative(this.root, abs)) || '.';
  }

  exists(rel: string): boolean {
    return fs.existsSync(this.abs(rel));
  }

  // throwIfNoEntry: a missing name is the common answer during module resolution, and a throw is slow.
  isFile(rel: string): boolean {
    try {
      return fs.statSync(this.abs(rel), { throwIfNoEntry: false })?.isFile() ?? false;
    } catch {
      return false;
    }
  }

  isDirectory(rel: string): boolean {
    try {
      return fs.statSync(this.abs(rel), { throwIfNoEntry: false })?.isDirectory() ?? false;
    } catch {
      return false;
    }
  }

  readBytes(rel: string): Buffer {
    try {
      return fs.readFileSync(this.abs(rel));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const reason =
        code === 'ENOENT' ? (this.isSymlink(rel) ? 'it is a symlink to a file that does not exist' : 'no such file') : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : String((e as Error).message);
      throw new FileReadError(rel, reason);
    }
  }

  private isSymlink(rel: string): boolean {
    try {
      return fs.lstatSync(this.abs(rel)).isSymbolicLink();
    } catch {
      return false;
    }
  }

  readText(rel: string): string {
    return this.readBytes(rel).toString('utf8');
  }

  list(rel: string): string[] {
    try {
      return fs.readdirSync(this.abs(rel)).sort();
    } catch {
      return [];
    }
  }

  realpath(rel: string): string | undefined {
    try {
      this.realRoot ??= fs.realpathSync.native(this.root);
      const real = fs.realpathSync.native(this.abs(rel));
      const r = toPosix(path.relative(this.realRoot, real));
      return r.startsWith('..') ? undefined : r || '.';
    } catch {
      return undefined; // ELOOP, ENOENT
    }
  }

  glob(patterns: string | string[], options: GlobOptions = {}): string[] {
    const list = Array.isArray(patterns) ? patterns : [patterns];
    const isMatch = picomatch(list, { dot: true, ignore: options.ignore });
    const namesSkipped = (name: string) => DEFAULT_SKIP.has(name) && !list.some((p) => p.includes(name));
    const base = options.cwd ?? '.';
    const out: string[] = [];
    // Real paths of the folders visited, to stop at symlink loops. Only a symlink needs a realpath call:
    // a plain folder's real path is its parent's plus its name.
    const seen = new Set<string>();
    const walk = (dirRel: string, real: string) => {
      if (seen.has(real)) return;
      seen.add(real);
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(this.abs(dirRel), { withFileTypes: true });
      } catch {
        return;
      }
      const leaf = options.leafMarker !== undefined && entries.some((e) => e.name === options.leafMarker);
      for (const entry of entries) {
        if (namesSkipped(entry.name)) continue;
        const childRel = dirRel === '.' ? entry.name : `${dirRel}/${entry.name}`;
        let isDir = entry.isDirectory();
        let isFile = entry.isFile();
        let childReal = `${real}/${entry.name}`;
        if (entry.isSymbolicLink()) {
          try {
            childReal = fs.realpathSync.native(this.abs(childRel));
            const st = fs.statSync(childReal);
            isDir = st.isDirectory();
            isFile = st.isFile();
          } catch {
            continue; // dangling, or a loop the OS refuses (ELOOP)
          }
        }
        if (isDir) {
          if (!leaf) walk(childRel, childReal);
        } else if (isFile) {
          const matchPath = base === '.' ? childRel : toPosix(path.posix.relative(base, childRel));
          if (isMatch(matchPath)) out.push(childRel);
        }
      }
    };
    let baseReal: string;
    try {
      baseReal = fs.realpathSync.native(this.abs(base));
    } catch {
      return [];
    }
    walk(base, baseReal);
    return out.sort();
  }
}
