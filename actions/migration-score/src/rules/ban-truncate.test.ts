import { HISTORY as history } from '../testing/history';
import { ruleTester } from '../testing/rule-tester';
import { banTruncate } from './ban-truncate';

ruleTester(banTruncate, {
  valid: ['CREATE TABLE "Tmp" ("id" INT);\nTRUNCATE "Tmp";'],
  invalid: [
    { code: 'TRUNCATE TABLE "User";', history, errors: [{ messageId: 'truncate', line: 1, column: 16 }] },
    { code: 'TRUNCATE "Tmp2", "User";', history, errors: [{ messageId: 'truncate', line: 1, column: 10 }, { messageId: 'truncate', line: 1, column: 18 }] },
  ],
});
