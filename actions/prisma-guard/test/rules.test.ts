import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../src/rules';

const DOCS = path.resolve(__dirname, '../../../docs/rules');

describe('RULES', () => {
  it.each(Object.keys(RULES))('%s has a docs page with every section', (id) => {
    const page = fs.readFileSync(path.join(DOCS, `${id}.md`), 'utf8');
    for (const heading of ['## Problem', '## Solution', '❌', '✅', '## Options', '## When not to use it']) expect(page).toContain(heading);
  });

  it('prefixes every rule id with prisma-', () => {
    expect(Object.keys(RULES).filter((id) => !id.startsWith('prisma-'))).toEqual([]);
  });
});
