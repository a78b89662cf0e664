import { HISTORY as history } from '../testing/history';
import { ruleTester } from '../testing/rule-tester';
import { banAddUniqueConstraint } from './ban-add-unique-constraint';

ruleTester(banAddUniqueConstraint, {
  valid: [
    { code: 'ALTER TABLE "User" ADD CONSTRAINT "User_email_key" UNIQUE USING INDEX "User_email_idx";', history },
    'CREATE TABLE "T" ("a" INT);\nALTER TABLE "T" ADD CONSTRAINT "T_pkey" PRIMARY KEY ("a");',
  ],
  invalid: [
    { code: 'ALTER TABLE "User" ADD CONSTRAINT "User_email_key" UNIQUE ("email");', history, errors: [{ messageId: 'unique', line: 1, column: 24 }] },
    { code: 'ALTER TABLE "User" ADD CONSTRAINT "User_pkey" PRIMARY KEY ("id");', history, errors: [{ messageId: 'primaryKey', line: 1, column: 24 }] },
  ],
});
