import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { brief, runOn } from './engine-context';

function repo(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'env-guard-shape-'));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
  return root;
}

const MONOREPO = { 'package.json': JSON.stringify({ name: 'root', private: true, workspaces: ['apps/*', 'packages/*'] }), 'apps/web/package.json': JSON.stringify({ name: 'web', scripts: { build: 'x' } }) };
const turbo = (json: object) => JSON.stringify(json, null, 2);
const undeclared = (lines: string[]) => lines.filter((l) => l.startsWith('env-undeclared-read'));

describe('runEnvGuard on the shapes real monorepos have', () => {
  it("reads env('X') through a workspace wrapper and its transitive caller, and counts them as uses of declarations", async () => {
    const root = repo({
      ...MONOREPO,
      'packages/lib/package.json': JSON.stringify({ name: '@acme/lib' }),
      'packages/lib/env.ts': 'export const env = (variable: string) => (typeof process !== "undefined" ? process?.env?.[variable] : undefined);\nexport const requireEnv = (v: string) => { const x = env(v); if (!x) throw new Error(v); return x; };\n',
      'apps/web/src/mail.ts': "import { env, requireEnv } from '@acme/lib/env';\nexport const region = env('NEXT_PRIVATE_SES_REGION');\nexport const key = requireEnv('SES_KEY');\nexport const other = getSetting('FROM_INPUT');\n",
      'turbo.json': turbo({ tasks: { build: { env: ['NEXT_PRIVATE_SES_REGION'] } } }),
    });
    const r = await runOn(root, { readers: new Map([['getSetting', 0]]) });
    expect(undeclared(brief(r))).toEqual(['env-undeclared-read SES_KEY apps/web/src/mail.ts:3:20', 'env-undeclared-read FROM_INPUT apps/web/src/mail.ts:4:22']);
    expect(r.findings.filter((f) => f.ruleId !== 'env-undeclared-read')).toEqual([]);
  });

  it('reads the root package and files outside every workspace when a //# task runs them, and names that task', async () => {
    const files = { ...MONOREPO, 'scripts/seed.ts': 'console.log(process.env.SEED_SIZE);\n', 'playwright.config.ts': 'export default { baseURL: process.env.E2E_URL };\n' };
    const withRootTask = await runOn(repo({ ...files, 'turbo.json': turbo({ tasks: { build: {}, '//#e2e': { env: ['E2E_URL'] } } }) }));
    const found = withRootTask.findings.filter((f) => f.ruleId === 'env-undeclared-read');
    expect(found.map((f) => [f.properties?.variable, f.location?.file, f.properties?.suggestedTask])).toEqual([['SEED_SIZE', 'scripts/seed.ts', '//#e2e']]);
    expect(found[0].message).toContain('read in the root package (files outside every workspace)');
    // No //# task: turbo never runs these files, so nothing is at stake; E2E_URL still counts as read.
    const without = await runOn(repo({ ...files, 'turbo.json': turbo({ globalEnv: ['E2E_URL'], tasks: { build: {} } }) }));
    expect(brief(without)).toEqual([]);
  });

  it('names pkg#build when it replaces the generic build that declares the variable', async () => {
    const root = repo({ ...MONOREPO, 'apps/web/src/a.ts': 'export const a = process.env.API_URL;\n', 'turbo.json': turbo({ tasks: { build: { env: ['API_URL'] }, 'web#build': { outputs: ['dist/**'] } } }) });
    const [f] = (await runOn(root)).findings;
    expect(f.properties).toMatchObject({ variable: 'API_URL', suggestedTask: 'web#build', suggestedFile: 'turbo.json' });
    expect(f.message).toBe('API_URL is read in apps/web but is not declared for the task that runs there; the generic `build` task declares it, but `web#build` in turbo.json replaces that task for this package (turbo does not merge the two): add it to the `env` of `web#build`');
  });

  it('models extends between workspace turbo.json files', async () => {
    const root = repo({
      ...MONOREPO,
      'packages/config/package.json': JSON.stringify({ name: '@acme/config' }),
      'packages/config/turbo.json': turbo({ extends: ['//'], tasks: { build: { env: ['$TURBO_EXTENDS$', 'SHARED_FROM_CONFIG'] } } }),
      'apps/web/turbo.json': turbo({ extends: ['//', '@acme/config'], tasks: {} }),
      'apps/web/src/a.ts': 'export const a = [process.env.SHARED_FROM_CONFIG, process.env.ROOT_ONE, process.env.NOPE];\n',
      'turbo.json': turbo({ tasks: { build: { env: ['ROOT_ONE'] } } }),
    });
    expect(undeclared(brief(await runOn(root, { reportUnused: false })))).toEqual(['env-undeclared-read NOPE apps/web/src/a.ts:1:73']);
  });

  it("honours eslint-plugin-turbo's suppression comments, with their reason", async () => {
    const root = repo({
      ...MONOREPO,
      'apps/web/src/a.ts': [
        '// eslint-disable-next-line turbo/no-undeclared-env-vars -- debugging only',
        "export const a = process.env.DEBUG_PDF === '1';",
        'export const b = process.env.INLINE; // eslint-disable-line turbo/no-undeclared-env-vars',
        '// eslint-disable-next-line @typescript-eslint/no-explicit-any',
        'export const c = process.env.NOT_SUPPRESSED;',
        '/* eslint-disable turbo/no-undeclared-env-vars */',
        'export const d = process.env.IN_BLOCK;',
        '/* eslint-enable turbo/no-undeclared-env-vars */',
        'export const e = process.env.AFTER_BLOCK;',
        '',
      ].join('\n'),
      'turbo.json': turbo({ tasks: { build: {} } }),
    });
    const r = await runOn(root);
    const by = (v: string) => r.findings.find((f) => f.properties?.variable === v)!;
    expect(by('DEBUG_PDF').suppressed).toEqual({ kind: 'ignore', reason: 'debugging only (eslint-disable-next-line turbo/no-undeclared-env-vars)', location: { file: 'apps/web/src/a.ts', line: 1, column: 1 } });
    expect(by('INLINE').suppressed?.kind).toBe('ignore');
    expect(by('IN_BLOCK').suppressed?.kind).toBe('ignore');
    expect(by('NOT_SUPPRESSED').suppressed).toBeUndefined();
    expect(by('AFTER_BLOCK').suppressed).toBeUndefined();
    expect(r.outputs['undeclared-variables']).toBe('AFTER_BLOCK,NOT_SUPPRESSED');
  });

  it('says what is at stake under envMode loose, for variables turbo always passes through, and under turbo 1', async () => {
    const file = { 'apps/web/src/a.ts': 'export const a = [process.env.API_URL, process.env.VERCEL_URL, process.env.LEGACY];\n' };
    const strict = await runOn(repo({ ...MONOREPO, ...file, 'turbo.json': turbo({ tasks: { build: {} } }) }));
    const help = (r: typeof strict, v: string) => r.findings.find((f) => f.properties?.variable === v)?.help;
    expect(help(strict, 'API_URL')).toContain('strict mode strips it');
    expect(help(strict, 'VERCEL_URL')).toContain("turbo's built-in pass-through list");
    expect(strict.findings.find((f) => f.properties?.variable === 'VERCEL_URL')?.severity).toBe('warning');
    expect(strict.findings.find((f) => f.properties?.variable === 'API_URL')?.severity).toBe('error');
    const loose = await runOn(repo({ ...MONOREPO, ...file, 'turbo.json': turbo({ envMode: 'loose', tasks: { build: {} } }) }));
    expect(help(loose, 'API_URL')).toContain('Under `envMode: loose` turbo passes every variable');
    const v1 = await runOn(repo({ ...MONOREPO, ...file, 'turbo.json': turbo({ pipeline: { build: { dependsOn: ['^build', '$LEGACY'] } } }) }));
    expect(undeclared(brief(v1)).map((l) => l.split(' ')[1])).toEqual(['API_URL', 'VERCEL_URL']);
    expect(help(v1, 'API_URL')).toContain('turbo 1 (`pipeline`)');
  });
});
