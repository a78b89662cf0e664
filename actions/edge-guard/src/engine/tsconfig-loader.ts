import * as path from 'node:path';
import { findNodeAtLocation, parseTree, type Node as JsonNode } from 'jsonc-parser';
import ts from 'typescript';
import type { CachedFs } from './cached-fs';
import { splitPackage } from './resolver';
import { ancestors, dirOf, insideRepo, joinRel } from '@shared/io/repo-path';

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

/** A tsconfig that cannot be read, parsed or extended, at the offending text (UTF-16 offsets). */
export interface TsconfigProblem {
  file: string;
  start: number;
  end: number;
  reason: string;
}

/**
 * Per-directory tsconfig lookup, as each workspace's own compiler sees it: TypeScript reads the config and its
 * `extends` chain itself (`readJsonConfigFile` + `parseJsonSourceFileConfigFileContent`), so `extends` through a
 * package's exports or its `tsconfig` field, arrays, and `${configDir}` are TypeScript's own. Two things are ours:
 * - The host reads through RepoFs, and a workspace package that is not installed (no node_modules in CI before
 *   `npm ci`) answers under `node_modules/<name>` as the link the package manager would make.
 * - Problems are located: TypeScript reports some without a position (a missing `.json` base, a cycle), and the
 *   guard points at the `extends` value that causes them.
 */
export class TsconfigLoader {
  private readonly byDir = new Map<string, ResolutionConfig>();
  private readonly byFile = new Map<string, ResolutionConfig>();
  /** The config files TypeScript read for the config being loaded, in order. */
  private readNow: string[] = [];
  private readonly root: string;
  private readonly host: ts.ParseConfigHost;

