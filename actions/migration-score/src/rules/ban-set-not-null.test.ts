import { HISTORY as history } from '../testing/history';
import { ruleTester } from '../testing/rule-tester';
import { banSetNotNull } from './ban-set-not-null';

const checked = `${history}
ALTER TABLE "User" ADD CONSTRAINT "bio_nn" CHECK ("bio" IS NOT NULL) NOT VALID;
ALTER TABLE "User" VALIDATE CONSTRAINT "bio_nn";`;

ruleTester(banSetNotNull, {
  valid: [
    { code: 'ALTER TABLE "User" ALTER COLUMN "bio" SET NOT NULL;', history: checked },
    { code: 'ALTER TABLE "User" ADD COLUMN "x" TEXT;\nALTER TABLE "User" ALTER COLUMN "x" SET NOT NULL;', history },
  ],
  invalid: [
    { code: 'ALTER TABLE "User" ALTER COLUMN "bio" SET NOT NULL;', history, errors: [{ messageId: 'setNotNull', line: 1, column: 20 }] },
    { code: 'ALTER TABLE "User" ALTER COLUMN "bio" SET NOT NULL;', history: checked, pgVersion: 11, errors: [{ messageId: 'setNotNull', line: 1, column: 20 }] },
    {
      code: 'ALTER TABLE "User" ADD CONSTRAINT "c" CHECK ("bio" IS NOT NULL) NOT VALID;\nALTER TABLE "User" ALTER COLUMN "bio" SET NOT NULL;',
      history,
      errors: [{ messageId: 'setNotNull', line: 2, column: 20 }],
    },
  ],
});
