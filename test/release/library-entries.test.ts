/**
 * The `bickford` package's library entries as users get them: packed with `npm pack`, installed offline into an
 * empty project (the tarball is all there is), then imported from Node ESM and CJS and type-checked from a
 * TypeScript consumer, as test/release/packages.test.ts does for the CLI itself.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { packPackage } = require('../../scripts/npm-packages.cjs') as { packPackage(dir: string, destination: string): { file: string; files: string[] } };

const ROOT = path.resolve(__dirname, '..', '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bickford-library-'));
const project = path.join(work, 'project');
const offline = { ...process.env, npm_config_registry: 'http://127.0.0.1:9/', npm_config_proxy: 'http://127.0.0.1:9/', npm_config_https_proxy: 'http://127.0.0.1:9/', npm_config_cache: path.join(work, 'npm-cache'), npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
let files: string[] = [];

const SQL = 'ALTER TABLE "User" DROP COLUMN "bio";\n';

beforeAll(() => {
  const packed = packPackage('cli', path.join(work, 'tarballs'));
  files = packed.files;
  fs.mkdirSync(project);
  fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'empty-project', version: '1.0.0', private: true }));
  const r = spawnSync('npm', ['install', '--offline', '--no-audit', '--no-fund', packed.file], { cwd: project, env: offline, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm install exited ${r.status}:\n${r.stderr}`);
}, 300_000);

const run = (file: string, source: string) => {
  fs.writeFileSync(path.join(project, file), source);
  // From a directory outside the repository: nothing but the installed tarball can be found.
  return JSON.parse(execFileSync(process.execPath, [file], { cwd: project, encoding: 'utf8' }).trim().split('\n').pop()!);
};

describe('bickford/migration, installed from its tarball', () => {
  it('ships the entry as CommonJS, an ES module and declarations', () => {
    expect(files).toEqual(expect.arrayContaining(['dist/migration.js', 'dist/migration.mjs', 'dist/migration.d.ts']));
  });

  it('imports from Node ESM and scores a migration', () => {
    const r = run('esm.mjs', `import { analyzeMigration, gateMigrationRegression, gateMigrationRisk } from 'bickford/migration';\nconst a = await analyzeMigration('20240301000000_drop_bio', ${JSON.stringify(SQL)});\nconsole.log(JSON.stringify({ risk: a.riskScore, regressive: a.isRegressive, denial: gateMigrationRegression(a)?.ruleId, risky: gateMigrationRisk(a, 0.5)?.ruleId, entry: import.meta.resolve('bickford/migration') }));\n`);
    expect(r).toMatchObject({ risk: 0.9, regressive: true, denial: 'ban-drop-column', risky: 'risk-threshold' });
    expect(r.entry).toMatch(/node_modules\/bickford\/dist\/migration\.mjs$/);
  });

  it('requires from Node CJS and scores a migration', () => {
    const r = run('cjs.cjs', `const m = require('bickford/migration');\nm.analyzeMigration('20240101000000_init', 'CREATE TABLE "A" ("id" INT);').then((a) => console.log(JSON.stringify({ risk: a.riskScore, regressive: a.isRegressive, ops: a.operations.length, denial: m.gateMigrationRegression(a), entry: require.resolve('bickford/migration') })));\n`);
    expect(r).toMatchObject({ risk: 0, regressive: false, ops: 1, denial: null });
    expect(r.entry).toMatch(/node_modules\/bickford\/dist\/migration\.js$/);
  });

  it('type-checks a TypeScript consumer against the shipped declarations, and rejects a wrong use', () => {
    const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    fs.writeFileSync(path.join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', types: [] }, files: ['use.mts'] }));
    fs.writeFileSync(path.join(project, 'use.mts'), "import { analyzeMigration, gateMigrationRisk, type MigrationAnalysis, type MigrationDenial } from 'bickford/migration';\nconst a: MigrationAnalysis = await analyzeMigration('m', 'SELECT 1');\nconst d: MigrationDenial | null = gateMigrationRisk(a, 0.5);\nconst score: number = a.riskScore;\nexport { d, score };\n");
    const good = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: project, encoding: 'utf8' });
    expect(good.stdout + good.stderr).toBe('');
    fs.writeFileSync(path.join(project, 'use.mts'), "import { gateMigrationRisk } from 'bickford/migration';\nexport const d = gateMigrationRisk('not an analysis', 0.5);\n");
    const bad = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: project, encoding: 'utf8' });
    expect(bad.stdout).toMatch(/use\.mts\(2,\d+\): error TS2345/);
  });
});
