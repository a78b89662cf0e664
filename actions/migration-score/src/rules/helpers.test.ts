import { ident } from './helpers';

const matches = (name: string, sql: string) => new RegExp(ident(name)).exec(sql)?.[0];

describe('ident', () => {
  it('matches a whole quoted identifier, not one inside another', () => {
    expect(matches('id', 'ALTER COLUMN "paid" SET DEFAULT 0')).toBeUndefined();
    expect(matches('id', 'ALTER COLUMN "paid" SET DEFAULT 0, ALTER COLUMN "id" DROP NOT NULL')).toBe('"id"');
  });

  it('matches a bare lower-case name in any case, as PostgreSQL folds it, but not inside a longer name', () => {
    expect(matches('id', 'ALTER COLUMN user_id TYPE INT, ALTER COLUMN ID TYPE INT')).toBe('ID');
    expect(matches('id', 'ALTER COLUMN paid TYPE INT')).toBeUndefined();
  });

  it('matches a mixed-case name only quoted', () => {
    expect(matches('userId', 'ALTER COLUMN userid TYPE INT')).toBeUndefined();
    expect(matches('userId', 'ALTER COLUMN "userId" TYPE INT')).toBe('"userId"');
  });

  it('matches a schema-qualified name with its parts', () => {
    expect(matches('auth.User', 'DROP TABLE "public"."User", "auth" . "User"')).toBe('"auth" . "User"');
  });
});
