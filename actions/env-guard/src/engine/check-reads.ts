import type { Finding } from '@shared/findings/finding';
import { LineIndex } from '@shared/findings/positions';
import type { RepoFs } from '@shared/io/repo-fs';
import { dynamicRead } from '../rules/env-dynamic-read';
import { undeclaredRead } from '../rules/env-undeclared-read';
import type { WorkspaceEnv } from './declared-env';
import { compileEnvList } from './env-patterns';
import { eslintSuppressions } from './eslint-suppressions';
import { stakesOf } from './pass-through';
import type { RunMemo } from '@shared/baseline/run-memo';
import type { Readers } from './find-reads';
import { findEnvReadsMemo } from './reads-memo';
import type { SourceCache } from './source-cache';
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
export interface ReadOptions {
  /** Wrapper functions found by analysis and named by the `readers` input. */
  readers?: Readers;
  /** Parsed files, shared with the wrapper pass so no file is parsed twice. */
  sources?: SourceCache;
  /** Said instead of the workspace for files of the root package or of no package. */
  scope?: string;
  /** Report nothing, only count: files no turbo task runs (the root package of a monorepo without `//#` tasks). */
  countOnly?: boolean;
  /** The root turbo.json's version and envMode, which decide what an undeclared read risks. */
  mode?: { turboMajor: 1 | 2; envMode?: 'strict' | 'loose' };
  /** New-code mode: reads shared with the other run (head or base), for files the same at both. */
  memo?: RunMemo;
}

export function checkReads(fs: RepoFs, env: WorkspaceEnv, files: readonly string[], rootTurboJson: string, findings: Finding[], rootOnly?: WorkspaceEnv, options: ReadOptions = {}): ReadStats {
  const setByFramework = new Set(env.frameworks.flatMap((f) => SET_BY_FRAMEWORK[f.slug] ?? []));
  const stats: ReadStats = { reads: 0, files: files.length, names: new Set() };
  const readers = options.readers ?? new Map();
  const readerNames = [...readers.keys()];
  for (const file of files) {
    const text = options.sources?.text(file) ?? fs.readText(file);
    // Cheap pre-filter: most files never mention env or a reader, and parsing is the expensive part.
    if (!text.includes('env') && !readerNames.some((n) => text.includes(n))) continue;
    const reads = findEnvReadsMemo(options.memo, file, text, readers, () => options.sources?.peek(file));
    if (reads.length === 0) continue;
    const index = new LineIndex(text);
    const suppressedAt = eslintSuppressions(text);
    for (const read of reads) {
      stats.reads++;
      const location = index.locationOfChars(file, read.start, read.end);
      if (read.name === undefined) {
        findings.push(dynamicRead(read.via, read.keyText ?? '?', location));
        continue;
      }
      stats.names.add(read.name);
      if (options.countOnly || setByFramework.has(read.name) || env.declaredBy(read.name)) continue;
      const suggestion = suggestTask(env, file, rootTurboJson);
      if (env.ownTurboJson && rootOnly?.declaredBy(read.name)) suggestion.replacedBy = env.ownTurboJson;
      const replaced = env.tasks.find((t) => t.key === suggestion.task)?.replaces;
      if (replaced && compileEnvList([...replaced.env, ...replaced.passThroughEnv].map((e) => e.pattern)).matches(read.name)) suggestion.declaredByReplaced = true;
      if (options.scope) suggestion.scope = options.scope;
      const finding = undeclaredRead(read.name, location, env.workspace.dir, suggestion, stakesOf(read.name, options.mode ?? { turboMajor: 2 }));
      const suppression = suppressedAt(location.line);
      if (suppression) finding.suppressed = { ...suppression, location: { ...suppression.location!, file } };
      findings.push(finding);
    }
  }
  return stats;
}
