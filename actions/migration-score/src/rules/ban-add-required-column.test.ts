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
  ],
  invalid: [
    { code: 'ALTER TABLE "User" ADD COLUMN "plan" TEXT NOT NULL;', history, errors: [{ messageId: 'requiredColumn', line: 1, column: 31 }] },
    { code: 'ALTER TABLE "User" ADD COLUMN "a" TEXT,\nADD COLUMN "b" INT NOT NULL;', history, errors: [{ messageId: 'requiredColumn', line: 2, column: 12 }] },
  ],
});
