import * as fs from 'node:fs';
import * as path from 'node:path';
import { GUARD_NAMES } from '../../shared/findings/result';
import { GUARD_RULES } from '../harness/guard-rules';
import { KNOWN_RULES } from '../../shared/suppress/known-rules';

const FILE = path.join(__dirname, '..', '..', 'shared', 'suppress', 'known-rules.ts');

function fromRegistries(): Record<string, string[]> {
  return Object.fromEntries(GUARD_NAMES.map((guard) => [guard, GUARD_RULES.filter((r) => r.guard === guard).map((r) => r.id)]));
}

function render(rules: Record<string, string[]>): string {
  const body = Object.entries(rules)
    .map(([guard, ids]) => `  '${guard}': [\n${[...ids].sort().map((id) => `    '${id}',`).join('\n')}\n  ],`)
    .join('\n');
  return [
    "import type { GuardName } from '../findings/result';",
    '',
    '/**',
    " * Every guard's rule ids, for telling a suppression's typo from another guard's rule. Generated from the guards'",
    ' * registries by test/adoption/known-rules.test.ts (`UPDATE_GOLDEN=1` rewrites it): shared code may not import',
    ' * the guards, and the test fails when a registry and this list disagree.',
    ' */',
    'export const KNOWN_RULES: Record<GuardName, readonly string[]> = {',
    body,
    '};',
    '',
  ].join('\n');
}

describe('KNOWN_RULES', () => {
  it("lists exactly the rules of each guard's registry", () => {
    const expected = render(fromRegistries());
    if (process.env.UPDATE_GOLDEN) fs.writeFileSync(FILE, expected);
    expect(fs.readFileSync(FILE, 'utf8')).toBe(expected);
    expect(Object.keys(KNOWN_RULES).length).toBe(5);
  });
});
