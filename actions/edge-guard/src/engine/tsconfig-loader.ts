import { findNodeAtLocation, parse as parseJsonc, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { CachedFs } from './cached-fs';
import { ancestors, dirOf, joinRel } from '@shared/io/repo-path';

/** The part of a tsconfig that decides where imports go and whether they are kept. */
export interface ResolutionConfig {
  /** The tsconfig file that governs the directory, or undefined when there is none. */
  file?: string;
  baseUrl?: string;
  paths?: Record<string, string[]>;
  /** Directory that `paths` substitutions are relative to: baseUrl if set, else the file that declared paths. */
  pathsBase: string;
  verbatim: boolean;
  /**
   * This config, or one it extends, could not be read, parsed or extended: the aliases it would define are
   * unknown, so a bare specifier that is not installed may be one of them (never an npm package).
   */
  failed?: string;
}

interface RawOptions {
  baseUrl?: string;
  paths?: Record<string, string[]>;
  pathsBase?: string;
  verbatim?: boolean;
  failed?: string;
}

/** A tsconfig that cannot be read, parsed or extended, at the offending text (UTF-16 offsets). */
export interface TsconfigProblem {
  file: string;
  start: number;
  end: number;
  reason: string;
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
    /** Reports a tsconfig that cannot be read, parsed or extended, once per problem. */
    private readonly onError: (problem: TsconfigProblem) => void,
  ) {}

  private readonly reported = new Set<string>();
  private report(problem: TsconfigProblem): void {
    const key = `${problem.file}\0${problem.start}\0${problem.reason}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.onError(problem);
  }

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
        const raw = this.load(candidate, []);
        found = { file: candidate, baseUrl: raw.baseUrl, paths: raw.paths, pathsBase: raw.baseUrl ?? raw.pathsBase ?? d, verbatim: raw.verbatim ?? false, failed: raw.failed };
        break;
      }
    }
    for (const d of visited) this.byDir.set(d, found);
    return found;
  }

  private load(file: string, chain: string[]): RawOptions {
    const cached = this.byFile.get(file);
    if (cached) return cached;
    let text: string;
    try {
      text = this.cfs.fs.readText(file);
    } catch (e) {
      this.report({ file, start: 0, end: 0, reason: `cannot be read: ${(e as Error).message}` });
      return { failed: file };
    }
    const errors: ParseError[] = [];
    const json = (parseJsonc(text, errors, { allowTrailingComma: true }) ?? {}) as { extends?: unknown; compilerOptions?: Record<string, unknown> };
    const out: RawOptions = {};
    if (errors.length > 0) {
      const e = errors[0];
      this.report({ file, start: e.offset, end: e.offset + e.length, reason: `is not valid JSONC (${printParseErrorCode(e.error)})` });
      out.failed = file;
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) return { failed: file };
    const tree = () => parseTree(text, [], { allowTrailingComma: true });
    const at = (path: (string | number)[]) => {
      const node = findNodeAtLocation(tree() ?? { type: 'null', offset: 0, length: 0 }, path);
      return { start: node?.offset ?? 0, end: (node?.offset ?? 0) + (node?.length ?? 0) };
    };
    const bases = Array.isArray(json.extends) ? json.extends : json.extends === undefined ? [] : [json.extends];
    bases.forEach((base, i) => {
      const where = at(Array.isArray(json.extends) ? ['extends', i] : ['extends']);
      const baseFile = typeof base === 'string' ? this.extendsTarget(base, dirOf(file)) : undefined;
      if (!baseFile) {
        this.report({ file, ...where, reason: `extends '${String(base)}', which was not found` });
        out.failed ??= file;
      } else if (baseFile === file || chain.includes(baseFile)) {
        this.report({ file, ...where, reason: `extends '${String(base)}', which extends it back (${[...chain, file, baseFile].join(' → ')})` });
        out.failed ??= file;
      } else {
        const { failed, ...options } = this.load(baseFile, [...chain, file]);
        Object.assign(out, options);
        if (failed) out.failed ??= failed;
      }
    });
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
