import { HISTORY as history } from '../testing/history';
import { ruleTester } from '../testing/rule-tester';
import { banRenameEnumValue } from './ban-rename-enum-value';

ruleTester(banRenameEnumValue, {
  valid: [{ code: 'ALTER TYPE "Role" ADD VALUE \'OWNER\';', history }, 'CREATE TYPE "A" AS ENUM (\'x\');\nALTER TYPE "A" RENAME VALUE \'x\' TO \'y\';'],
  invalid: [{ code: 'ALTER TYPE "Role" RENAME VALUE \'USER\' TO \'MEMBER\';', history, errors: [{ messageId: 'renameValue', line: 1, column: 1 }] }],
});
