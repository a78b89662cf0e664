import * as path from 'node:path';
import { createFixtureRepo, treeFromDir } from '../../../test/harness/fixture-repo';
import { runDist } from '../../../test/harness/run-dist';

const base = treeFromDir(path.resolve(__dirname, '..', '__fixtures__', 'pnpm-extends'));
const cleanBase = { ...base, 'apps/api/src/server.ts': 'export const only = process.env.API_ONLY;\n', 'apps/api/src/server.test.ts': null, 'apps/admin/src/index.ts': 'export const a = process.env.ADMIN_ONLY;\n' };

describe('env-guard dist', () => {
  it('fails a PR that adds an undeclared read, with an annotation at the read and the outputs set', async () => {
    const repo = createFixtureRepo(cleanBase, { 'apps/admin/src/flags.ts': 'export const beta = process.env.BETA_FLAG;\n' });
    const run = await runDist({ action: 'env-guard', repo, pr: { number: 12 } });
    expect(run.exitCode).toBe(1);
    const errors = run.commands.filter((c) => c.command === 'error' && c.properties.file);
    expect(errors).toEqual([
      expect.objectContaining({ properties: expect.objectContaining({ file: 'apps/admin/src/flags.ts', line: '1', col: '21' }), message: expect.stringContaining('BETA_FLAG is read in apps/admin') }),
    ]);
    expect(run.outputs['undeclared-variables']).toBe('BETA_FLAG');
    expect(run.summary).toContain('Undeclared variables');
    expect(run.github.comments).toHaveLength(1);
  });

  it('passes when the allow input covers the read and the required variable is set, never printing its value', async () => {
    const repo = createFixtureRepo(cleanBase, { 'apps/admin/src/flags.ts': 'export const beta = process.env.BETA_FLAG;\n' });
    const inputs = { allow: 'BETA_*', required: 'DEPLOY_KEY' };
    const passing = await runDist({ action: 'env-guard', repo, pr: { number: 13 }, inputs, env: { DEPLOY_KEY: 'dk_live_do_not_print' } });
    expect(passing.exitCode).toBe(0);
    expect(passing.outputs['undeclared-count']).toBe('0');
    expect(passing.stdout + passing.stderr + passing.summary).not.toContain('dk_live_do_not_print');

    const missing = await runDist({ action: 'env-guard', repo, pr: { number: 13 }, inputs });
    expect(missing.exitCode).toBe(1);
    expect(missing.outputs['missing-required']).toBe('DEPLOY_KEY');
  });

  it('reports a broken turbo.json at its line instead of crashing', async () => {
    const repo = createFixtureRepo(cleanBase, { 'turbo.json': '{\n  "tasks": {\n    "build": { "env": ["A"] }\n    "test": {}\n  }\n}\n' });
    const run = await runDist({ action: 'env-guard', repo, pr: { number: 14 } });
    expect(run.exitCode).toBe(1);
    expect(run.commands.find((c) => c.properties.title?.includes('env-turbo-json-invalid'))?.properties).toMatchObject({ file: 'turbo.json', line: '4' });
  });
});
