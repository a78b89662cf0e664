import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { ChangeSet, EngineContext } from '@shared/action/guard';
import type { GitReader } from '@shared/io/git';
import { NodeRepoFs } from '@shared/io/repo-fs';
import { MemoryLogger } from '@shared/logger';
import { DEFAULTS, type MigrationScoreInputs } from '../inputs';
import { ACTIONS_POLICIES, LOCAL_POLICIES } from '@shared/action/guard';

/** Writes a throwaway repository; values are file contents (Buffers for bytes that are not text). */
export function makeRepo(files: Record<string, string | Buffer>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'migration-score-'));
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(root, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, content);
  }
  return root;
}

export function removeRepo(root: string): void {
  fs.rmSync(root, { recursive: true, force: true });
}

const NO_GIT: GitReader = { hasCommit: () => false, changedFiles: () => undefined, show: () => undefined, listFiles: () => [] };

/** An engine context as the CLI builds it, on a fixture directory. `changed` makes it a PR with those files added. */
export function engineContext(root: string, opts: { changed?: ChangeSet['files']; labels?: string[]; inActions?: boolean; env?: Record<string, string> } = {}): EngineContext & { logger: MemoryLogger } {
  const changes: ChangeSet | undefined = opts.changed
    ? { base: 'base', head: 'head', files: opts.changed, touched: new Set(opts.changed.filter((f) => f.status !== 'deleted').map((f) => f.path)) }
    : undefined;
  return { fs: new NodeRepoFs(root), git: NO_GIT, logger: new MemoryLogger(), changes, labels: opts.labels ?? [], env: opts.env ?? {}, workDir: root, policies: opts.inActions ? ACTIONS_POLICIES : LOCAL_POLICIES, run: {} };
}

export function inputs(overrides: Partial<MigrationScoreInputs> = {}): MigrationScoreInputs {
  return { paths: [], all: false, rules: [], ...DEFAULTS, ...overrides };
}
