import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { parse as parseToml } from 'smol-toml';
import type { CachedFs } from './cached-fs';
import { dirOf, joinRel } from '@shared/io/repo-path';

/** What a Cloudflare Worker's wrangler config says about Node.js compatibility. */
export interface WorkerConfig {
  file: string;
  /** `compatibility_flags` holds `nodejs_compat` (or `nodejs_compat_v2`): Node's APIs and TCP sockets are there. */
  nodejsCompat: boolean;
  /** The config could not be read: what it enables is unknown. */
  problem?: string;
}

const NAMES = ['wrangler.toml', 'wrangler.json', 'wrangler.jsonc'];
const COMPAT_FLAGS = new Set(['nodejs_compat', 'nodejs_compat_v2']);

/**
 * The wrangler config nearest above a file (as `wrangler` finds its own from the working directory), read with
 * smol-toml or jsonc-parser. Without one the file is not known to be a Worker.
 */
export function workerConfigOf(cfs: CachedFs, file: string, cache: Map<string, WorkerConfig | undefined>): WorkerConfig | undefined {
  const dirs: string[] = [];
  let found: WorkerConfig | undefined;
  for (let dir = dirOf(file); ; dir = dirOf(dir)) {
    if (cache.has(dir)) {
      found = cache.get(dir);
      break;
    }
    dirs.push(dir);
    const name = NAMES.find((n) => cfs.isFile(joinRel(dir, n)));
    if (name) {
      found = readConfig(cfs, joinRel(dir, name));
      break;
    }
    if (dir === '.') break;
  }
  for (const d of dirs) cache.set(d, found);
  return found;
}

function readConfig(cfs: CachedFs, file: string): WorkerConfig {
  let text: string;
  try {
    text = cfs.fs.readText(file);
  } catch (e) {
    return { file, nodejsCompat: false, problem: `cannot be read (${(e as Error).message})` };
  }
  let config: unknown;
  if (file.endsWith('.toml')) {
    try {
      config = parseToml(text);
    } catch (e) {
      const err = e as Error & { line?: number; column?: number };
      return { file, nodejsCompat: false, problem: `is not valid TOML at line ${err.line ?? '?'}, column ${err.column ?? '?'} (${err.message.split('\n')[0]})` };
    }
  } else {
    const errors: ParseError[] = [];
    config = parseJsonc(text, errors, { allowTrailingComma: true });
    if (errors.length > 0) {
      const line = text.slice(0, errors[0].offset).split('\n').length;
      return { file, nodejsCompat: false, problem: `is not valid JSON at line ${line} (${printParseErrorCode(errors[0].error)})` };
    }
  }
  const flags = config && typeof config === 'object' ? (config as Record<string, unknown>).compatibility_flags : undefined;
  if (flags !== undefined && !(Array.isArray(flags) && flags.every((f) => typeof f === 'string'))) {
    return { file, nodejsCompat: false, problem: 'has a compatibility_flags that is not a list of strings' };
  }
  return { file, nodejsCompat: (flags ?? []).some((f: string) => COMPAT_FLAGS.has(f)) };
}
