import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../src/rules';

const RULE_DIR = path.resolve(__dirname, '../src/rules');

describe('RULES', () => {
  it('prefixes every rule id with prisma-', () => {
    expect(Object.keys(RULES).filter((id) => !id.startsWith('prisma-'))).toEqual([]);
  });

  it('keys each rule by the id it declares', () => {
    expect(Object.entries(RULES).filter(([key, rule]) => key !== rule.id)).toEqual([]);
  });

  it('has one file per rule, named after its id, and no rule file missing from the registry', () => {
    const files = fs.readdirSync(RULE_DIR).filter((f) => f.startsWith('prisma-')).map((f) => f.replace(/\.ts$/, ''));
    expect(files.sort()).toEqual(Object.keys(RULES).sort());
  });

  it.each(Object.values(RULES).map((r) => [r.id, r] as const))('%s reports findings that link its docs page and carry its help', (id, rule) => {
    const finding = rule.report({ message: 'x', location: { file: 'prisma/schema.prisma', line: 1, column: 1 } });
    expect(finding).toMatchObject({ ruleId: id, severity: rule.severity, help: rule.help });
    expect(finding.docsUrl).toMatch(new RegExp(`/${id}\\.md$`));
  });
});
