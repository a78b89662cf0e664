import { HISTORY as history } from '../testing/history';
import { ruleTester } from '../testing/rule-tester';
import { banDropType } from './ban-drop-type';

ruleTester(banDropType, {
  valid: [
    'CREATE TYPE "Mood" AS ENUM (\'HAPPY\');\nDROP TYPE "Mood";',
    {
      code: `CREATE TYPE "Role_new" AS ENUM ('USER', 'ADMIN');
ALTER TABLE "User" ALTER COLUMN "role" TYPE "Role_new" USING ("role"::text::"Role_new");
ALTER TYPE "Role" RENAME TO "Role_old";
ALTER TYPE "Role_new" RENAME TO "Role";
DROP TYPE "Role_old";`,
      history,
    },
  ],
  invalid: [
    { code: 'DROP TYPE "Role";', history, errors: [{ messageId: 'dropType', line: 1, column: 11 }] },
    { code: 'DROP TYPE IF EXISTS "Role" CASCADE;', history, errors: [{ messageId: 'dropTypeCascade', line: 1, column: 21 }] },
  ],
});
