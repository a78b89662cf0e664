import { HISTORY as history } from '../testing/history';
import { ruleTester } from '../testing/rule-tester';
import { requireWhereClause } from './require-where-clause';

ruleTester(requireWhereClause, {
  valid: [
    { code: 'UPDATE "User" SET "bio" = \'\' WHERE "bio" IS NULL;', history },
    { code: 'DELETE FROM "User" WHERE "id" = \'x\';', history },
    'CREATE TABLE "T" ("a" INT);\nUPDATE "T" SET "a" = 1;',
    // A backfill of a column the same migration added overwrites nothing (ban-full-table-backfill reports its lock).
    { code: 'ALTER TABLE "User" ADD COLUMN "slug" TEXT;\nUPDATE "User" SET "slug" = "id";', history },
  ],
  invalid: [
    { code: 'UPDATE "User" SET "bio" = \'\';', history, errors: [{ messageId: 'update', line: 1, column: 1 }] },
    { code: 'SELECT 1;\n  DELETE FROM "User";', history, errors: [{ messageId: 'delete', line: 2, column: 3 }] },
    // It also overwrites "bio", which existed: values are lost.
    { code: 'ALTER TABLE "User" ADD COLUMN "slug" TEXT;\nUPDATE "User" SET "slug" = "id", "bio" = NULL;', history, errors: [{ messageId: 'update', line: 2, column: 1 }] },
  ],
});
