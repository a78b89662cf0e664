import { HISTORY as history } from '../testing/history';
import { ruleTester } from '../testing/rule-tester';
import { banDropTable } from './ban-drop-table';

ruleTester(banDropTable, {
  valid: ['CREATE TABLE "Tmp" ("id" INT);\nDROP TABLE "Tmp";', { code: 'DROP INDEX "User_email_idx";', history }],
  invalid: [
    { code: 'DROP TABLE "User";', history, errors: [{ messageId: 'dropTable', line: 1, column: 12 }] },
    { code: 'SELECT 1;\nDROP TABLE IF EXISTS "User", "Team" CASCADE;', history, errors: [{ messageId: 'dropTable', line: 2, column: 22 }, { messageId: 'dropTable', line: 2, column: 30 }] },
  ],
});
