import { ruleTester } from '../testing/rule-tester';
import { banDropSchema } from './ban-drop-schema';

ruleTester(banDropSchema, {
  valid: ['CREATE SCHEMA "audit";', 'DROP TABLE "x";'],
  invalid: [
    { code: 'DROP SCHEMA "audit" CASCADE;', errors: [{ messageId: 'dropSchema', line: 1, column: 1 }] },
    { code: '\n  DROP DATABASE app;', errors: [{ messageId: 'dropDatabase', line: 2, column: 3 }] },
  ],
});
