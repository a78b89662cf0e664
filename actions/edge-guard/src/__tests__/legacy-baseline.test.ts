import * as fs from 'node:fs';
import * as path from 'node:path';
import { BASELINE_FILE, readBaselineFile } from '@shared/baseline/baseline-file';
import { InputReader, MapInputSource } from '@shared/config/input-reader';
import { NodeRepoFs } from '@shared/io/repo-fs';
import { MemoryLogger } from '@shared/logger';
import { baselineText } from '../engine/baseline';
import { guard } from '../guard';
import { engineContext, writeTree } from './engine-context';

/** The deprecated `baseline-file` / `update-baseline` inputs, through the guard as the action and the CLI run it. */
const NEXT_APP = { 'package.json': JSON.stringify({ name: 'app', dependencies: { next: '15.0.0' } }) };
const ROUTE = { 'app/route.ts': "import 'node:fs';\nexport const runtime = 'edge';\n" };

async function run(root: string, inputs: Record<string, string>) {
  const ctx = { ...engineContext(root), logger: new MemoryLogger() };
  const result = await guard.run(guard.readInputs(new InputReader([new MapInputSource('flag', inputs)])), ctx);
  return { result, warnings: ctx.logger.lines.filter((l) => l.startsWith('warning:')) };
}

describe('edge-guard baseline-file and update-baseline (deprecated)', () => {
  it('still applies a baseline file in the older format, with a deprecation warning, and counts only new chains', async () => {
    const root = writeTree({ ...NEXT_APP, ...ROUTE });
    const first = await run(root, {});
    expect(first.result.outputs.violations).toBe('1');
    fs.writeFileSync(path.join(root, 'old.json'), baselineText(first.result.findings));
    fs.writeFileSync(path.join(root, 'app/route.ts'), "import 'node:fs';\nimport 'node:net';\nexport const runtime = 'edge';\n");
    const second = await run(root, { 'baseline-file': 'old.json' });
    expect(second.warnings).toEqual([expect.stringMatching(/`baseline-file` input is deprecated: `bickford baseline edge-guard` writes \.bickford\/baseline\.json/)]);
    expect(second.result.findings.map((f) => [f.properties?.target, f.suppressed?.kind])).toEqual([
      ['builtin:fs', 'baseline'],
      ['builtin:net', undefined],
    ]);
    // Through the shared mechanism: the suppression points at the entry's line in the file.
    expect(second.result.findings[0].suppressed?.location).toEqual({ file: 'old.json', line: 5, column: 1 });
    expect(second.result.outputs.violations).toBe('1');
  });

  it('update-baseline writes the shared format, keeps other guards\' entries, and a later run reads it by either route', async () => {
    const root = writeTree({ ...NEXT_APP, ...ROUTE, [BASELINE_FILE]: JSON.stringify({ version: 1, entries: [{ guard: 'env-guard', rule: 'env-undeclared-read', fingerprint: 'f'.repeat(32), reason: 'kept' }] }) });
    const written = await run(root, { 'update-baseline': 'true' });
    expect(written.warnings).toEqual([expect.stringMatching(/`update-baseline` input is deprecated/)]);
    expect(written.result.outputs['baseline-file']).toBe(BASELINE_FILE);
    const file = readBaselineFile(new NodeRepoFs(root))!;
    expect(file.entries.map((e) => [e.guard, e.rule, e.reason])).toEqual([
      ['edge-guard', 'edge-node-builtin', undefined],
      ['env-guard', 'env-undeclared-read', 'kept'],
    ]);
    const named = await run(root, { 'baseline-file': BASELINE_FILE });
    expect(named.result.outputs.violations).toBe('0');
  });

  it('writes nothing and warns nothing in the run at the base', async () => {
    const root = writeTree({ ...NEXT_APP, ...ROUTE });
    const ctx = { ...engineContext(root), logger: new MemoryLogger(), onlyRules: new Set(['edge-node-builtin']) };
    await guard.run(guard.readInputs(new InputReader([new MapInputSource('flag', { 'update-baseline': 'true' })])), ctx);
    expect(fs.existsSync(path.join(root, BASELINE_FILE))).toBe(false);
    expect(ctx.logger.lines.filter((l) => l.startsWith('warning:'))).toEqual([]);
  });
});
