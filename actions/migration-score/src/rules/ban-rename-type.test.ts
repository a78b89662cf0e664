import { HISTORY as history } from '../testing/history';
import { ruleTester } from '../testing/rule-tester';
import { banRenameType } from './ban-rename-type';

ruleTester(banRenameType, {
  valid: ['CREATE TYPE "A" AS ENUM (\'x\');\nALTER TYPE "A" RENAME TO "B";', { code: 'ALTER TYPE "Role" RENAME VALUE \'USER\' TO \'MEMBER\';', history }],
  invalid: [{ code: 'ALTER TYPE "Role" RENAME TO "UserRole";', history, errors: [{ messageId: 'renameType', line: 1, column: 1 }] }],
});
