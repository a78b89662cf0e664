import * as fs from 'node:fs';
import * as path from 'node:path';
import { activeFindings } from '@shared/findings/finding';
import { RULES, ruleById } from './rules';
import { scoreMigrations } from './engine/score-migrations';
import { engineContext, inputs, makeRepo, removeRepo } from './testing/engine-context';

const DOCS = path.resolve(__dirname, '../../../docs/rules');
/** Rules whose examples cannot be SQL in a page (bytes that are not text, a PR's edit); the engine tests cover them. */
const NO_SQL_EXAMPLES = new Set(['unreadable-migration', 'edited-migration']);
const SECTIONS = ['## Problem', '## Solution', '## Options', '## When not to use it'];

interface Page {
  text: string;
  earlier?: string;
  bad: string[];
  good: string[];
  pgVersion?: number;
}

function readPage(id: string): Page {
  const text = fs.readFileSync(path.join(DOCS, `${id}.md`), 'utf8');
  const blocks = [...text.matchAll(/^## (.*)$|^```sql( earlier)?\n([\s\S]*?)^```$/gm)];
  const page: Page = { text, bad: [], good: [] };
  let heading = '';
  for (const b of blocks) {
    if (b[1] !== undefined) heading = b[1];
    else if (b[2]) page.earlier = b[3];
    else if (heading.startsWith('❌')) page.bad.push(b[3]);
    else if (heading.startsWith('✅')) page.good.push(b[3]);
  }
  const pg = /`pg-version: (\d+)`/.exec(text);
  if (pg) page.pgVersion = Number(pg[1]);
  return page;
}

async function reportsOf(id: string, page: Page, sql: string): Promise<string[]> {
  const files: Record<string, string> = { 'prisma/migrations/migration_lock.toml': 'provider = "postgresql"\n', 'prisma/migrations/2_example/migration.sql': sql };
  if (page.earlier) files['prisma/migrations/1_earlier/migration.sql'] = page.earlier;
  const root = makeRepo(files);
  try {
    const rule = ruleById(id)!;
    const result = await scoreMigrations(
      inputs({ paths: ['prisma/migrations/2_example/migration.sql'], rules: rule.defaultEnabled ? [] : [id], ...(page.pgVersion ? { pgVersion: page.pgVersion } : {}) }),
      engineContext(root),
    );
    return activeFindings(result.findings).filter((f) => f.ruleId === id).map((f) => f.message);
  } finally {
    removeRepo(root);
  }
}

describe('docs/rules', () => {
  for (const id of RULES.map((r) => r.id)) {
    describe(id, () => {
      it('has a page with Problem, Solution, examples, Options and When not to use it', () => {
        const page = readPage(id);
        for (const s of SECTIONS) expect(page.text).toContain(s);
        if (!NO_SQL_EXAMPLES.has(id)) {
          expect(page.bad.length).toBeGreaterThan(0);
          expect(page.good.length).toBeGreaterThan(0);
        }
      });

      it('reports every ❌ example and no ✅ example', async () => {
        const page = readPage(id);
        for (const sql of page.bad) expect({ sql, reported: (await reportsOf(id, page, sql)).length > 0 }).toEqual({ sql, reported: true });
        for (const sql of page.good) expect({ sql, reports: await reportsOf(id, page, sql) }).toEqual({ sql, reports: [] });
      });
    });
  }
});
