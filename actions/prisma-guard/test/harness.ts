import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { NodeRepoFs } from '@shared/io/repo-fs';
import { CliGitReader } from '@shared/io/git';
import { MemoryLogger } from '@shared/logger';
import type { GuardResult } from '@shared/findings/result';
import { runPrismaGuard, type EngineDeps } from '../src/engine';
import type { PrismaGuardInputs } from '../src/inputs';
import type { PrismaCli } from '../src/prisma-cli';
import { NodePrismaCli } from '../src/prisma-cli';
import { LOCAL_POLICIES } from '@shared/action/guard';

export const FIXTURES = path.join(__dirname, '..', '__fixtures__');

/** A copy of a fixture in a temp dir, with extra files (node_modules cannot be committed in fixtures). */
export function copyFixture(name: string, extra: Record<string, string> = {}): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `prisma-guard-${name}-`));
  fs.cpSync(path.join(FIXTURES, name), root, { recursive: true });
  for (const [rel, content] of Object.entries(extra)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), content);
  }
  return root;
}

export function git(root: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: root, encoding: 'utf8' });
}

/** Commits the tree as the base and returns its sha. */
export function commitBase(root: string): string {
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'base');
  return git(root, 'rev-parse', 'HEAD').trim();
}

export const DEFAULT_INPUTS: PrismaGuardInputs = { schemas: [], checkClient: true, checkFormat: true, drift: 'skip', ignore: [] };

export async function runEngine(
  root: string,
  inputs: Partial<PrismaGuardInputs> = {},
  opts: { cli?: PrismaCli; env?: Record<string, string | undefined>; base?: string; embeddedDiff?: EngineDeps['embeddedDiff'] } = {},
): Promise<GuardResult & { logger: MemoryLogger }> {
  const repo = new NodeRepoFs(root);
  const logger = new MemoryLogger();
  const env = opts.env ?? {};
  const result = await runPrismaGuard({ ...DEFAULT_INPUTS, ...inputs, ...(opts.base ? { base: opts.base } : {}) }, {
    fs: repo,
    git: new CliGitReader(root),
    logger,
    labels: [],
    env,
    workDir: os.tmpdir(),
    policies: LOCAL_POLICIES,
    run: {},
  }, { cli: opts.cli ?? new NodePrismaCli(repo, env), embeddedDiff: opts.embeddedDiff });
  return { ...result, logger };
}

export function rulesOf(result: GuardResult): string[] {
  return result.findings.map((f) => f.ruleId).sort();
}
