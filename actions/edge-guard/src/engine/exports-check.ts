import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import type { CachedFs } from './cached-fs';
import type { EdgeEntry } from './entries';
import { edgeConditionTargets } from './package-exports';
import type { Resolver } from './resolver';
import { joinRel } from '@shared/io/repo-path';
import type { WorkspacePackage } from './workspaces';

export interface MissingExportTarget {
  manifest: string;
  /** UTF-16 offset of the target string in package.json. */
  start: number;
  end: number;
  condition: string;
  subpath: string;
  target: string;
}

/**
 * Files that workspace packages send to an edge condition are edge entries (so they must be clean, transitively);
 * a condition whose target does not exist is a finding of its own. The `node` target may be Node-only.
 */
export function exportConditionEntries(cfs: CachedFs, resolver: Resolver, workspaces: WorkspacePackage[]): { entries: EdgeEntry[]; missing: MissingExportTarget[] } {
  const entries: EdgeEntry[] = [];
  const missing: MissingExportTarget[] = [];
  for (const ws of workspaces) {
    const targets = edgeConditionTargets(ws.manifest.exports);
    if (targets.length === 0) continue;
    const manifest = joinRel(ws.dir, 'package.json');
    for (const t of targets) {
      const file = resolver.workspaceTarget(ws.dir, t.target);
      if (file) {
        entries.push({ file, kind: 'exports-condition', why: `${ws.name} exports '${t.subpath}' under '${t.condition}'` });
        continue;
      }
      const tree = parseTree(cfs.fs.readText(manifest));
      const node = tree ? findNodeAtLocation(tree, t.keyPath) : undefined;
      missing.push({ manifest, start: node?.offset ?? 0, end: (node?.offset ?? 0) + (node?.length ?? 0), condition: t.condition, subpath: t.subpath, target: t.target });
    }
  }
  return { entries, missing };
}
