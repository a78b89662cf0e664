import { HISTORY as history } from '../testing/history';
import { ruleTester } from '../testing/rule-tester';
import { banSetUnlogged } from './ban-set-unlogged';

ruleTester(banSetUnlogged, {
  valid: [{ code: 'ALTER TABLE "User" SET LOGGED;', history }, 'CREATE TABLE "C" ("k" TEXT);\nALTER TABLE "C" SET UNLOGGED;'],
  invalid: [{ code: 'ALTER TABLE "User" ADD COLUMN "x" TEXT, SET UNLOGGED;', history, errors: [{ messageId: 'setUnlogged', line: 1, column: 41 }] }],
});
