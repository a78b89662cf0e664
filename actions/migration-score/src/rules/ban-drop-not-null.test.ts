import { HISTORY as history } from '../testing/history';
import { ruleTester } from '../testing/rule-tester';
import { banDropNotNull } from './ban-drop-not-null';

ruleTester(banDropNotNull, {
  valid: ['CREATE TABLE "T" ("a" TEXT NOT NULL);\nALTER TABLE "T" ALTER COLUMN "a" DROP NOT NULL;'],
  invalid: [
    { code: 'ALTER TABLE "User" ALTER COLUMN "id" DROP NOT NULL;', history, errors: [{ messageId: 'dropNotNull', line: 1, column: 20, severity: 'warning' }] },
    { code: 'ALTER TABLE "User" ALTER COLUMN "id" DROP NOT NULL;', history, settings: { dropNotNull: 'error' }, errors: [{ messageId: 'dropNotNull', line: 1, column: 20, severity: 'error' }] },
  ],
});
