import { createHash } from '../lazy-crypto';

/**
 * Work shared by the run at the head and the run at the base in new-code mode: most files are the same at both,
 * so what an engine computes from one file's content alone (its parse, its imports, its reads) is computed once.
 * The base run's findings are exactly a full base run's, because every value is a pure function of its key and
 * the key holds everything it depends on (the content's hash, the file's path, the options that change it).
 * Values are shared between the two runs: callers never mutate them.
 */
export interface RunMemo {
  /** The value stored for `key` in `kind`, computed by `compute` the first time. */
  get<T>(kind: string, key: string, compute: () => T): T;
}

/** One memo per new-code run, held in memory until the step ends (the head's and the base's runs are in one process). */
export class MapRunMemo implements RunMemo {
  private readonly kinds = new Map<string, Map<string, unknown>>();
  hits = 0;
  misses = 0;

  get<T>(kind: string, key: string, compute: () => T): T {
    let values = this.kinds.get(kind);
    if (!values) this.kinds.set(kind, (values = new Map()));
    if (values.has(key)) {
      this.hits++;
      return values.get(key) as T;
    }
    this.misses++;
    const value = compute();
    values.set(key, value);
    return value;
  }
}

/**
 * A key for `parts` (a path, a file's text, option values): their SHA-1, not the text itself, so the memo holds
 * 40 characters per file. Parts are separated by NUL, which neither a path nor an option value holds.
 */
export function memoKey(...parts: (string | number | boolean)[]): string {
  const hash = createHash('sha1');
  for (const p of parts) hash.update(String(p)).update('\0');
  return hash.digest('hex');
}
