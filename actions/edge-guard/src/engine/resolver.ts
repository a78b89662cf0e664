import { builtinModules } from 'node:module';
import type { CachedFs } from './cached-fs';
import type { Layer } from './layers';
import {
  EDGE_REQUIRE_CONDITIONS,
  EDGE_RESOLVE_CONDITIONS,
  NODE_REQUIRE_CONDITIONS,
  NODE_RESOLVE_CONDITIONS,
  REACT_SERVER_REQUIRE_CONDITIONS,
  REACT_SERVER_RESOLVE_CONDITIONS,
  exportsTargets,
  importsTargets,
} from './package-exports';
import { dirOf, joinRel } from '@shared/io/repo-path';
import type { ResolutionConfig, TsconfigLoader } from './tsconfig-loader';
import type { WorkspacePackage } from './workspaces';

export type Resolution =
  | { kind: 'file'; file: string }
  | { kind: 'builtin'; name: string }
  | { kind: 'unresolved'; reason: string; external: boolean };

const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs', '.json'];
const TS_FOR_JS: Record<string, string[]> = { '.js': ['.ts', '.tsx'], '.jsx': ['.tsx'], '.mjs': ['.mts'], '.cjs': ['.cts'] };
const BUILTINS = new Set(builtinModules);
const BUILD_DIRS = /^(dist|build|lib|out|esm|cjs)\//;
/** Export conditions per layer, for `import` and for `require()`. */
const CONDITIONS: Record<Layer, [Set<string>, Set<string>]> = {
  edge: [EDGE_RESOLVE_CONDITIONS, EDGE_REQUIRE_CONDITIONS],
  server: [REACT_SERVER_RESOLVE_CONDITIONS, REACT_SERVER_REQUIRE_CONDITIONS],
  rsc: [REACT_SERVER_RESOLVE_CONDITIONS, REACT_SERVER_REQUIRE_CONDITIONS],
  node: [NODE_RESOLVE_CONDITIONS, NODE_REQUIRE_CONDITIONS],
};
/** Layers that resolve alike share cache entries. */
const CACHE_TAG: Record<Layer, string> = { edge: '', server: '\0s', rsc: '\0s', node: '\0n' };

export function builtinName(spec: string): string | undefined {
  if (spec.startsWith('node:')) return spec.slice(5);
  return BUILTINS.has(spec) ? spec : undefined;
}

/** `@scope/name/sub/path` → ['@scope/name', 'sub/path']. */
export function splitPackage(spec: string): [string, string] {
  const parts = spec.split('/');
  const n = spec.startsWith('@') ? 2 : 1;
  return [parts.slice(0, n).join('/'), parts.slice(n).join('/')];
}

/**
 * Resolves imports the way Next's edge bundle does: tsconfig `paths`/`baseUrl` of the importing file's own
 * workspace, workspace packages by name (their unbuilt `dist/` mapped back to source), edge export
 * conditions, and installed node_modules down to the runtime JavaScript (never to `.d.ts`).
 */
export class Resolver {
  private readonly cache = new Map<string, Resolution>();
  private readonly workspaceDirs = new Map<string, string>();
  /** Per directory, the `node_modules` folders above it that exist, nearest first. */
  private readonly installDirs = new Map<string, readonly string[]>();
  /** Per directory, the package it belongs to (nearest package.json). */
  private readonly scopes = new Map<string, string | undefined>();
  /** Per tsconfig, what `paths`/`baseUrl` make of a bare specifier: it depends on the config, not the directory. */
  private readonly viaConfig = new WeakMap<ResolutionConfig, Map<string, string | { pattern: string } | undefined>>();

  constructor(
    private readonly cfs: CachedFs,
    workspaces: WorkspacePackage[],
    private readonly tsconfigs: () => TsconfigLoader,
  ) {
    for (const w of workspaces) this.workspaceDirs.set(w.name, w.dir);
  }

