import type { CachedFs } from './cached-fs';
import type { ModuleStore } from './module-store';
import { dirOf } from '@shared/io/repo-path';
import { dependsOn, type WorkspacePackage } from './workspaces';

export type EntryKind = 'app-route' | 'pages-route' | 'middleware' | 'instrumentation' | 'exports-condition' | 'config';

export interface EdgeEntry {
  file: string;
  kind: EntryKind;
  /** Why this file runs on the edge, for the summary. */
  why: string;
  /** The Next.js build that bundles it (entries Next does not build have none). */
  next?: NextBuild;
}

/** Which Next builds an app: its major version and bundler, from its package.json (as `next build` would run). */
export interface NextBuild {
  major: number;
  bundler: 'webpack' | 'turbopack';
}

/**
 * The app's `next` dependency (or the installed one when the range names no version; Next 16 when neither
 * says), and its build script: Next 16 builds with Turbopack unless `--webpack`, Next 15 with webpack unless
 * `--turbopack`. Where the two differ (test/next-oracle), edge-guard follows this build.
 */
export function nextBuildOf(cfs: CachedFs, app: string): NextBuild {
  const manifest = (app === '.' ? cfs.readJson('package.json') : cfs.readJson(`${app}/package.json`)) ?? {};
  const range = ['dependencies', 'devDependencies', 'peerDependencies']
    .map((k) => (manifest[k] as Record<string, unknown> | undefined)?.next)
    .find((v): v is string => typeof v === 'string');
  let major = Number(/(\d+)/.exec(range ?? '')?.[1]);
  if (!Number.isFinite(major) || !/^[~^>=<\s]*\d/.test(range ?? '')) {
    const installed = cfs.readJson(app === '.' ? 'node_modules/next/package.json' : `${app}/node_modules/next/package.json`) ?? cfs.readJson('node_modules/next/package.json');
    major = Number(/^(\d+)/.exec(String(installed?.version ?? ''))?.[1] ?? 16);
  }
  const build = String((manifest.scripts as Record<string, unknown> | undefined)?.build ?? '');
  const bundler = /--webpack\b/.test(build) ? 'webpack' : /--turbo(pack)?\b/.test(build) ? 'turbopack' : major >= 16 ? 'turbopack' : 'webpack';
  return { major, bundler };
}

/** A segment config Next refuses at build time: `runtime = 'experimental-edge'` in the App Router (Next 15 and later). */
export interface SegmentConfigError {
  file: string;
  start: number;
  end: number;
  message: string;
}

const CODE_EXT = '{ts,tsx,js,jsx,mjs}';
const APP_FILES = '{page,layout,route,template,default,not-found,error,global-error,loading,opengraph-image,twitter-image,icon,apple-icon,sitemap,robots,manifest}';
const EDGE_RUNTIMES = new Set(['edge', 'experimental-edge']);

/** Directories of Next.js apps: workspaces (or the root) that depend on `next` or have a next.config. */
export function findNextApps(cfs: CachedFs, workspaces: WorkspacePackage[]): string[] {
  const dirs = new Set<string>();
  const candidates = [{ dir: '.', manifest: cfs.readJson('package.json') ?? {} }, ...workspaces];
  for (const { dir, manifest } of candidates) {
    const hasConfig = cfs.fs.list(dir).some((n) => /^next\.config\.(js|mjs|cjs|ts|mts)$/.test(n));
    if (hasConfig || dependsOn(manifest, 'next')) dirs.add(dir);
  }
  return [...dirs].sort();
}

/**
 * Files Next runs on the edge, read from their segment config (parsed, never grepped): App Router files with
 * `runtime = 'edge'` (a layout's runtime applies to the pages below it, never to `route.ts` handlers, which
 * stay on Node unless they say otherwise: checked with the real `next build`, test/next-oracle), Pages Router
 * files with `config.runtime`, middleware unless it opts into Node, and instrumentation (its NEXT_RUNTIME
 * branches folded later). App Router `runtime = 'experimental-edge'` fails Next's build: it is an error.
 */
