import { HISTORY as history } from '../testing/history';
import { ruleTester } from '../testing/rule-tester';
import { banRenameColumn } from './ban-rename-column';

ruleTester(banRenameColumn, {
  valid: [
    { code: 'ALTER TABLE "User" ADD COLUMN "nick" TEXT;\nALTER TABLE "User" RENAME COLUMN "nick" TO "handle";', history },
    { code: 'ALTER TABLE "User" RENAME TO "Account";', history },
  ],
  invalid: [{ code: 'ALTER TABLE "User" RENAME COLUMN "bio" TO "about";', history, errors: [{ messageId: 'renameColumn', line: 1, column: 34 }] }],
});