  /**
   * `byRequire`: the module is pulled in by `require()`, so exports maps answer under `require`, not `import`.
   * `layer`: the bundle layer of the importing module, which decides the export conditions.
   */
  resolve(spec: string, fromFile: string, byRequire = false, layer: Layer = 'edge'): Resolution {
    const dir = dirOf(fromFile);
    const relative = spec.startsWith('.') || spec.startsWith('/');
    const key = relative ? joinRel(dir, spec) : `${dir}\0${spec}${byRequire ? '\0r' : ''}${CACHE_TAG[layer]}`;
    let r = this.cache.get(key);
    if (!r) {
      const conditions = CONDITIONS[layer][byRequire ? 1 : 0];
      r = relative ? this.resolveRelative(key, spec) : spec.startsWith('#') ? this.resolveImports(spec, dir, conditions) : this.resolveBare(spec, dir, conditions);
      this.cache.set(key, r);
    }
    return r;
  }

  /**
   * package.json `imports` (`#subpath`) of the package the importing file belongs to, workspace or installed:
   * an exact key, else the longest `*` pattern, under the same conditions as `exports`.
   */
  private resolveImports(spec: string, dir: string, conditions: Set<string>): Resolution {
    const scope = this.packageScope(dir);
    if (!scope) return { kind: 'unresolved', reason: `${spec} is a package.json imports name but no package.json encloses the file`, external: false };
    const manifestFile = joinRel(scope, 'package.json');
    const manifest = this.cfs.readJson(manifestFile) ?? {};
    const external = scope.split('/').includes('node_modules');
    const imports = manifest.imports;
    if (!imports || typeof imports !== 'object' || Array.isArray(imports)) {
      return { kind: 'unresolved', reason: `${manifestFile} has no imports field for ${spec}`, external };
    }
    const targets = importsTargets(imports, spec, conditions);
    if (targets.length === 0) return { kind: 'unresolved', reason: `${spec} is not in the imports of ${manifestFile} for the edge conditions`, external };
    for (const t of targets) {
      if (t.startsWith('./')) {
        const f = this.fileLike(joinRel(scope, t)) ?? (external ? undefined : this.sourceOf(scope, t, manifest));
        if (f) return { kind: 'file', file: f };
      } else {
        const r = this.resolveBare(t, scope, conditions);
        if (r.kind !== 'unresolved') return r;
      }
    }
    return { kind: 'unresolved', reason: `imports target ${targets[0]} of ${manifestFile} does not exist`, external };
  }

  /** The nearest directory at or above `dir` with a package.json: the package a file belongs to. */
  private packageScope(dir: string): string | undefined {
    if (this.scopes.has(dir)) return this.scopes.get(dir);
    const found = this.cfs.isFile(joinRel(dir, 'package.json')) ? dir : dir === '.' ? undefined : this.packageScope(dirOf(dir));
    this.scopes.set(dir, found);
    return found;
  }

  packageDir(name: string, fromDir: string): string | undefined {
    const ws = this.workspaceDirs.get(name);
    if (ws) return ws;
    for (const modules of this.nodeModulesAbove(fromDir)) {
      const candidate = joinRel(modules, name);
      if (this.cfs.isDirectory(candidate)) return candidate;
    }
    return undefined;
  }

  /**
   * A repository without `npm ci` has no node_modules at all: every bare import would otherwise probe
   * `<dir>/node_modules/<name>` in each ancestor. Built from the parent's answer, so once per directory.
   */
  private nodeModulesAbove(dir: string): readonly string[] {
    let found = this.installDirs.get(dir);
    if (found) return found;
    const above = dir === '.' ? [] : this.nodeModulesAbove(dirOf(dir));
    const own = joinRel(dir, 'node_modules');
    const skip = dir.endsWith('/node_modules') || dir === 'node_modules';
    found = !skip && this.cfs.isDirectory(own) ? [own, ...above] : above;
    this.installDirs.set(dir, found);
    return found;
  }

  private resolveRelative(target: string, spec: string): Resolution {
    if (target.startsWith('../') || target === '..') return { kind: 'unresolved', reason: 'leaves the repository', external: false };
    const file = this.fileLike(target);
    if (file) return { kind: 'file', file };
    return { kind: 'unresolved', reason: this.missingReason(target, spec), external: false };
  }

