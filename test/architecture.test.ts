import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..');

describe('the layering in .dependency-cruiser.cjs', () => {
  it('holds for shared/, the actions, the CLI and the runtime package', () => {
    const run = spawnSync(process.execPath, [path.join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'), 'shared', 'actions', 'cli', 'packages', '--config', '.dependency-cruiser.cjs', '--output-type', 'json'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    expect(run.stderr).not.toMatch(/ERROR/);
    const report = JSON.parse(run.stdout);
    const violations = report.summary.violations.map((v: { rule: { name: string }; from: string; to: string }) => `${v.rule.name}: ${v.from} → ${v.to}`);
    expect(violations).toEqual([]);
    expect(report.summary.totalCruised).toBeGreaterThan(20);
  });
});
