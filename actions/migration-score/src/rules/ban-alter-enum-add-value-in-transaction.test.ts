import { HISTORY as history } from '../testing/history';
import { ruleTester } from '../testing/rule-tester';
import { banAlterEnumAddValueInTransaction } from './ban-alter-enum-add-value-in-transaction';

const code = 'ALTER TYPE "Role" ADD VALUE \'OWNER\';\nALTER TABLE "User" ADD COLUMN "x" TEXT;';

ruleTester(banAlterEnumAddValueInTransaction, {
  valid: [{ code, history, pgVersion: 12 }, { code: 'ALTER TYPE "Role" ADD VALUE \'OWNER\';', history, pgVersion: 11 }],
  invalid: [{ code, history, pgVersion: 11, errors: [{ messageId: 'addValue', line: 1, column: 1 }] }],
});
