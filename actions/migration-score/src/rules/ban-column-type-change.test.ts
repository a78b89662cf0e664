import { HISTORY as history } from '../testing/history';
import { ruleTester } from '../testing/rule-tester';
import { banColumnTypeChange } from './ban-column-type-change';

ruleTester(banColumnTypeChange, {
  valid: [
    { code: 'ALTER TABLE "User" ALTER COLUMN "email" SET DATA TYPE VARCHAR(200);', history },
    { code: 'ALTER TABLE "User" ALTER COLUMN "email" TYPE TEXT;', history },
    { code: 'ALTER TABLE "User" ALTER COLUMN "price" TYPE NUMERIC(12,2);', history },
    'CREATE TABLE "T" ("n" INT);\nALTER TABLE "T" ALTER COLUMN "n" TYPE BIGINT;',
  ],
  invalid: [
    // A column this PR adds to a table with rows is not empty: the type change rewrites every row.
    { code: 'ALTER TABLE "User" ADD COLUMN "n" INT;\nALTER TABLE "User" ALTER COLUMN "n" TYPE BIGINT;', history, errors: [{ messageId: 'typeChange', line: 2, column: 20 }] },
    // Prisma's multi-clause ALTER: the finding is at the clause that changes the type, not the first that names the column.
    {
      code: 'ALTER TABLE "User" ALTER COLUMN "age" SET DEFAULT 0,\nALTER COLUMN "age" SET DATA TYPE BIGINT;',
      history,
      errors: [{ messageId: 'typeChange', line: 2, column: 1 }],
    },
    // Whole identifiers: "paid" does not contain the column id.
    {
      code: 'ALTER TABLE "Pay" ALTER COLUMN "paid" SET DEFAULT 0, ALTER COLUMN id TYPE BIGINT;',
      history: 'CREATE TABLE "Pay" (id INT, "paid" INT);',
      errors: [{ messageId: 'typeChange', line: 1, column: 54 }],
    },
    { code: 'ALTER TABLE "User" ALTER COLUMN "age" SET DATA TYPE BIGINT;', history, errors: [{ messageId: 'typeChange', line: 1, column: 20 }] },
    { code: 'ALTER TABLE "User" ALTER COLUMN "email" TYPE VARCHAR(50);', history, errors: [{ messageId: 'typeChange', line: 1, column: 20 }] },
    { code: 'ALTER TABLE "User"\n  ALTER COLUMN "age" TYPE TEXT USING "age"::text;', history, errors: [{ messageId: 'usingClause', line: 2, column: 3 }] },
    { code: 'ALTER TABLE "Other" ALTER COLUMN "x" TYPE TEXT;', errors: [{ messageId: 'unknownFrom', line: 1, column: 21 }] },
  ],
});
