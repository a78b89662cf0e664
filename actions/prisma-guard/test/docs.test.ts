import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';
import { InputReader, MapInputSource } from '@shared/config/input-reader';
import { RULES } from '../src/rules';
import { readInputs } from '../src/inputs';
import { commitBase, runEngine } from './harness';

const DOCS = path.resolve(__dirname, '..', '..', '..', 'docs', 'rules');
/** Pages whose examples cannot run here, with the reason the page must give. */
const NOT_EXECUTABLE: Record<string, RegExp> = { 'prisma-drift': /schema engine/ };

interface Example {
  /** Repository files at the PR's head (base files, overwritten by head blocks). */
  head: Record<string, string>;
  /** Files committed as the PR's base, when the example needs one. */
  base: Record<string, string>;
}

/** Fenced blocks with a `title="path"` (and `at="base"` for the base commit) under one example heading. */
function example(markdown: string, heading: '❌' | '✅'): Example | undefined {
  const section = markdown.split(/^## /m).find((s) => s.startsWith(heading));
  if (!section) return undefined;
  const found: Example = { head: {}, base: {} };
  for (const m of section.matchAll(/^```\w*([^\n]*)\n([\s\S]*?)^```$/gm)) {
    const title = /title="([^"]+)"/.exec(m[1])?.[1];
    if (title) (/at="base"/.test(m[1]) ? found.base : found.head)[title] = m[2];
  }
  return Object.keys(found.head).length + Object.keys(found.base).length > 0 ? found : undefined;
}

function write(root: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
}

/** The example as a repository in a temp dir, with its `.bickford.yml` section as the inputs, through the engine. */
async function ruleIdsOf(ex: Example): Promise<string[]> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'prisma-guard-doc-'));
  try {
    const defaults = { 'package.json': '{ "name": "example", "private": true }\n' };
    write(root, { ...defaults, ...ex.base });
    const base = Object.keys(ex.base).length > 0 ? commitBase(root) : undefined;
    write(root, ex.head);
    const config = ex.head['.bickford.yml'] ?? ex.base['.bickford.yml'];
    const section = ((config ? parse(config) : undefined) as Record<string, Record<string, unknown>> | undefined)?.['prisma-guard'] ?? {};
    const inputs = readInputs(new InputReader([new MapInputSource('.bickford.yml', section)]));
    const result = await runEngine(root, inputs, { base });
    return result.findings.map((f) => f.ruleId);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

describe.each(RULES.map((r) => r.id))('docs/rules/%s.md', (id) => {
  const text = fs.readFileSync(path.join(DOCS, `${id}.md`), 'utf8');
  const notExecutable = /<!-- examples not executable: (.+?) -->/.exec(text)?.[1];

  it('has Problem, Solution, ❌ and ✅ examples, Options and When not to use it', () => {
    for (const heading of ['## Problem', '## Solution', '## ❌ Incorrect', '## ✅ Correct', '## Options', '## When not to use it']) expect(text).toContain(heading);
  });

  it('has a ❌ example that reports the rule and a ✅ example that does not, unless it says why they cannot run', async () => {
    if (NOT_EXECUTABLE[id]) {
      expect(notExecutable).toMatch(NOT_EXECUTABLE[id]);
      return;
    }
    expect(notExecutable).toBeUndefined();
    const bad = example(text, '❌');
    const good = example(text, '✅');
    expect(bad).toBeDefined();
    expect(good).toBeDefined();
    expect(await ruleIdsOf(bad!)).toContain(id);
    expect(await ruleIdsOf(good!)).not.toContain(id);
  });
});
