import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../src/rules';

const RULE_DIR = path.resolve(__dirname, '../src/rules');

describe('RULES', () => {
  it('prefixes every rule id with prisma-', () => {
    expect(RULES.map((r) => r.id).filter((id) => !id.startsWith('prisma-'))).toEqual([]);
  });

  it('lists each rule once, under the guard it declares', () => {
    const ids = RULES.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(RULES.filter((r) => r.guard !== 'prisma-guard').map((r) => r.id)).toEqual([]);
  });

  it('has one file per rule, named after its id, and no rule file missing from the registry', () => {
    const files = fs.readdirSync(RULE_DIR).filter((f) => f.startsWith('prisma-')).map((f) => f.replace(/\.ts$/, ''));
    expect(files.sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s reports findings that link its docs page and carry its help', (id, rule) => {
    const finding = rule.report({ message: 'x', location: { file: 'prisma/schema.prisma', line: 1, column: 1 } });
    expect(finding).toMatchObject({ ruleId: id, severity: rule.severity, help: rule.help });
    expect(finding.docsUrl).toMatch(new RegExp(`/${id}\\.md$`));
  });
});
