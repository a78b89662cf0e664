import { ruleTester } from '../testing/rule-tester';
import { preferText } from './prefer-text';

ruleTester(preferText, {
  valid: ['CREATE TABLE "T" ("name" TEXT, "code" VARCHAR);'],
  invalid: [{ code: 'CREATE TABLE "T" ("name" VARCHAR(255));', errors: [{ messageId: 'varchar', line: 1, column: 26 }] }],
});
