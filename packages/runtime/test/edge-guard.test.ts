import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { NodeRepoFs } from '@shared/io/repo-fs';
import { MemoryLogger } from '@shared/logger';
import { runEdgeGuard } from '../../../actions/edge-guard/src/engine/run-edge-guard';
import { DEFAULT_OPTIONS } from '../../../actions/edge-guard/src/engine/options';
import { LOCAL_POLICIES } from '@shared/action/guard';

const pkgDir = path.resolve(__dirname, '..');

/** A one-package monorepo holding a copy of this package as it is published (package.json, dist, README). */
function monorepoWithRuntime(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'runtime-edge-guard-'));
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, workspaces: ['packages/*'] }));
  for (const entry of ['package.json', 'dist', 'src']) fs.cpSync(path.join(pkgDir, entry), path.join(dir, 'packages', 'runtime', entry), { recursive: true });
  return dir;
}

describe('edge-guard on @bickford/runtime', () => {
  it('finds the edge builds named by the exports map and reports nothing in them', async () => {
    const root = monorepoWithRuntime();
    const logger = new MemoryLogger();
    try {
      const result = await runEdgeGuard(DEFAULT_OPTIONS, {
        fs: new NodeRepoFs(root),
        git: { hasCommit: () => false, changedFiles: () => undefined, show: () => undefined, listFiles: () => [] },
        logger,
        labels: [],
        env: {},
        workDir: root,
        policies: LOCAL_POLICIES,
        run: {},
      });
      expect(result.findings).toEqual([]);
      expect(logger.lines.join('\n')).toMatch(/edge-guard: [1-9]\d* edge entries/);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
