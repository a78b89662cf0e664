import { ruleTester } from '../testing/rule-tester';
import { banDropDefaultOnRequiredColumn } from './ban-drop-default-on-required-column';

const history = 'CREATE TABLE "User" ("id" TEXT NOT NULL, "role" TEXT NOT NULL DEFAULT \'USER\', "bio" TEXT DEFAULT \'\', "n" INT);\nALTER TABLE "User" ALTER COLUMN "n" SET NOT NULL;';

ruleTester(banDropDefaultOnRequiredColumn, {
  valid: [
    { code: 'ALTER TABLE "User" ALTER COLUMN "bio" DROP DEFAULT;', history },
    { code: 'ALTER TABLE "User" ALTER COLUMN "role" SET DEFAULT \'GUEST\';', history },
    'CREATE TABLE "T" ("a" INT NOT NULL DEFAULT 0);\nALTER TABLE "T" ALTER COLUMN "a" DROP DEFAULT;',
    // Made nullable in the same statement (rallly's 20230322143831_watchers).
    { code: 'ALTER TABLE "User" ALTER COLUMN "role" DROP NOT NULL,\nALTER COLUMN "role" DROP DEFAULT;', history },
    // Prisma's enum swap: the default is dropped to retype the column, and set again.
    { code: 'ALTER TABLE "User" ALTER COLUMN "role" DROP DEFAULT;\nALTER TABLE "User" ALTER COLUMN "role" TYPE VARCHAR(10);\nALTER TABLE "User" ALTER COLUMN "role" SET DEFAULT \'USER\';', history },
  ],
  invalid: [
    { code: 'ALTER TABLE "User" ALTER COLUMN "role" DROP DEFAULT;', history, errors: [{ messageId: 'dropDefault', line: 1, column: 20 }] },
    // Made NOT NULL by a later ALTER, as the history replays it.
    { code: 'ALTER TABLE "User" ALTER COLUMN "bio" SET DEFAULT \'x\',\nALTER COLUMN "n" DROP DEFAULT;', history, errors: [{ messageId: 'dropDefault', line: 2, column: 1 }] },
    // NOT NULL set in the same statement.
    { code: 'ALTER TABLE "User" ALTER COLUMN "bio" SET NOT NULL, ALTER COLUMN "bio" DROP DEFAULT;', history, errors: [{ messageId: 'dropDefault', line: 1, column: 53 }] },
  ],
});
