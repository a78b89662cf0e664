// Bundled by run.mjs with ncc, then run in a child process: env-guard's engine alone on the corpus.
import { NodeRepoFs } from '@shared/io/repo-fs';
import { MemoryLogger } from '@shared/logger';
import { runEnvGuard } from '../../actions/env-guard/src/engine/run-env-guard';
import { LOCAL_POLICIES } from '../../shared/action/guard';

async function main(): Promise<void> {
  const root = process.argv[2];
  const started = performance.now();
  const result = await runEnvGuard(
    { required: [], allow: [], frameworkInference: true, reportUnused: false, ignore: [], readers: new Map() },
    {
      fs: new NodeRepoFs(root),
      git: { hasCommit: () => false, changedFiles: () => undefined, show: () => undefined, listFiles: () => [] },
      logger: new MemoryLogger(),
      labels: [],
      env: {},
      workDir: root,
      policies: LOCAL_POLICIES,
      run: {},
    },
  );
  const undeclared = result.findings.filter((f) => f.ruleId === 'env-undeclared-read').length;
  process.stdout.write(`${JSON.stringify({ found: undeclared, innerMs: performance.now() - started, maxRssKb: process.resourceUsage().maxRSS })}\n`);
}

void main();