export function nextEntries(
  cfs: CachedFs,
  store: ModuleStore,
  app: string,
): { entries: EdgeEntry[]; skipped: EdgeEntry[]; errors: SegmentConfigError[]; nodeFiles: string[] } {
  const entries: EdgeEntry[] = [];
  // What the app runs on Node.js: the other route files, Node middleware or proxy.ts, instrumentation's Node side.
  const nodeFiles: string[] = [];
  const skipped: EdgeEntry[] = [];
  const errors: SegmentConfigError[] = [];
  const next = nextBuildOf(cfs, app);
  const facts = (file: string) => {
    // A segment config names `runtime`; most pages do not, and they need no parse.
    if (!mentions(cfs, file, 'runtime')) return undefined;
    const m = store.get(file);
    return 'facts' in m ? m.facts : undefined;
  };
  const at = (rel: string) => (app === '.' ? rel : `${app}/${rel}`);
  const routeFiles = cfs.fs.glob([`app/**/${APP_FILES}.${CODE_EXT}`, `src/app/**/${APP_FILES}.${CODE_EXT}`], { cwd: app });
  const layoutRuntime = new Map<string, string>();
  for (const f of routeFiles) {
    const r = /\/layout\.[a-z]+$/.test(f) ? facts(f)?.runtimeExport : undefined;
    if (r) layoutRuntime.set(dirOf(f), r);
  }
  for (const f of routeFiles) {
    const fileFacts = facts(f);
    const own = fileFacts?.runtimeExport;
    if (own === 'experimental-edge' && fileFacts?.runtimeExportAt) {
      errors.push({
        file: f,
        ...fileFacts.runtimeExportAt,
        message: `${f} sets runtime = 'experimental-edge', which the App Router refuses at build time (Next 15 and later): use 'edge'`,
      });
    }
    // With webpack (Next 15, and Next 16 --webpack) route handlers take no runtime from a layout, only pages and
    // the other UI files below it do; Turbopack gives it to route.ts too (all three seen in the real builds:
    // test/next-oracle case layout-edge-route-handler).
    const isRouteHandler = /\/route\.[a-z]+$/.test(f) || /^route\.[a-z]+$/.test(f);
    const inherited = own === undefined && (!isRouteHandler || next.bundler === 'turbopack') ? nearestLayout(layoutRuntime, dirOf(f)) : undefined;
    const runtime = own ?? inherited?.runtime;
    if (runtime && EDGE_RUNTIMES.has(runtime)) {
      entries.push({ file: f, kind: 'app-route', why: own ? `export const runtime = '${own}'` : `runtime '${runtime}' from ${inherited!.dir}/layout` });
    } else nodeFiles.push(f);
  }
  for (const f of cfs.fs.glob([`pages/**/*.${CODE_EXT}`, `src/pages/**/*.${CODE_EXT}`], { cwd: app })) {
    const r = facts(f)?.configRuntime;
    if (r && EDGE_RUNTIMES.has(r)) entries.push({ file: f, kind: 'pages-route', why: `export const config = { runtime: '${r}' }` });
    else nodeFiles.push(f);
  }
  for (const dir of ['', 'src/']) {
    for (const name of cfs.fs.list(at(dir.replace(/\/$/, '') || '.'))) {
      const file = at(`${dir}${name}`);
      if (/^middleware\.(ts|tsx|js|jsx|mjs)$/.test(name)) {
        const r = facts(file)?.configRuntime;
        if (r === 'nodejs') skipped.push({ file, kind: 'middleware', why: "config.runtime is 'nodejs'" });
        else entries.push({ file, kind: 'middleware', why: 'middleware runs on the edge' });
      } else if (/^proxy\.(ts|tsx|js|jsx|mjs)$/.test(name)) {
        skipped.push({ file, kind: 'middleware', why: 'proxy.ts runs on Node.js (Next 16)' });
      } else if (/^instrumentation\.(ts|js|mjs)$/.test(name)) {
        entries.push({ file, kind: 'instrumentation', why: 'instrumentation runs on both runtimes; NEXT_RUNTIME branches folded' });
        nodeFiles.push(file);
      }
    }
  }
  for (const e of entries) e.next = next;
  nodeFiles.push(...skipped.map((e) => e.file));
  return { entries, skipped, errors, nodeFiles };
}

function mentions(cfs: CachedFs, file: string, word: string): boolean {
  try {
    return cfs.fs.readText(file).includes(word);
  } catch {
    return true; // the store reports why it cannot be read
  }
}

function nearestLayout(layouts: Map<string, string>, dir: string): { dir: string; runtime: string } | undefined {
  for (let d = dir; ; d = dirOf(d)) {
    const r = layouts.get(d);
    if (r) return { dir: d, runtime: r };
    if (d === '.' || !d.includes('/')) return undefined;
  }
}
