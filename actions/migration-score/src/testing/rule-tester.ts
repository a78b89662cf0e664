import { LineIndex } from '@shared/findings/positions';
import type { Finding } from '@shared/findings/finding';
import { RULES } from '../rules';
import type { Rule, RuleSettings } from '../rules/types';
import { analyseMigration } from '../engine/analyse-migration';
import { loadParser, parseStatements } from '../engine/parse-sql';
import { SchemaState } from '../engine/schema-state';

export interface ValidCase {
  code: string;
  /** SQL of earlier migrations, so tables and columns exist (and hold data) before `code` runs. */
  history?: string;
  pgVersion?: number;
  /** Rule settings other than pgVersion (the lock-timeout and drop-not-null inputs). */
  settings?: Omit<RuleSettings, 'pgVersion'>;
}

export interface InvalidCase extends ValidCase {
  errors: { messageId: string; line: number; column: number; severity?: string }[];
}

/** Runs one rule over SQL, after replaying `history`, and returns its findings. */
export async function runRule(rule: Rule, c: ValidCase): Promise<Finding[]> {
  await loadParser();
  const schema = new SchemaState();
  if (c.history) {
    const parsed = parseStatements(c.history, new LineIndex(c.history));
    if (!parsed.ok) throw new Error(`the history of a test case does not parse: ${parsed.message}`);
    for (const s of parsed.statements) schema.apply(s);
    schema.settle();
  }
  const analysis = analyseMigration('migration.sql', Buffer.from(c.code, 'utf8'), schema, {
    rules: [rule],
    settings: { pgVersion: c.pgVersion ?? 15, ...c.settings },
    knownRules: new Set(RULES.map((r) => r.id)),
  });
  return analysis.findings.filter((f) => f.ruleId === rule.id);
}

/**
 * A rule's test table, after typescript-eslint's RuleTester: `valid` cases report nothing, `invalid`
 * cases report exactly the listed message ids at the listed positions. Each case is its own test,
 * named by its SQL, so a failure says which case broke.
 */
export function ruleTester(rule: Rule, cases: { valid: (string | ValidCase)[]; invalid: InvalidCase[] }): void {
  describe(rule.id, () => {
    for (const raw of cases.valid) {
      const c = typeof raw === 'string' ? { code: raw } : raw;
      it(`does not report: ${oneLine(c.code)}`, async () => {
        const found = await runRule(rule, c);
        expect(found.map(summary)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`reports: ${oneLine(c.code)}`, async () => {
        const found = await runRule(rule, c);
        // A case that names a severity checks it too (rules whose severity is an option).
        expect(found.map((f, i) => ({ ...summary(f), ...(c.errors[i]?.severity ? { severity: f.severity } : {}) }))).toEqual(c.errors);
        for (const f of found) expect(rule.messages).toHaveProperty(String(f.properties?.messageId));
      });
    }
  });
}

function summary(f: Finding): { messageId: string; line: number; column: number } {
  return { messageId: String(f.properties?.messageId), line: f.location?.line ?? 0, column: f.location?.column ?? 0 };
}

function oneLine(sql: string): string {
  const s = sql.replace(/\s+/g, ' ').trim();
  return s.length > 90 ? `${s.slice(0, 87)}...` : s;
}
