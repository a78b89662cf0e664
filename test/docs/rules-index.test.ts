import * as fs from 'node:fs';
import * as path from 'node:path';
import { PRISMA_ON_EDGE_RULE, REQUIRED_ENV_RULE } from '../../packages/runtime/src/gates';
import { GUARD_RULES } from '../harness/guard-rules';
import { ADOPTION_RULES } from '../../shared/baseline/rules';
import { expectGolden } from '../harness/golden';

const DOCS = path.resolve(__dirname, '..', '..', 'docs', 'rules');

interface Row {
  guard: string;
  id: string;
  severity: string;
  description: string;
}

/** Every rule of every guard, read from each guard's own registry (one rule model): the index below is derived from these. */
function allRules(): Row[] {
  return [
    ...GUARD_RULES.map((r) => ({ guard: r.guard, id: r.id, severity: r.severity, description: r.description })),
    ...ADOPTION_RULES.map((r) => ({ guard: 'every guard', id: r.id, severity: r.severity, description: r.description })),
    { guard: '@bickford/runtime', id: PRISMA_ON_EDGE_RULE, severity: 'error', description: 'An action that uses Prisma was attempted on an edge runtime.' },
  ];
}

function renderIndex(rows: Row[]): string {
  const lines = ['# Rules', '', 'Every rule of every guard, generated from the guards\' rule registries by `test/docs/rules-index.test.ts` (`UPDATE_GOLDEN=1` rewrites it).', ''];
  for (const guard of [...new Set(rows.map((r) => r.guard))]) {
    lines.push(`## ${guard}`, '', '| Rule | Severity | What it catches |', '|---|---|---|');
    for (const r of rows.filter((x) => x.guard === guard)) lines.push(`| [${r.id}](${r.id}.md) | ${r.severity} | ${r.description.replace(/\|/g, '\\|')} |`);
    lines.push('');
  }
  return lines.join('\n');
}

describe('the rules of all guards', () => {
  const rows = allRules();

  it('use each rule id once across the guards, since docs links are derived from the id', () => {
    const ids = rows.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(ids).toContain(REQUIRED_ENV_RULE);
  });

  it('each have a docs page, and every page belongs to a rule', () => {
    const pages = fs.readdirSync(DOCS).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => f.replace(/\.md$/, ''));
    const ids = new Set(rows.map((r) => r.id));
    // edge-guard-baseline documents the baseline file, not a rule.
    expect(pages.filter((p) => !ids.has(p) && p !== 'edge-guard-baseline')).toEqual([]);
    expect([...ids].filter((id) => !pages.includes(id))).toEqual([]);
  });

  it('are listed in docs/rules/README.md exactly as the registries say', () => {
    const file = path.join(DOCS, 'README.md');
    const expected = renderIndex(rows);
    expectGolden(file, expected);
  });
});
