import * as path from 'node:path';

/** Repository-relative POSIX join; a result starting with `../` has left the repository. */
export function joinRel(dir: string, ...parts: string[]): string {
  const joined = path.posix.normalize(path.posix.join(dir, ...parts));
  return joined === '' ? '.' : joined.replace(/\/$/, '');
}

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
