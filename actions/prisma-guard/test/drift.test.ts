import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { copyFixture, runEngine } from './harness';
import type { CommandResult, DiffRequest, PrismaCli } from '../src/prisma-cli';

const ROOT_MODULES = path.resolve(__dirname, '../../../node_modules');
const SHADOW = 'postgresql://127.0.0.1:9/shadow';

/** The provider-mismatch fixture with its lock fixed: a valid schema with one migration. */
function projectWithMigrations(extra: Record<string, string> = {}): string {
  const root = copyFixture('provider-mismatch', extra);
  fs.writeFileSync(path.join(root, 'prisma/migrations/migration_lock.toml'), 'provider = "postgresql"\n');
  return root;
}

/** Installs the real Prisma CLI of this repository into a fixture, as `npm ci` would link it. */
function linkRealCli(root: string): void {
  fs.mkdirSync(path.join(root, 'node_modules/.bin'), { recursive: true });
  fs.symlinkSync(path.join(ROOT_MODULES, 'prisma'), path.join(root, 'node_modules/prisma'));
  fs.symlinkSync('../prisma/build/index.js', path.join(root, 'node_modules/.bin/prisma'));
}

/** A schema engine that starts and answers nothing, like the dummy binaries used to run prisma offline. */
function dummyEngine(): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dummy-engine-')), 'schema-engine');
  fs.writeFileSync(file, '#!/bin/sh\nexit 0\n', { mode: 0o755 });
  return file;
}

/** A stand-in for a working CLI and engine: answers the canary, then the real diff with `answer`. */
function answeringCli(answer: CommandResult): PrismaCli & { requests: DiffRequest[] } {
  const requests: DiffRequest[] = [];
  return {
    requests,
    locate: () => ({ bin: 'node_modules/.bin/prisma', version: '7.10.1' }),
    async migrateDiff(req) {
      requests.push(req);
      if (req.from.kind === 'empty' && req.to.kind === 'schema-text') {
        const table = /model (\w+)/.exec(req.to.text)![1];
        return { exitCode: 2, stdout: `-- CreateTable\nCREATE TABLE "${table}" ("id" INTEGER NOT NULL);\n`, stderr: '' };
      }
      return answer;
    },
  };
}

