import { HISTORY as history } from '../testing/history';
import { ruleTester } from '../testing/rule-tester';
import { banDropForeignKey } from './ban-drop-foreign-key';

ruleTester(banDropForeignKey, {
  valid: [{ code: 'ALTER TABLE "User" DROP CONSTRAINT "User_age_check";', history }],
  invalid: [{ code: 'ALTER TABLE "User" DROP CONSTRAINT "User_teamId_fkey";', history, errors: [{ messageId: 'dropForeignKey', line: 1, column: 36 }] }],
});
