import { ruleTester } from '../testing/rule-tester';
import { preferBigint } from './prefer-bigint';

ruleTester(preferBigint, {
  valid: ['CREATE TABLE "T" ("id" BIGINT, "n" BIGSERIAL);'],
  invalid: [{ code: 'ALTER TABLE "T" ADD COLUMN "n" INTEGER;', errors: [{ messageId: 'smallInt', line: 1, column: 32 }] }],
});
