import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { EngineContext, GitHubReads, RunInfo } from '@shared/action/guard';
import { InputReader, MapInputSource } from '@shared/config/input-reader';
import type { GuardResult } from '@shared/findings/result';
import { CliGitReader } from '@shared/io/git';
import { NodeRepoFs } from '@shared/io/repo-fs';
import { MemoryLogger } from '@shared/logger';
import { guard } from '../src/guard';
import { ACTIONS_POLICIES, LOCAL_POLICIES } from '@shared/action/guard';

/** A temporary repository folder with these files. */
export function tempRepo(files: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'ledger-repo-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  return root;
}

export interface TestRun {
  root: string;
  run?: RunInfo;
  inActions?: boolean;
  repository?: string;
  logger?: MemoryLogger;
  env?: Record<string, string>;
  /** Stands for the GitHub API's commit statuses: runs post their anchor to it, deploys read it back. */
  github?: StatusBoard;
}

type StatusRead = Awaited<ReturnType<GitHubReads['listCommitStatuses']>>[number];

/** Commit statuses in memory, newest first, posted the way the shared runner posts result.data.commitStatus. */
export class StatusBoard implements GitHubReads {
  private readonly bySha = new Map<string, StatusRead[]>();
  post(sha: string, status: { context: string; state: string; description: string }): void {
    this.bySha.set(sha, [{ ...status, createdAt: new Date().toISOString(), creator: 'github-actions[bot]' }, ...(this.bySha.get(sha) ?? [])]);
  }
  async listCommitStatuses(sha: string): Promise<StatusRead[]> {
    return this.bySha.get(sha) ?? [];
  }
}

export function engineContext(options: TestRun): EngineContext {
  return {
    fs: new NodeRepoFs(options.root),
    git: new CliGitReader(options.root),
    logger: options.logger ?? new MemoryLogger(),
    labels: [],
    env: options.env ?? {},
    workDir: options.root,
    policies: options.inActions ? ACTIONS_POLICIES : LOCAL_POLICIES,
    repository: options.repository ?? 'acme/shop',
    run: options.run ?? {},
    ...(options.github ? { github: options.github } : {}),
  };
}

/** Runs the guard as the runner would, with inputs by their action.yml names. */
export async function runLedgerGuard(inputs: Record<string, string | boolean | number>, options: TestRun): Promise<GuardResult> {
  const parsed = guard.readInputs(new InputReader([new MapInputSource('input', inputs)]));
  const result = await guard.run(parsed, engineContext(options));
  const status = (result.data as { commitStatus?: { context: string; state: string; description: string } } | undefined)?.commitStatus;
  const sha = options.run?.sha ?? (typeof inputs.commit === 'string' ? inputs.commit : undefined);
  if (options.github && status && sha) options.github.post(sha, status);
  return result;
}

export const COMMIT_A = 'a'.repeat(40);
export const COMMIT_B = 'b'.repeat(40);