describe('checkDrift', () => {
  it('fails with "could not run" when the real CLI runs with a schema engine that does not answer', async () => {
    const root = projectWithMigrations();
    linkRealCli(root);
    const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: dummyEngine() };
    const r = await runEngine(root, { drift: 'check', shadowDatabaseUrl: SHADOW }, { env });
    expect(r.findings).toEqual([expect.objectContaining({ ruleId: 'prisma-drift-unchecked', severity: 'error', location: { file: 'prisma/schema.prisma', line: 1, column: 1 } })]);
    expect(r.findings[0].message).toMatch(/schema engine did not answer: a canary diff .* exited 0 with no output/);
  });

  it('fails with "could not run" when the repository has no Prisma CLI installed', async () => {
    const r = await runEngine(projectWithMigrations(), { drift: 'check', shadowDatabaseUrl: SHADOW });
    expect(r.findings).toEqual([expect.objectContaining({ ruleId: 'prisma-drift-unchecked' })]);
    expect(r.findings[0].message).toContain('not installed');
  });

  it('fails with "could not run" without a shadow database, and reads one from prisma.config.ts', async () => {
    const cli = answeringCli({ exitCode: 0, stdout: '', stderr: '' });
    const none = await runEngine(projectWithMigrations(), { drift: 'check' }, { cli });
    expect(none.findings[0].message).toContain('shadow database');
    const config = "import { defineConfig, env } from 'prisma/config';\nexport default defineConfig({ datasource: { url: env('DATABASE_URL'), shadowDatabaseUrl: env('SHADOW_URL') } });\n";
    const fromConfig = await runEngine(projectWithMigrations({ 'prisma.config.ts': config }), { drift: 'check' }, { cli, env: { DATABASE_URL: 'postgresql://h/app', SHADOW_URL: SHADOW } });
    expect(fromConfig.findings).toEqual([]);
    expect(cli.requests.at(-1)).toMatchObject({ from: { kind: 'migrations', dir: 'prisma/migrations' }, to: { kind: 'schema', path: 'prisma/schema.prisma' }, shadowDatabaseUrl: SHADOW });
  });

  it('reports drift with the SQL a new migration would run when an answering engine finds a difference', async () => {
    const cli = answeringCli({ exitCode: 2, stdout: '-- AlterTable\nALTER TABLE "User" ADD COLUMN "name" TEXT;\n', stderr: '' });
    const r = await runEngine(projectWithMigrations(), { drift: 'check', shadowDatabaseUrl: SHADOW }, { cli });
    expect(r.findings).toEqual([expect.objectContaining({ ruleId: 'prisma-drift', severity: 'error' })]);
    expect(r.findings[0].message).toContain('ALTER TABLE "User" ADD COLUMN "name" TEXT;');
    expect(r.sections?.find((s) => s.kind === 'code' && s.language === 'sql')).toBeDefined();
  });

  it('passes when an answering engine finds no difference', async () => {
    const cli = answeringCli({ exitCode: 0, stdout: '-- This is an empty migration.', stderr: '' });
    const r = await runEngine(projectWithMigrations(), { drift: 'check', shadowDatabaseUrl: SHADOW }, { cli });
    expect(r.findings).toEqual([]);
    expect(r.data?.projects).toEqual([expect.objectContaining({ drift: 'in-sync' })]);
  });

  it('reports nothing about drift when drift is skip', async () => {
    const r = await runEngine(projectWithMigrations(), { drift: 'skip' });
    expect(r.findings).toEqual([]);
    expect(r.data?.projects).toEqual([expect.objectContaining({ drift: 'skipped' })]);
  });

  describe('with the embedded shadow database', () => {
    const inSync = async () => ({ kind: 'in-sync' as const, engineVersion: 'test' });

    it('takes the embedded path for PostgreSQL when no shadow database is given, and the CLI path when one is', async () => {
      const seen: unknown[] = [];
      const embeddedDiff = async (input: unknown) => (seen.push(input), inSync());
      const cli = answeringCli({ exitCode: 0, stdout: '', stderr: '' });
      const r = await runEngine(projectWithMigrations(), { drift: 'check' }, { cli, embeddedDiff });
      expect(r.findings).toEqual([]);
      expect(seen).toEqual([expect.objectContaining({ migrations: [expect.objectContaining({ name: '20250101000000_init', file: 'prisma/migrations/20250101000000_init/migration.sql' })], lockfile: 'provider = "postgresql"\n' })]);
      expect(cli.requests).toEqual([]);
      await runEngine(projectWithMigrations(), { drift: 'check', shadowDatabaseUrl: SHADOW }, { cli, embeddedDiff });
      expect(seen).toHaveLength(1);
      expect(cli.requests.length).toBeGreaterThan(0);
    });

    it("checks a Prisma 6 schema over the embedded shadow with Prisma 6's engine, a Prisma 7 one with 7's", async () => {
      const root = projectWithMigrations({ 'package.json': '{ "devDependencies": { "prisma": "6.19.0" } }\n' });
      const schemaFile = path.join(root, 'prisma/schema.prisma');
      fs.writeFileSync(schemaFile, fs.readFileSync(schemaFile, 'utf8').replace('provider = "postgresql"', 'provider = "postgresql"\n  url      = env("DATABASE_URL")'));
      const seen: { major: number }[] = [];
      const embeddedDiff = async (input: { major: number }) => (seen.push(input), inSync());
      const six = await runEngine(root, { drift: 'check', checkClient: false }, { embeddedDiff });
      expect(six.findings).toEqual([]);
      await runEngine(projectWithMigrations(), { drift: 'check', checkClient: false }, { embeddedDiff });
      expect(seen.map((s) => s.major)).toEqual([6, 7]);
    });

    it('reports an engine that throws as unchecked, never as a pass', async () => {
      const r = await runEngine(projectWithMigrations(), { drift: 'check' }, { embeddedDiff: async () => { throw new Error('wasm missing'); } });
      expect(r.findings).toEqual([expect.objectContaining({ ruleId: 'prisma-drift-unchecked', severity: 'error', message: expect.stringContaining('wasm missing') })]);
    });
  });
});
