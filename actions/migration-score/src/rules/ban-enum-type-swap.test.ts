import { HISTORY } from '../testing/history';
import { ruleTester } from '../testing/rule-tester';
import { banEnumTypeSwap } from './ban-enum-type-swap';

const history = `${HISTORY}\nALTER TABLE "User" ADD COLUMN "role" "Role" NOT NULL DEFAULT 'USER';`;

const prisma = (values: string) => `CREATE TYPE "Role_new" AS ENUM (${values});
ALTER TABLE "User" ALTER COLUMN "role" DROP DEFAULT;
ALTER TABLE "User" ALTER COLUMN "role" TYPE "Role_new" USING ("role"::text::"Role_new");
ALTER TYPE "Role" RENAME TO "Role_old";
ALTER TYPE "Role_new" RENAME TO "Role";
DROP TYPE "Role_old";
ALTER TABLE "User" ALTER COLUMN "role" SET DEFAULT 'USER';`;

const byHand = (values: string) => `ALTER TYPE "Role" RENAME TO "Role_old";
CREATE TYPE "Role" AS ENUM (${values});
ALTER TABLE "User" ALTER COLUMN "role" TYPE "Role" USING ("role"::text::"Role");
DROP TYPE "Role_old";`;

ruleTester(banEnumTypeSwap, {
  valid: [
    // Values removed: ban-enum-value-removal's.
    { code: prisma("'USER', 'ADMIN'"), history },
    { code: byHand("'USER', 'ADMIN'"), history },
    { code: 'ALTER TYPE "Role" ADD VALUE \'OWNER\' BEFORE \'ADMIN\';', history },
  ],
  invalid: [
    // Prisma reorders.
    { code: prisma("'GUEST', 'USER', 'ADMIN'"), history, errors: [{ messageId: 'rewrite', line: 1, column: 1 }] },
    // By hand, a value inserted in the middle.
    { code: byHand("'USER', 'MEMBER', 'ADMIN', 'GUEST'"), history, errors: [{ messageId: 'rewrite', line: 2, column: 1 }] },
  ],
});
