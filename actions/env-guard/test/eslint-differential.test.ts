import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ESLint } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import turbo from 'eslint-plugin-turbo';
import { runOn } from './engine-context';

/**
 * The same monorepo through eslint + eslint-plugin-turbo's no-undeclared-env-vars and through env-guard:
 * the lines each reports (eslint after its own disable comments; env-guard's findings not suppressed) must agree.
 */
const FILE = [
  '// eslint-disable-next-line turbo/no-undeclared-env-vars -- debugging only',
  "export const a = process.env.DEBUG_PDF === '1';",
  'export const b = process.env.INLINE; // eslint-disable-line turbo/no-undeclared-env-vars',
  '// eslint-disable-next-line @typescript-eslint/no-explicit-any',
  'export const c = process.env.NOT_SUPPRESSED;',
  '/* eslint-disable turbo/no-undeclared-env-vars */',
  'export const d = process.env.IN_BLOCK;',
  '/* eslint-enable turbo/no-undeclared-env-vars */',
  'export const e = process.env.AFTER_BLOCK;',
  '// eslint-disable-next-line',
  'export const f = process.env.BARE_DIRECTIVE;',
  'export const g = process.env.DECLARED;',
  '',
].join('\n');

describe('env-guard against eslint-plugin-turbo', () => {
  it('reports the same lines once both honour the suppression comments', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'env-guard-eslint-'));
    const write = (rel: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      fs.writeFileSync(path.join(root, rel), text);
    };
    write('package.json', JSON.stringify({ name: 'root', private: true, workspaces: ['apps/*'] }));
    write('apps/web/package.json', JSON.stringify({ name: 'web', scripts: { build: 'x' } }));
    write('apps/web/src/a.ts', FILE);
    write('turbo.json', JSON.stringify({ tasks: { build: { env: ['DECLARED'] } } }));

    const eslint = new ESLint({
      cwd: root,
      overrideConfigFile: true,
      // Unknown rules named in directives (the @typescript-eslint one) must not be errors of their own.
      overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tsParser }, plugins: { turbo }, linterOptions: { reportUnusedDisableDirectives: 'off' }, rules: { 'turbo/no-undeclared-env-vars': ['error', { cwd: root }] } }],
    });
    const [result] = await eslint.lintFiles(['apps/web/src/a.ts']);
    const byEslint = result.messages.filter((m) => m.ruleId === 'turbo/no-undeclared-env-vars').map((m) => m.line);

    const guard = await runOn(root, { reportUnused: false });
    const byGuard = guard.findings.filter((f) => f.ruleId === 'env-undeclared-read' && !f.suppressed).map((f) => f.location!.line);
    expect(byGuard).toEqual(byEslint);
    expect(byGuard).toEqual([5, 9]);
  });
});
