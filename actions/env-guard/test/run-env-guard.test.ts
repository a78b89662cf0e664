import { brief, runOn } from './engine-context';

const undeclared = (lines: string[]) => lines.filter((l) => l.startsWith('env-undeclared-read'));

describe('runEnvGuard', () => {
  describe('on an npm monorepo with a JSONC turbo.json', () => {
    it('reports each undeclared read at its line and column, and nothing for declared, inferred or built-in ones', async () => {
      const result = await runOn('npm-basic');
      expect(undeclared(brief(result))).toEqual([
        'env-undeclared-read SECRET_TOKEN apps/web/app/page.tsx:3:23',
        'env-undeclared-read DB_HOST apps/web/app/page.tsx:4:14',
        'env-undeclared-read STRIPE_TEST_KEY apps/web/app/page.tsx:5:21',
        'env-undeclared-read REGION apps/web/app/page.tsx:5:47',
        'env-undeclared-read REMOTE_ORIGIN packages/ui/src/config.ts:3:23',
      ]);
      expect(result.outputs['undeclared-variables']).toBe('DB_HOST,REGION,REMOTE_ORIGIN,SECRET_TOKEN,STRIPE_TEST_KEY');
    });

    it('says which task would take the variable', async () => {
      const result = await runOn('npm-basic');
      const secret = result.findings.find((f) => f.properties?.variable === 'SECRET_TOKEN')!;
      expect(secret.severity).toBe('error');
      expect(secret.message).toContain('add it to the `env` of the `build` task in turbo.json, or to `globalEnv`');
      expect(secret.docsUrl).toMatch(/docs\/rules\/env-undeclared-read\.md$/);
    });

    it('reads a function returning process.env[param] as a wrapper, not as a computed key', async () => {
      const result = await runOn('npm-basic');
      expect(result.findings.filter((f) => f.ruleId === 'env-dynamic-read')).toEqual([]);
    });

    it('reports declared variables nothing reads as notices at their line in turbo.json', async () => {
      const result = await runOn('npm-basic');
      expect(brief(result).filter((l) => l.startsWith('env-unused'))).toEqual(['env-unused-declaration CI turbo.json:4:17', 'env-unused-declaration UNUSED_GLOBAL turbo.json:4:23']);
    });

    it('does not scan build output such as .next', async () => {
      const result = await runOn('npm-basic');
      expect(JSON.stringify(result.findings)).not.toContain('BUILT_OUTPUT_ONLY');
    });

    it('counts NEXT_PUBLIC_* as undeclared once framework inference is off and the task does not list it', async () => {
      const result = await runOn('npm-basic', { frameworkInference: false });
      expect(undeclared(brief(result)).map((l) => l.split(' ')[1])).toContain('NEXT_PUBLIC_VERCEL_GIT_BRANCH');
      expect(undeclared(brief(result)).map((l) => l.split(' ')[1])).not.toContain('NEXT_PUBLIC_SITE_NAME');
    });

    it('accepts names and wildcards from the allow list', async () => {
      const result = await runOn('npm-basic', { allow: ['SECRET_*', 'DB_HOST'] });
      expect(undeclared(brief(result)).map((l) => l.split(' ')[1])).toEqual(['STRIPE_TEST_KEY', 'REGION', 'REMOTE_ORIGIN']);
    });

    it('stays quiet about unused declarations when report-unused is off', async () => {
      const result = await runOn('npm-basic', { reportUnused: false });
      expect(result.findings.filter((f) => f.ruleId === 'env-unused-declaration')).toEqual([]);
    });
  });

  describe('on a pnpm monorepo with per-package turbo.json', () => {
    it('applies a package turbo.json, pkg#task keys and $TURBO_EXTENDS$ as turbo 2 does', async () => {
      expect(undeclared(brief(await runOn('pnpm-extends')))).toEqual([
        'env-undeclared-read SHARED_URL apps/admin/src/index.ts:2:23',
        'env-undeclared-read API_ONLY apps/admin/src/index.ts:3:24',
        'env-undeclared-read TEST_DATABASE apps/api/src/server.test.ts:1:23',
        'env-undeclared-read SHARED_URL apps/api/src/server.ts:2:23',
      ]);
    });

    it('explains a variable that the package turbo.json un-declared by replacing the root task env', async () => {
      const result = await runOn('pnpm-extends');
      const shared = result.findings.find((f) => f.location?.file === 'apps/api/src/server.ts')!;
      expect(shared.message).toContain('`build` task in apps/api/turbo.json');
      expect(shared.message).toContain('$TURBO_EXTENDS$');
    });

    it('suggests the test task for a read in a test file', async () => {
      const result = await runOn('pnpm-extends');
      expect(result.findings.find((f) => f.properties?.variable === 'TEST_DATABASE')!.properties).toMatchObject({ suggestedTask: 'test', suggestedFile: 'apps/api/turbo.json' });
    });

    it('skips packages excluded by a negated workspace glob', async () => {
      expect(JSON.stringify((await runOn('pnpm-extends')).findings)).not.toContain('IGNORED_PACKAGE_READ');
    });

    it("counts env() in a Prisma schema as a read, and reports an unused declaration in a package's turbo.json", async () => {
      const unused = brief(await runOn('pnpm-extends')).filter((l) => l.startsWith('env-unused'));
      expect(unused).toEqual(['env-unused-declaration API_NEVER_READ apps/api/turbo.json:5:36']);
    });
  });

  describe('with a turbo.json that does not parse', () => {
    it('reports the syntax error at its line and does not guess at reads', async () => {
      const result = await runOn('syntax-error');
      expect(brief(result)).toEqual(['env-turbo-json-invalid turbo.json:6:5']);
      expect(result.findings[0].message).toBe('turbo.json is not valid JSONC: comma expected');
      expect(result.headline).toContain('not checked');
    });
  });

  describe('without a turbo.json', () => {
    it('reports nothing about reads', async () => {
      const result = await runOn('no-turbo');
      expect(result.findings).toEqual([]);
    });
  });

  describe('the required input', () => {
    it('names each missing or empty variable, points at its declaration, and never prints a value', async () => {
      const result = await runOn('npm-basic', { required: ['API_URL', 'CI', 'STRIPE_SECRET', 'NOT_DECLARED'] }, { API_URL: 'https://secret.example', CI: '', STRIPE_SECRET: 'sk_live_123' });
      const missing = result.findings.filter((f) => f.ruleId === 'env-required-missing');
      expect(missing.map((f) => [f.properties?.variable, f.location?.file, f.location?.line])).toEqual([
        ['NOT_DECLARED', undefined, undefined],
        ['CI', 'turbo.json', 4],
      ]);
      expect(missing.every((f) => f.severity === 'error')).toBe(true);
      expect(result.outputs['missing-required']).toBe('NOT_DECLARED,CI');
      const text = JSON.stringify(result);
      expect(text).not.toContain('secret.example');
      expect(text).not.toContain('sk_live_123');
    });
  });
});
