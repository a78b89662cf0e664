import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { RULES } from '../src/rules';
import { runOn } from './engine-context';

const DOCS = path.resolve(__dirname, '..', '..', '..', 'docs', 'rules');

/** Fenced blocks whose info string names a file (```ts apps/web/src/x.ts), per example heading. */
function examples(markdown: string, heading: '❌' | '✅'): Record<string, string> | undefined {
  const section = markdown.split(/^## /m).find((s) => s.startsWith(heading));
  if (!section) return undefined;
  const files: Record<string, string> = {};
  for (const m of section.matchAll(/```\w+ (\S+)\n([\s\S]*?)```/g)) files[m[1]] = m[2];
  return Object.keys(files).length > 0 ? files : undefined;
}

async function runExample(files: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'env-guard-doc-'));
  const tree: Record<string, string> = { 'package.json': '{ "name": "doc", "private": true, "workspaces": ["apps/*"] }', 'apps/web/package.json': '{ "name": "web", "scripts": { "build": "tsc" } }', ...files };
  for (const [rel, text] of Object.entries(tree)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  try {
    return await runOn(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe.each(RULES.map((r) => r.id))('docs/rules/%s.md', (id) => {
  const file = path.join(DOCS, `${id}.md`);

  it('exists with Problem, Solution, examples, Options and When not to use it', () => {
    const text = fs.readFileSync(file, 'utf8');
    for (const heading of ['## Problem', '## Solution', '## ❌ Incorrect', '## ✅ Correct', '## Options', '## When not to use it']) expect(text).toContain(heading);
  });

  it('has a ❌ example that reports the rule and a ✅ example that does not', async () => {
    const text = fs.readFileSync(file, 'utf8');
    const bad = examples(text, '❌');
    const good = examples(text, '✅');
    // env-required-missing's examples are workflow YAML (the job's environment), not files of a repository.
    if (id === 'env-required-missing') return expect(bad).toBeUndefined();
    expect((await runExample(bad!)).findings.map((f) => f.ruleId)).toContain(id);
    expect((await runExample(good!)).findings.map((f) => f.ruleId)).not.toContain(id);
  });
});
