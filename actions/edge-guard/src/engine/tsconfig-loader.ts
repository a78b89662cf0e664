import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import type { CachedFs } from './cached-fs';
import { ancestors, dirOf, joinRel } from './repo-path';

/** The part of a tsconfig that decides where imports go and whether they are kept. */
export interface ResolutionConfig {
  /** The tsconfig file that governs the directory, or undefined when there is none. */
  file?: string;
  baseUrl?: string;
  paths?: Record<string, string[]>;
  /** Directory that `paths` substitutions are relative to: baseUrl if set, else the file that declared paths. */
  pathsBase: string;
  verbatim: boolean;
}

interface RawOptions {
  baseUrl?: string;
  paths?: Record<string, string[]>;
  pathsBase?: string;
  verbatim?: boolean;
}

/**
 * Per-directory tsconfig lookup with `extends` (relative, array, or through a package such as
 * `@acme/config/tsconfig.base.json`), as each workspace's own compiler would see it.
 */
export class TsconfigLoader {
  private readonly byDir = new Map<string, ResolutionConfig>();
  private readonly byFile = new Map<string, RawOptions>();

  constructor(
    private readonly cfs: CachedFs,
    private readonly fileName: string,
    /** Finds a package directory by name, from a directory (workspaces, then node_modules). */
    private readonly packageDir: (name: string, fromDir: string) => string | undefined,
    /** Reports a tsconfig that cannot be read, once. */
    private readonly onError: (file: string, reason: string) => void,
  ) {}

  forDir(dir: string): ResolutionConfig {
    const cached = this.byDir.get(dir);
    if (cached) return cached;
    const visited: string[] = [];
    let found: ResolutionConfig = { pathsBase: '.', verbatim: false };
    for (const d of ancestors(dir)) {
      const hit = this.byDir.get(d);
      if (hit) {
        found = hit;
        break;
      }
      visited.push(d);
      const candidate = joinRel(d, this.fileName);
      if (this.cfs.isFile(candidate)) {
        const raw = this.load(candidate, new Set());
        found = { file: candidate, baseUrl: raw.baseUrl, paths: raw.paths, pathsBase: raw.baseUrl ?? raw.pathsBase ?? d, verbatim: raw.verbatim ?? false };
        break;
      }
    }
    for (const d of visited) this.byDir.set(d, found);
    return found;
  }

  private load(file: string, seen: Set<string>): RawOptions {
    const cached = this.byFile.get(file);
    if (cached) return cached;
    if (seen.has(file)) return {};
    seen.add(file);
    let json: { extends?: unknown; compilerOptions?: Record<string, unknown> };
    try {
      const errors: ParseError[] = [];
      json = (parseJsonc(this.cfs.fs.readText(file), errors, { allowTrailingComma: true }) ?? {}) as typeof json;
      if (errors.length > 0 && Object.keys(json).length === 0) throw new Error('not valid JSON');
    } catch (e) {
      this.onError(file, (e as Error).message);
      return {};
    }
    const out: RawOptions = {};
    const bases = Array.isArray(json.extends) ? json.extends : json.extends === undefined ? [] : [json.extends];
    for (const base of bases) {
      const baseFile = typeof base === 'string' ? this.extendsTarget(base, dirOf(file)) : undefined;
      if (baseFile) Object.assign(out, this.load(baseFile, seen));
      else this.onError(file, `extends '${String(base)}' was not found`);
    }
    const co = json.compilerOptions ?? {};
    const dir = dirOf(file);
    if (typeof co.baseUrl === 'string') out.baseUrl = joinRel(dir, co.baseUrl);
    if (co.paths && typeof co.paths === 'object') {
      out.paths = co.paths as Record<string, string[]>;
      out.pathsBase = dir;
    }
    if (typeof co.verbatimModuleSyntax === 'boolean') out.verbatim = co.verbatimModuleSyntax;
    this.byFile.set(file, out);
    return out;
  }

  private extendsTarget(spec: string, dir: string): string | undefined {
    const withJson = (p: string) => (this.cfs.isFile(p) ? p : this.cfs.isFile(`${p}.json`) ? `${p}.json` : undefined);
    if (spec.startsWith('.') || spec.startsWith('/')) return withJson(joinRel(dir, spec));
    const parts = spec.split('/');
    const nameLen = spec.startsWith('@') ? 2 : 1;
    const pkgDir = this.packageDir(parts.slice(0, nameLen).join('/'), dir);
    if (!pkgDir) return undefined;
    const sub = parts.slice(nameLen).join('/');
    if (sub) return withJson(joinRel(pkgDir, sub));
    const manifest = this.cfs.readJson(joinRel(pkgDir, 'package.json'));
    const field = typeof manifest?.tsconfig === 'string' ? manifest.tsconfig : 'tsconfig.json';
    return withJson(joinRel(pkgDir, field));
  }
}
