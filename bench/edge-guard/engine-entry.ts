// Runs the edge-guard engine once on a directory and prints what the benchmark compares. Bundled by run.mjs
// with ncc (as the action is), so the figures include no TypeScript compilation of the engine itself.
import { NodeRepoFs } from '@shared/io/repo-fs';
import { MemoryLogger } from '@shared/logger';
import type { GitReader } from '@shared/io/git';
import { DEFAULT_OPTIONS } from '../../actions/edge-guard/src/engine/options';
import { runEdgeGuard } from '../../actions/edge-guard/src/engine/run-edge-guard';
import { LOCAL_POLICIES } from '../../shared/action/guard';

async function main(): Promise<void> {
  const [root, ...entries] = process.argv.slice(2);
  const started = performance.now();
  const result = await runEdgeGuard(
    { ...DEFAULT_OPTIONS, entries, listModules: true },
    { fs: new NodeRepoFs(root), git: {} as GitReader, logger: new MemoryLogger(), labels: [], env: {}, workDir: root, policies: LOCAL_POLICIES, run: {} },
  );
  const ms = performance.now() - started;
  const data = result.data as { modules: string[]; entries: { file: string }[]; chains: unknown[]; stats: { parsed: number; layeredModules: number } };
  process.stdout.write(
    JSON.stringify({ ms, entries: data.entries.map((e) => e.file), modules: data.modules, chains: data.chains.length, findings: result.findings.length, parsed: data.stats.parsed, layeredModules: data.stats.layeredModules, maxRssKb: process.resourceUsage().maxRSS }),
  );
}

void main();
