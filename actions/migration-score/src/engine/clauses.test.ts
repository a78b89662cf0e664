import { splitClauses } from './clauses';

const parts = (sql: string) => splitClauses(sql).map((r) => sql.slice(r.start, r.end).trim());

describe('splitClauses', () => {
  it("splits Prisma's multi-clause ALTER TABLE at its top-level commas", () => {
    expect(parts('ALTER TABLE "T" ALTER COLUMN "x" SET DEFAULT 0,\nALTER COLUMN "x" SET DATA TYPE DECIMAL(10,2)')).toEqual([
      'ALTER TABLE "T" ALTER COLUMN "x" SET DEFAULT 0',
      'ALTER COLUMN "x" SET DATA TYPE DECIMAL(10,2)',
    ]);
  });

  it('does not split at commas inside strings, quoted names, dollar quotes or comments', () => {
    expect(parts(`ALTER TABLE "a,b" ADD COLUMN "c" TEXT DEFAULT 'x,''y' /* , */, ADD COLUMN "d" TEXT DEFAULT $q$,$q$ -- ,\n, DROP COLUMN "e"`)).toHaveLength(3);
  });
});
