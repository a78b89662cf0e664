import { createFinding } from '../findings/finding';
import { defineRule, interpolate } from './define-rule';

const located = { file: 'prisma/migrations/1_a/migration.sql', line: 3, column: 5 };

const dropThing = defineRule({
  id: 'ban-drop-thing',
  guard: 'migration-score',
  severity: 'error',
  category: 'regressive',
  description: 'Dropping a thing.',
  help: 'Keep the thing.',
  messages: { dropThing: 'Dropping {{thing}} from {{table}}.', plain: 'No parameters.' },
  risk: { dataLoss: true },
});

const plainRule = defineRule({ id: 'env-plain-thing', guard: 'env-guard', severity: 'notice', description: 'A plain rule.', help: 'Fix it.' });

describe('defineRule', () => {
  it('returns frozen metadata with the docs URL derived from the id, and keeps the guard-specific fields', () => {
    expect(Object.isFrozen(dropThing)).toBe(true);
    expect(Object.isFrozen(dropThing.messages)).toBe(true);
    expect(dropThing.docsUrl).toBe(createFinding({ ruleId: 'ban-drop-thing', severity: 'error', message: 'x' }).docsUrl);
    expect(dropThing.risk).toEqual({ dataLoss: true });
    expect(plainRule.messages).toEqual({});
  });

  it('builds the same finding createFinding builds by hand, fingerprint included', () => {
    const byHand = createFinding({
      ruleId: 'ban-drop-thing',
      severity: 'error',
      category: 'regressive',
      message: 'Dropping "bio" from "User".',
      location: located,
      help: 'Keep the thing.',
      fingerprintKey: 'k',
      properties: { messageId: 'dropThing' },
    });
    const reported = dropThing.report({ messageId: 'dropThing', data: { thing: '"bio"', table: '"User"' }, location: located, fingerprintKey: 'k', properties: { messageId: 'dropThing' } });
    expect(JSON.stringify(reported)).toBe(JSON.stringify(byHand));
  });

  it('takes text the rule composes itself, and fingerprints it by the message when no key is given', () => {
    const f = plainRule.report({ message: 'API_URL is read', location: located });
    expect(f).toMatchObject({ ruleId: 'env-plain-thing', severity: 'notice', message: 'API_URL is read', help: 'Fix it.' });
    expect(f.fingerprint).toBe(createFinding({ ruleId: 'env-plain-thing', severity: 'notice', message: 'API_URL is read', location: located }).fingerprint);
    // No category declared: none on the finding (SARIF would tag it otherwise).
    expect('category' in f).toBe(false);
  });

  it('lets a report override the severity and the help, for rules whose severity is an option or whose help depends on the repository', () => {
    const f = dropThing.report({ messageId: 'plain', severity: 'warning', help: 'Here, keep it.', location: located });
    expect(f).toMatchObject({ severity: 'warning', help: 'Here, keep it.', message: 'No parameters.' });
    expect(dropThing.severity).toBe('error');
  });

  it('moves the fingerprint with fingerprintFile, not with the location', () => {
    const a = plainRule.report({ message: 'm', location: located, fingerprintKey: 'k', fingerprintFile: 'app/route.ts' });
    const b = plainRule.report({ message: 'm', location: { ...located, file: 'lib/db.ts' }, fingerprintKey: 'k', fingerprintFile: 'app/route.ts' });
    expect(a.fingerprint).toBe(b.fingerprint);
  });
});

describe('interpolate', () => {
  it('fills placeholders and leaves an unknown one as written, so a missing value shows', () => {
    expect(interpolate('{{ a }} and {{b}}, {{c}}', { a: 1, b: 'two' })).toBe('1 and two, {{c}}');
  });
});
