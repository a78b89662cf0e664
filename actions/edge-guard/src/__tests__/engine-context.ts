import type { ChangeSet, EngineContext } from '@shared/action/guard';
import type { GitReader } from '@shared/io/git';
import { NodeRepoFs } from '@shared/io/repo-fs';
import { MemoryLogger } from '@shared/logger';
import * as path from 'node:path';
import * as os from 'node:os';
import * as fs from 'node:fs';
import { DEFAULT_OPTIONS, type EdgeGuardOptions } from '../engine/options';
import { runEdgeGuard } from '../engine/run-edge-guard';
import { LOCAL_POLICIES } from '@shared/action/guard';

export const FIXTURES = path.resolve(__dirname, '../../__fixtures__');

/** Engine tests read fixtures through the same RepoFs the action uses; git is never needed by this engine. */
export function engineContext(root: string, touched?: string[]): EngineContext {
  const changes: ChangeSet | undefined = touched ? { base: 'base', head: 'head', files: [], touched: new Set(touched) } : undefined;
  return {
    fs: new NodeRepoFs(root),
    git: {} as GitReader,
    logger: new MemoryLogger(),
    changes,
    labels: [],
    env: {},
    workDir: os.tmpdir(),
    policies: LOCAL_POLICIES,
    run: {},
  };
}

export function runOn(root: string, options: Partial<EdgeGuardOptions> = {}, touched?: string[]) {
  return runEdgeGuard({ ...DEFAULT_OPTIONS, ...options }, engineContext(root, touched));
}

/** Writes a small tree into a fresh temp directory (for cases a committed fixture cannot hold, such as a symlink loop). */
export function writeTree(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'edge-guard-'));
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), content);
  }
  return root;
}
