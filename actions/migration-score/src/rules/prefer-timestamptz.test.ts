import { ruleTester } from '../testing/rule-tester';
import { preferTimestamptz } from './prefer-timestamptz';

ruleTester(preferTimestamptz, {
  valid: ['CREATE TABLE "T" ("at" TIMESTAMPTZ(3));'],
  invalid: [{ code: 'CREATE TABLE "T" (\n  "at" TIMESTAMP(3) NOT NULL\n);', errors: [{ messageId: 'timestamp', line: 2, column: 8 }] }],
});
