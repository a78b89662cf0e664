import { HISTORY as history } from '../testing/history';
import { ruleTester } from '../testing/rule-tester';
import { banAddRequiredColumn } from './ban-add-required-column';

ruleTester(banAddRequiredColumn, {
  valid: [
    { code: 'ALTER TABLE "User" ADD COLUMN "plan" TEXT NOT NULL DEFAULT \'free\';', history },
    { code: 'ALTER TABLE "User" ADD COLUMN "nick" TEXT;', history },
    { code: 'ALTER TABLE "User" ADD COLUMN "seq" SERIAL NOT NULL;', history },
    { code: 'ALTER TABLE "User" ADD COLUMN "n" BIGINT GENERATED ALWAYS AS IDENTITY;', history },
    'CREATE TABLE "Post" ("id" TEXT);\nALTER TABLE "Post" ADD COLUMN "title" TEXT NOT NULL;',
    // Added with a default: inserts from deployed code still fill it (ban-set-not-null reports the scan).
    { code: 'ALTER TABLE "User" ADD COLUMN "plan" TEXT DEFAULT \'free\';\nALTER TABLE "User" ALTER COLUMN "plan" SET NOT NULL;', history },
    // The default is set in the same statement: inserts from deployed code get it (rallly's 20231205043530_poll_status).
    { code: 'ALTER TABLE "User" ADD COLUMN "status" TEXT;\nUPDATE "User" SET "status" = \'live\';\nALTER TABLE "User"\nALTER COLUMN "status" SET NOT NULL,\nALTER COLUMN "status" SET DEFAULT \'live\';', history },
    // A column that existed before the PR: ban-set-not-null's.
    { code: 'ALTER TABLE "User" ALTER COLUMN "bio" SET NOT NULL;', history },
    // A new table is empty and no deployed code writes it.
    'CREATE TABLE "Post" ("id" TEXT);\nALTER TABLE "Post" ADD COLUMN "t" TEXT;\nALTER TABLE "Post" ALTER COLUMN "t" SET NOT NULL;',
  ],
  invalid: [
    { code: 'ALTER TABLE "User" ADD COLUMN "plan" TEXT NOT NULL;', history, errors: [{ messageId: 'requiredColumn', line: 1, column: 31 }] },
    { code: 'ALTER TABLE "User" ADD COLUMN "a" TEXT,\nADD COLUMN "b" INT NOT NULL;', history, errors: [{ messageId: 'requiredColumn', line: 2, column: 12 }] },
    // Prisma's "required column without a default" in three steps: reported at the SET NOT NULL.
    {
      code: 'ALTER TABLE "User" ADD COLUMN "slug" TEXT;\nUPDATE "User" SET "slug" = "id";\nALTER TABLE "User" ALTER COLUMN "bio" SET DEFAULT \'\', ALTER COLUMN "slug" SET NOT NULL;',
      history,
      errors: [{ messageId: 'requiredInSteps', line: 3, column: 75 }],
    },
    // Schema-qualified: auth.User is another table, so public.User's new column is still added to a table with rows.
    {
      code: 'CREATE TABLE "auth"."User" ("id" TEXT);\nALTER TABLE "User" ADD COLUMN "slug" TEXT;\nALTER TABLE "public"."User" ALTER COLUMN "slug" SET NOT NULL;',
      history,
      errors: [{ messageId: 'requiredInSteps', line: 3, column: 49 }],
    },
    { code: 'ALTER TABLE "User" ADD COLUMN "plan" TEXT NOT NULL DEFAULT NULL;', history, errors: [{ messageId: 'defaultNull', line: 1, column: 52 }] },
  ],
});
