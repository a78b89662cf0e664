import * as path from 'node:path';

// Repository-relative POSIX paths, as RepoFs speaks them: `.` is the root, no leading `./`, no trailing `/`.
// Every engine uses these; a second copy with a different edge case (`./`, `''`) is how two guards end up
// naming one file differently.

/** Joins repository-relative segments, normalised, `.` for the root; a result starting with `../` has left the repository. */
export function joinRel(dir: string, ...parts: string[]): string {
  const joined = path.posix.normalize(path.posix.join(dir, ...parts));
  return joined === '' || joined === './' ? '.' : joined.replace(/\/$/, '');
}

/** Parent directory of a repository-relative path, `.` at the top. */
export function dirOf(file: string): string {
  const i = file.lastIndexOf('/');
  return i < 0 ? '.' : file.slice(0, i);
}

/** Directories from `dir` up to the repository root, nearest first. */
export function ancestors(dir: string): string[] {
  const out: string[] = [];
  let d = dir;
  for (;;) {
    out.push(d);
    if (d === '.') return out;
    d = dirOf(d);
  }
}

/** Whether a resolved path stays inside the repository. */
export function insideRepo(rel: string): boolean {
  return rel !== '..' && !rel.startsWith('../') && !path.posix.isAbsolute(rel);
}

/** Whether `file` is `dir` or below it (`.` contains everything). */
export function isWithin(file: string, dir: string): boolean {
  return dir === '.' || file === dir || file.startsWith(`${dir}/`);
}