  constructor(
    private readonly cfs: CachedFs,
    private readonly fileName: string,
    /** Finds a package directory by name, from a directory (workspaces, then node_modules). */
    private readonly packageDir: (name: string, fromDir: string) => string | undefined,
    /** Reports a tsconfig that cannot be read, parsed or extended, once per problem. */
    private readonly onError: (problem: TsconfigProblem) => void,
  ) {
    this.root = cfs.fs.root.replace(/\\/g, '/').replace(/\/$/, '');
    const rel = (abs: string) => this.toRel(abs);
    this.host = {
      useCaseSensitiveFileNames: true,
      // Only the compiler options are wanted: no file list, so no directory walk (and no "no inputs" error).
      readDirectory: () => [],
      fileExists: (abs) => {
        const r = rel(abs);
        return r !== undefined && this.cfs.isFile(this.linked(r) ?? r);
      },
      directoryExists: (abs) => {
        const r = rel(abs);
        if (r === undefined) return false;
        return this.cfs.isDirectory(r) || /(^|\/)node_modules(\/@[^/]+)?$/.test(r) || (this.linked(r) !== undefined && this.cfs.isDirectory(this.linked(r)!));
      },
      readFile: (abs) => {
        const r = rel(abs);
        if (r === undefined) return undefined;
        try {
          const text = this.cfs.fs.readText(this.linked(r) ?? r);
          this.readNow.push(r);
          return text;
        } catch {
          return undefined;
        }
      },
      realpath: (abs) => {
        const r = rel(abs);
        if (r === undefined) return abs;
        const linked = this.linked(r);
        const real = linked ?? this.cfs.realpath(r);
        return real === undefined ? abs : this.toAbs(real);
      },
    };
  }

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
        found = this.load(candidate);
        break;
      }
    }
    for (const d of visited) this.byDir.set(d, found);
    return found;
  }

  private toAbs(rel: string): string {
    return rel === '.' ? this.root : `${this.root}/${rel}`;
  }

  /** Repository-relative path of an absolute one TypeScript asks about; undefined outside the repository. */
  private toRel(abs: string): string | undefined {
    const a = abs.replace(/\\/g, '/');
    if (a === this.root) return '.';
    if (!a.startsWith(`${this.root}/`)) return undefined;
    const r = joinRel(a.slice(this.root.length + 1));
    return insideRepo(r) ? r : undefined;
  }

  /**
   * `<dir>/node_modules/<workspace package>/<rest>` when that link is not installed: the workspace's own
   * `<rest>`, where the package manager's link would lead. Undefined for anything else.
   */
  private linked(rel: string): string | undefined {
    const m = /^(?:(.*)\/)?node_modules\/((?:@[^/]+\/)?[^/@][^/]*)(?:\/(.*))?$/.exec(rel);
    if (!m || m[3]?.includes('node_modules/')) return undefined;
    const [, , name, rest] = m;
    if (this.cfs.isDirectory(rel.slice(0, rel.length - (rest ? rest.length + 1 : 0)))) return undefined;
    const ws = this.packageDir(name, '.');
    if (!ws || ws.split('/').includes('node_modules')) return undefined;
    return rest ? joinRel(ws, rest) : ws;
  }

  private load(file: string): ResolutionConfig {
    const cached = this.byFile.get(file);
    if (cached) return cached;
    const dir = dirOf(file);
    let failed: string | undefined;
    const fail = (problem: TsconfigProblem) => {
      this.report(problem);
      failed ??= problem.file;
    };
    let result: ResolutionConfig;
    try {
      this.cfs.fs.readText(file);
    } catch (e) {
      fail({ file, start: 0, end: 0, reason: `cannot be read: ${(e as Error).message}` });
      result = { file, pathsBase: dir, verbatim: false, failed };
      this.byFile.set(file, result);
      return result;
    }
    const abs = this.toAbs(file);
    this.readNow = [];
    const source = ts.readJsonConfigFile(abs, (p) => this.host.readFile(p));
    // A fresh cache per top-level config: TypeScript reports an extended file's problems only on its first
    // parse, and every config that extends a broken one must know it failed.
    const parsed = ts.parseJsonSourceFileConfigFileContent(source, this.host, this.toAbs(dir), undefined, abs, undefined, undefined, new Map());
    const syntaxSeen = new Set<string>();
    // The top file's syntax errors stay on its source file (an internal field TypeScript's own
    // getParsedCommandLineOfConfigFile reads the same way); an extended file's are in `errors`.
    const own = (source as unknown as { parseDiagnostics?: readonly ts.Diagnostic[] }).parseDiagnostics ?? [];
    for (const d of [...own, ...parsed.errors]) {
      const problem = this.problemOf(d, syntaxSeen);
      if (problem) fail(problem);
    }
    const o = parsed.options;
    const baseUrl = typeof o.baseUrl === 'string' ? this.toRel(o.baseUrl) ?? '..' : undefined;
    // pathsBasePath is TypeScript's own (internal) record of the directory of the config that declared `paths`,
    // which its module resolution joins them to when there is no baseUrl.
    const declaredIn = typeof o.pathsBasePath === 'string' ? this.toRel(o.pathsBasePath) ?? dir : dir;
    const pathsBase = baseUrl ?? declaredIn;
    result = {
      file,
      baseUrl,
      paths: o.paths ? this.relativePaths(o.paths, pathsBase) : undefined,
      pathsBase,
      verbatim: o.verbatimModuleSyntax ?? false,
      failed,
    };
    this.byFile.set(file, result);
    return result;
  }

  /** `${configDir}` makes TypeScript write absolute substitutions: the resolver joins them to pathsBase, so make them relative again. */
  private relativePaths(paths: ts.MapLike<string[]>, base: string): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    for (const [key, subs] of Object.entries(paths)) {
      out[key] = subs.map((sub) => {
        if (!path.posix.isAbsolute(sub.replace(/\\/g, '/'))) return sub;
        const rel = this.toRel(sub);
        return rel === undefined ? '../outside-the-repository' : path.posix.relative(base === '.' ? '' : base, rel) || '.';
      });
    }
    return out;
  }

  /** The diagnostics that make the aliases unknown, in the guard's words and at the `extends` value; others are not ours to report. */
  private problemOf(d: ts.Diagnostic, syntaxSeen: Set<string>): TsconfigProblem | undefined {
    const text = ts.flattenDiagnosticMessageText(d.messageText, ' ');
    const file = d.file ? this.toRel(d.file.fileName) : undefined;
    if (d.file && file !== undefined && d.code < 2000) {
      // JSON syntax: the first error of each file, as a reader fixes them one at a time.
      if (syntaxSeen.has(file)) return undefined;
      syntaxSeen.add(file);
      return { file, start: d.start ?? 0, end: (d.start ?? 0) + (d.length ?? 0), reason: `is not valid JSONC (${text})` };
    }
    if (d.code === 6053 && d.file && file !== undefined) {
      // File '{0}' not found: at the extends value.
      const start = d.start ?? 0;
      const spec = d.file.text.slice(start, start + (d.length ?? 0));
      const written = spec.startsWith('"') ? (JSON.parse(spec) as string) : spec;
      return { file, start, end: start + (d.length ?? 0), reason: this.notFound(written, dirOf(file)) };
    }
    if (d.code === 5024 && d.file && file !== undefined && /'extends'/.test(text)) {
      const start = d.start ?? 0;
      return { file, start, end: start + (d.length ?? 0), reason: `extends ${d.file.text.slice(start, start + (d.length ?? 0))}, which is not a path or package name` };
    }
    if (d.code === 5083) {
      // Cannot read file '{0}': a base named with its `.json` that does not exist. TypeScript gives no position.
      const target = this.toRel(/'(.*)'/.exec(text)?.[1] ?? '');
      const at = target !== undefined ? this.extendsPointingAt(target) : undefined;
      if (at) return { ...at.where, file: at.file, reason: this.notFound(at.spec, dirOf(at.file)) };
      return { file: target ?? '.', start: 0, end: 0, reason: text };
    }
    if (d.code === 18000) {
      // Circularity detected while resolving configuration: a -> b -> a.
      const chain = text.slice(text.indexOf(':') + 1).trim().split(' -> ').map((p) => this.toRel(p) ?? p);
      const closing = chain[chain.length - 2];
      const back = chain[chain.length - 1];
      const at = this.extendsIn(closing, back);
      return { file: closing, ...(at?.where ?? { start: 0, end: 0 }), reason: `extends '${at?.spec ?? back}', which extends it back (${chain.join(' → ')})` };
    }
    return undefined;
  }

  private notFound(spec: string, fromDir: string): string {
    if (spec.startsWith('.') || spec.startsWith('/')) return `extends '${spec}', which was not found`;
    const [name] = splitPackage(spec);
    if (!this.packageDir(name, fromDir)) return `extends '${spec}', which was not found: package ${name} is not installed (install dependencies, e.g. npm ci, before the check)`;
    return `extends '${spec}', which was not found: package ${name} is installed but neither exports nor contains it`;
  }

  private readonly extendsSeen = new Map<string, { spec: string; target: string | undefined; where: { start: number; end: number } }[]>();

  /** The `extends` values of a config file, each with where a relative one points (exact or with `.json`). */
  private extendsOf(file: string): { spec: string; target: string | undefined; where: { start: number; end: number } }[] {
    let found = this.extendsSeen.get(file);
    if (found) return found;
    found = [];
    let tree: JsonNode | undefined;
    try {
      tree = parseTree(this.cfs.fs.readText(this.linked(file) ?? file), [], { allowTrailingComma: true });
    } catch {
      tree = undefined;
    }
    const node = tree ? findNodeAtLocation(tree, ['extends']) : undefined;
    const values = node?.type === 'array' ? (node.children ?? []) : node ? [node] : [];
    for (const v of values) {
      if (typeof v.value !== 'string') continue;
      const relative = v.value.startsWith('.') || v.value.startsWith('/');
      found.push({ spec: v.value, target: relative ? joinRel(dirOf(file), v.value) : undefined, where: { start: v.offset, end: v.offset + v.length } });
    }
    this.extendsSeen.set(file, found);
    return found;
  }

  /** The `extends` value in `file` that leads to `target`. */
  private extendsIn(file: string, target: string): { spec: string; where: { start: number; end: number } } | undefined {
    const all = this.extendsOf(file);
    return all.find((e) => e.target === target || (e.target !== undefined && `${e.target}.json` === target)) ?? (all.length === 1 ? all[0] : undefined);
  }

  /** Which config read so far names `target` in its `extends` (TypeScript does not say). */
  private extendsPointingAt(target: string): { file: string; spec: string; where: { start: number; end: number } } | undefined {
    for (const file of this.readConfigs()) {
      const e = this.extendsOf(file).find((x) => x.target === target);
      if (e) return { file, spec: e.spec, where: e.where };
    }
    return undefined;
  }

  private readConfigs(): string[] {
    return [...new Set(this.readNow)];
  }
}