  private resolveBare(spec: string, dir: string, conditions: Set<string>): Resolution {
    const builtin = builtinName(spec);
    if (builtin !== undefined) return { kind: 'builtin', name: builtin };
    let pattern: string | undefined;
    if (!dir.split('/').includes('node_modules')) {
      const viaConfig = this.viaTsconfig(spec, dir);
      if (typeof viaConfig === 'string') return { kind: 'file', file: viaConfig };
      pattern = viaConfig?.pattern;
    }
    const [name, sub] = splitPackage(spec);
    const pkgDir = this.packageDir(name, dir);
    const failed = dir.split('/').includes('node_modules') ? undefined : this.tsconfigs().forDir(dir).failed;
    if (pattern && (!pkgDir || failed)) {
      // With a config that failed, the alias's real target may be in the part that could not be read: never the npm package.
      const cfg = this.tsconfigs().forDir(dir);
      const why = failed ? `, and ${failed} could not be read, so where it points is unknown` : ' but no file exists there';
      return { kind: 'unresolved', reason: `matches paths '${pattern}' of ${cfg.file ?? 'tsconfig'}${why}`, external: false };
    }
    if (!pkgDir && failed) {
      const cfg = this.tsconfigs().forDir(dir);
      return { kind: 'unresolved', reason: `is not installed, and ${failed} (behind ${cfg.file}) could not be read: it may be one of its path aliases`, external: false };
    }
    if (!pkgDir) return { kind: 'unresolved', reason: `package ${name} is not a workspace package and is not installed`, external: true };
    const isWorkspace = this.workspaceDirs.get(name) === pkgDir;
    const file = this.packageFile(pkgDir, sub, isWorkspace, conditions);
    if (typeof file === 'string') return { kind: 'file', file };
    return { kind: 'unresolved', reason: file.reason, external: !isWorkspace };
  }

  /** A file through `paths` or `baseUrl`; else the paths pattern that matched, for the unresolved message. */
  private viaTsconfig(spec: string, dir: string): string | { pattern: string } | undefined {
    const cfg = this.tsconfigs().forDir(dir);
    let bySpec = this.viaConfig.get(cfg);
    if (!bySpec) this.viaConfig.set(cfg, (bySpec = new Map()));
    if (bySpec.has(spec)) return bySpec.get(spec);
    const found = this.viaPaths(spec, cfg);
    bySpec.set(spec, found);
    return found;
  }

  private viaPaths(spec: string, cfg: ResolutionConfig): string | { pattern: string } | undefined {
    const matches = cfg.paths ? matchPaths(spec, cfg.paths) : [];
    for (const { key, star } of matches) {
      for (const sub of cfg.paths![key] ?? []) {
        const file = this.fileLike(joinRel(cfg.pathsBase, sub.split('*').join(star)));
        if (file) return file;
      }
    }
    const viaBase = cfg.baseUrl ? this.fileLike(joinRel(cfg.baseUrl, spec)) : undefined;
    return viaBase ?? (matches.length > 0 ? { pattern: matches[0].key } : undefined);
  }

  private packageFile(pkgDir: string, sub: string, isWorkspace: boolean, conditions: Set<string>): string | { reason: string } {
    const manifest = this.cfs.readJson(joinRel(pkgDir, 'package.json')) ?? {};
    const located = (target: string) => this.fileLike(joinRel(pkgDir, target)) ?? (isWorkspace ? this.sourceOf(pkgDir, target, manifest) : undefined);
    if (manifest.exports !== undefined) {
      const targets = exportsTargets(manifest.exports, sub ? `./${sub}` : '.', conditions);
      if (targets.length === 0) return { reason: `${sub ? `./${sub}` : '.'} is not exported by ${pkgDir}/package.json for the edge conditions` };
      for (const t of targets) {
        const f = located(t);
        if (f) return f;
      }
      return { reason: `exports target ${targets[0]} of ${pkgDir}/package.json does not exist${isWorkspace ? ' and has no source file' : ''}` };
    }
    if (sub) return located(sub) ?? { reason: `${pkgDir}/${sub} does not exist` };
    for (const field of ['browser', 'module', 'main']) {
      const v = manifest[field];
      if (typeof v !== 'string') continue;
      const f = located(v);
      if (f) return f;
    }
    return located('index') ?? (isWorkspace ? this.fileLike(joinRel(pkgDir, 'src/index')) : undefined) ?? { reason: `${pkgDir}/package.json names no entry file that exists` };
  }

