import { HISTORY as history } from '../testing/history';
import { ruleTester } from '../testing/rule-tester';
import { banFullTableBackfill } from './ban-full-table-backfill';

ruleTester(banFullTableBackfill, {
  valid: [
    // Overwrites a column that existed: require-where-clause's.
    { code: 'UPDATE "User" SET "bio" = \'\';', history },
    { code: 'ALTER TABLE "User" ADD COLUMN "slug" TEXT;\nUPDATE "User" SET "slug" = "id" WHERE "slug" IS NULL;', history },
    // The column came from an earlier migration: not this migration's backfill.
    { code: 'UPDATE "User" SET "bio" = "email";', history: `${history}\nALTER TABLE "User" ADD COLUMN "slug" TEXT;` },
    'CREATE TABLE "T" ("a" INT);\nALTER TABLE "T" ADD COLUMN "b" INT;\nUPDATE "T" SET "b" = "a";',
  ],
  invalid: [
    { code: 'ALTER TABLE "User" ADD COLUMN "slug" TEXT;\nUPDATE "User" SET "slug" = "id";', history, errors: [{ messageId: 'backfill', line: 2, column: 1 }] },
    { code: 'ALTER TABLE "public"."User" ADD COLUMN "a" TEXT, ADD COLUMN "b" TEXT;\nUPDATE "User" SET "a" = "id", "b" = "email";', history, errors: [{ messageId: 'backfill', line: 2, column: 1 }] },
  ],
});
