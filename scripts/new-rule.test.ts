import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ts from 'typescript';

const REPO = path.resolve(__dirname, '..');
const SCRIPT = path.join(REPO, 'scripts', 'new-rule.mjs');
const GUARDS = ['migration-score', 'prisma-guard', 'env-guard', 'edge-guard', 'ledger-record'] as const;
const ID: Record<(typeof GUARDS)[number], string> = {
  'migration-score': 'ban-generated-example',
  'prisma-guard': 'prisma-generated-example',
  'env-guard': 'env-generated-example',
  'edge-guard': 'edge-generated-example',
  'ledger-record': 'ledger-generated-example',
};
const HEADINGS = ['## Problem', '## Solution', '## ❌ Incorrect', '## ✅ Correct', '## Options', '## When not to use it'];

/**
 * A temporary repository: each guard's src/ and tests copied (the generator edits them), docs/rules copied, and
 * what the generated code only reads (shared, packages, the test harness, node_modules) linked.
 */
function scratchRepo(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'new-rule-'));
  for (const dir of ['shared', 'packages', 'test', 'node_modules']) fs.symlinkSync(path.join(REPO, dir), path.join(root, dir));
  for (const guard of GUARDS) {
    for (const sub of ['src', 'test']) {
      const from = path.join(REPO, 'actions', guard, sub);
      if (fs.existsSync(from)) fs.cpSync(from, path.join(root, 'actions', guard, sub), { recursive: true });
    }
  }
  fs.cpSync(path.join(REPO, 'docs', 'rules'), path.join(root, 'docs', 'rules'), { recursive: true });
  return root;
}

function newRule(root: string, ...args: string[]) {
  return spawnSync(process.execPath, [SCRIPT, ...args, '--root', root], { encoding: 'utf8' });
}

describe('scripts/new-rule.mjs', () => {
  let root: string;
  const written: string[] = [];

  beforeAll(() => {
    root = scratchRepo();
    for (const guard of GUARDS) {
      const out = execFileSync(process.execPath, [SCRIPT, guard, ID[guard], '--severity', 'error', '--description', `A generated ${guard} rule.`, '--root', root], { encoding: 'utf8' });
      written.push(...out.split('\n').filter((l) => l.startsWith('  ')).map((l) => path.join(root, l.trim())));
    }
  });

  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('writes the rule, its test table, its docs page and the index entry, and nothing in the repository itself', () => {
    for (const guard of GUARDS) {
      const id = ID[guard];
      expect(fs.existsSync(path.join(root, 'actions', guard, 'src', 'rules', `${id}.ts`))).toBe(true);
      expect(fs.readFileSync(path.join(root, 'actions', guard, 'src', 'rules', 'index.ts'), 'utf8')).toContain(`from './${id}'`);
      const page = fs.readFileSync(path.join(root, 'docs', 'rules', `${id}.md`), 'utf8');
      for (const h of HEADINGS) expect(page).toContain(h);
      expect(fs.existsSync(path.join(REPO, 'docs', 'rules', `${id}.md`))).toBe(false);
    }
    const tables = written.filter((f) => f.endsWith('.test.ts')).map((f) => path.relative(root, f)).sort();
    expect(tables).toEqual([
      'actions/edge-guard/src/__tests__/edge-generated-example.test.ts',
      'actions/env-guard/test/env-generated-example.test.ts',
      'actions/migration-score/src/rules/ban-generated-example.test.ts',
      'actions/prisma-guard/test/prisma-generated-example.test.ts',
    ]);
  });

  it('writes code that type-checks with the repository settings', () => {
    const config = ts.readConfigFile(path.join(REPO, 'tsconfig.json'), ts.sys.readFile).config;
    const parsed = ts.parseJsonConfigFileContent({ ...config, include: [] }, ts.sys, root);
    const files = written.filter((f) => f.endsWith('.ts'));
    const program = ts.createProgram(files, { ...parsed.options, noEmit: true });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => {
      const where = d.file ? `${path.relative(root, d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}` : '';
      return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
    expect(diagnostics).toEqual([]);
  });

  it.each(GUARDS)("lists the new %s rule in the guard's RULES, in the one rule model", async (guard) => {
    const { RULES } = (await import(path.join(root, 'actions', guard, 'src', 'rules', 'index.ts'))) as typeof import('../actions/prisma-guard/src/rules/index');
    const rule = RULES.find((r) => r.id === ID[guard]);
    expect(rule).toMatchObject({ id: ID[guard], guard, severity: 'error', description: `A generated ${guard} rule.` });
    expect(rule!.docsUrl).toMatch(new RegExp(`/${ID[guard]}\\.md$`));
    expect(rule!.report({ message: 'm', location: { file: 'a', line: 1, column: 1 } })).toMatchObject({ ruleId: ID[guard], severity: 'error' });
  });

  it('refuses an id that is taken, one without the guard prefix, and an unknown guard, writing nothing', () => {
    const before = fs.readFileSync(path.join(root, 'actions', 'prisma-guard', 'src', 'rules', 'index.ts'), 'utf8');
    const taken = newRule(root, 'prisma-guard', ID['prisma-guard']);
    expect(taken.status).toBe(2);
    expect(taken.stderr).toContain('exists already');
    const unprefixed = newRule(root, 'prisma-guard', 'schema-thing');
    expect(unprefixed.status).toBe(2);
    expect(unprefixed.stderr).toContain('start with prisma-');
    expect(newRule(root, 'no-such-guard', 'x-y').stderr).toContain('unknown guard');
    expect(fs.readFileSync(path.join(root, 'actions', 'prisma-guard', 'src', 'rules', 'index.ts'), 'utf8')).toBe(before);
    expect(fs.existsSync(path.join(root, 'docs', 'rules', 'schema-thing.md'))).toBe(false);
  });
});
