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

describe('a hand-written enum swap', () => {
  const byHand = `ALTER TYPE "Role" RENAME TO "Role_old";
CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN', 'GUEST', 'OWNER');
ALTER TABLE "User" ALTER COLUMN "role" TYPE "Role" USING ("role"::text::"Role");
DROP TYPE "Role_old";`;
  const withRole = `${history}\nALTER TABLE "User" ADD COLUMN "role" "Role";`;

  it('that keeps every value is not a rename, a drop and a type change', async () => {
    const { runRule } = await import('../testing/rule-tester');
    const { ruleById } = await import('./index');
    const ids = ['ban-rename-type', 'ban-drop-type', 'ban-column-type-change', 'ban-enum-value-removal'];
    const found = (await Promise.all(ids.map((id) => runRule(ruleById(id)!, { code: byHand, history: withRole })))).flat();
    expect(found.map((f) => f.ruleId)).toEqual([]);
  });
});