  /** The file a workspace package's exports target stands for: the target itself, or its source when unbuilt. */
  workspaceTarget(pkgDir: string, target: string): string | undefined {
    const manifest = this.cfs.readJson(joinRel(pkgDir, 'package.json')) ?? {};
    return this.fileLike(joinRel(pkgDir, target)) ?? this.sourceOf(pkgDir, target, manifest);
  }

  /** A workspace package points at build output that is not built in CI: bundlers that transpile it read the source. */
  private sourceOf(pkgDir: string, target: string, manifest: Record<string, unknown>): string | undefined {
    const rel = target.replace(/^\.\//, '').replace(/(\.d)?\.(c|m)?(j|t)sx?$/, '');
    const candidates = [rel.replace(BUILD_DIRS, 'src/'), rel.replace(BUILD_DIRS, '')];
    for (const field of ['types', 'typings', 'source']) {
      const v = manifest[field];
      if (typeof v === 'string' && !/\.d\.(c|m)?ts$/.test(v)) candidates.push(v.replace(/^\.\//, ''));
    }
    for (const c of candidates) {
      const f = this.fileLike(joinRel(pkgDir, c));
      if (f && !f.endsWith('.d.ts')) return f;
    }
    return undefined;
  }

  /** A file for a path as written: exact, `.js` standing for `.ts`, extensions, directory index. */
  fileLike(p: string): string | undefined {
    if (p.startsWith('../')) return undefined;
    if (this.cfs.isFile(p)) return p;
    const dot = p.lastIndexOf('.');
    const ext = dot > p.lastIndexOf('/') ? p.slice(dot) : '';
    for (const swap of TS_FOR_JS[ext] ?? []) if (this.cfs.isFile(p.slice(0, dot) + swap)) return p.slice(0, dot) + swap;
    for (const e of EXTENSIONS) if (this.cfs.isFile(p + e)) return p + e;
    if (this.cfs.isDirectory(p)) {
      const manifest = this.cfs.readJson(joinRel(p, 'package.json'));
      const main = typeof manifest?.main === 'string' ? this.fileLike(joinRel(p, manifest.main)) : undefined;
      if (main) return main;
      for (const e of EXTENSIONS) if (this.cfs.isFile(`${p}/index${e}`)) return `${p}/index${e}`;
    }
    if (this.cfs.isFile(`${p}.d.ts`)) return `${p}.d.ts`;
    return undefined;
  }

  private missingReason(target: string, spec: string): string {
    if (this.cfs.isBrokenLink(target) || EXTENSIONS.some((e) => this.cfs.isBrokenLink(target + e))) return `${spec} is a symlink loop or a dangling link`;
    return `no file for ${spec} (tried ${target} with .ts, .tsx, .js and index files)`;
  }
}

/** tsconfig `paths` keys matching a specifier, the most specific first (as TypeScript picks the longest prefix). */
function matchPaths(spec: string, paths: Record<string, string[]>): { key: string; star: string }[] {
  const out: { key: string; star: string; rank: number }[] = [];
  for (const key of Object.keys(paths)) {
    const i = key.indexOf('*');
    if (i < 0) {
      if (key === spec) out.push({ key, star: '', rank: Infinity });
      continue;
    }
    const prefix = key.slice(0, i);
    const suffix = key.slice(i + 1);
    if (spec.startsWith(prefix) && spec.endsWith(suffix) && spec.length >= prefix.length + suffix.length) {
      out.push({ key, star: spec.slice(prefix.length, spec.length - suffix.length), rank: prefix.length });
    }
  }
  return out.sort((a, b) => b.rank - a.rank);
}
