import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULE_IDS } from '../rules';
import { runOn, writeTree } from './engine-context';

const DOCS = path.resolve(__dirname, '../../../../docs/rules');
const NEXT_APP = JSON.stringify({ name: 'docs-app', private: true, workspaces: ['packages/*'], dependencies: { next: '15.0.0' } });

/** The files of one example section: fenced blocks whose first line is `// file: <path>`. */
function exampleFiles(page: string, heading: string): Record<string, string> {
  const start = page.indexOf(`## ${heading}`);
  const end = page.indexOf('\n## ', start + 1);
  const section = page.slice(start, end < 0 ? undefined : end);
  const files: Record<string, string> = {};
  for (const m of section.matchAll(/```\w*\n\/\/ file: (.+)\n([\s\S]*?)```/g)) files[m[1]] = m[2];
  return files;
}

/** The `edge-guard:` YAML block's one-line lists (`deny: [a, b]`, `entries: [x]`), in the section that is run. */
function configOf(page: string, heading: string): { deny?: string[]; entries?: string[] } {
  const start = page.indexOf(`## ${heading}`);
  const end = page.indexOf('\n## ', start + 1);
  const section = page.slice(start, end < 0 ? undefined : end);
  // `entries` differs between the two examples; a `deny` list may stand anywhere on the page and holds for both.
  const m = /```yaml\nedge-guard:\n  (entries): \[(.*)\]/.exec(section) ?? /```yaml\nedge-guard:\n  (deny): \[(.*)\]/.exec(page);
  return m ? { [m[1]]: m[2].split(',').map((s) => s.trim()) } : {};
}

describe('docs/rules/edge-*.md', () => {
  it.each(RULE_IDS)('%s has a page with Problem, Solution, examples and Options', (id) => {
    const page = fs.readFileSync(path.join(DOCS, `${id}.md`), 'utf8');
    for (const h of ['## Problem', '## Solution', '## ❌ Incorrect', '## ✅ Correct', '## Options', '## When not to use it']) expect(page).toContain(h);
  });

  it.each(RULE_IDS)('the ❌ example of %s reports it and the ✅ example does not', async (id) => {
    const page = fs.readFileSync(path.join(DOCS, `${id}.md`), 'utf8');
    const run = async (heading: string) => {
      const files = exampleFiles(page, heading);
      expect(Object.keys(files).length).toBeGreaterThan(0);
      const result = await runOn(writeTree({ 'package.json': NEXT_APP, ...files }), configOf(page, heading));
      return result.findings.filter((f) => f.ruleId === id);
    };
    expect(await run('❌ Incorrect')).not.toEqual([]);
    expect(await run('✅ Correct')).toEqual([]);
  });
});
