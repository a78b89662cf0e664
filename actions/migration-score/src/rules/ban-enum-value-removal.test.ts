import { HISTORY as history } from '../testing/history';
import { ruleTester } from '../testing/rule-tester';
import { banEnumValueRemoval } from './ban-enum-value-removal';

const swap = (values: string) => `-- AlterEnum
BEGIN;
CREATE TYPE "Role_new" AS ENUM (${values});
ALTER TABLE "User" ALTER COLUMN "role" TYPE "Role_new" USING ("role"::text::"Role_new");
ALTER TYPE "Role" RENAME TO "Role_old";
ALTER TYPE "Role_new" RENAME TO "Role";
DROP TYPE "Role_old";
COMMIT;`;

ruleTester(banEnumValueRemoval, {
  valid: [
    { code: swap("'USER', 'ADMIN', 'GUEST', 'OWNER'"), history },
    { code: 'ALTER TYPE "Role" ADD VALUE \'OWNER\';', history },
  ],
  invalid: [
    { code: swap("'USER', 'ADMIN'"), history, errors: [{ messageId: 'removeValues', line: 3, column: 1 }] },
    { code: swap("'USER'"), errors: [{ messageId: 'removeUnknown', line: 3, column: 1 }] },
  ],
});
