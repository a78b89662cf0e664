import type { Finding } from '@shared/findings/finding';
import { LineIndex } from '@shared/findings/positions';
import type { RepoFs } from '@shared/io/repo-fs';
import { dynamicRead } from '../rules/env-dynamic-read';
import { undeclaredRead } from '../rules/env-undeclared-read';
import type { WorkspaceEnv } from './declared-env';
import { findEnvReads } from './find-reads';
import { suggestTask } from './suggest-task';

/** Next.js sets NEXT_RUNTIME itself in every runtime; it never comes from the job's environment. */
const SET_BY_FRAMEWORK: Record<string, string[]> = { nextjs: ['NEXT_RUNTIME'] };

export interface ReadStats {
  reads: number;
  files: number;
  /** Variable names read in this workspace. */
  names: Set<string>;
}

/**
 * Scans one workspace's files and reports undeclared and dynamic reads. `rootOnly` is the same workspace as the
 * root turbo.json alone would declare it, to explain a read that the package's own turbo.json un-declared.
 */
export function checkReads(fs: RepoFs, env: WorkspaceEnv, files: readonly string[], rootTurboJson: string, findings: Finding[], rootOnly?: WorkspaceEnv): ReadStats {
  const setByFramework = new Set(env.frameworks.flatMap((f) => SET_BY_FRAMEWORK[f.slug] ?? []));
  const stats: ReadStats = { reads: 0, files: files.length, names: new Set() };
  for (const file of files) {
    const text = fs.readText(file);
    // Cheap pre-filter: most files never mention env, and parsing is the expensive part.
    if (!text.includes('env')) continue;
    const reads = findEnvReads(file, text);
    if (reads.length === 0) continue;
    const index = new LineIndex(text);
    for (const read of reads) {
      stats.reads++;
      const location = index.locationOfChars(file, read.start, read.end);
      if (read.name === undefined) {
        findings.push(dynamicRead(read.via, read.keyText ?? '?', location));
        continue;
      }
      stats.names.add(read.name);
      if (setByFramework.has(read.name) || env.declaredBy(read.name)) continue;
      const suggestion = suggestTask(env, file, rootTurboJson);
      if (env.ownTurboJson && rootOnly?.declaredBy(read.name)) suggestion.replacedBy = env.ownTurboJson;
      findings.push(undeclaredRead(read.name, location, env.workspace.dir, suggestion));
    }
  }
  return stats;
}
