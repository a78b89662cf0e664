import { HISTORY as history } from '../testing/history';
import { ruleTester } from '../testing/rule-tester';
import { banRenameTable } from './ban-rename-table';

ruleTester(banRenameTable, {
  valid: ['CREATE TABLE "Draft" ("id" INT);\nALTER TABLE "Draft" RENAME TO "Post";', { code: 'ALTER TABLE "User" RENAME COLUMN "bio" TO "about";', history }],
  invalid: [{ code: '\nALTER TABLE "User" RENAME TO "Account";', history, errors: [{ messageId: 'renameTable', line: 2, column: 1 }] }],
});
