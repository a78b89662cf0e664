import { HISTORY as history } from '../testing/history';
import { ruleTester } from '../testing/rule-tester';
import { requireConcurrentIndexDeletion } from './require-concurrent-index-deletion';

ruleTester(requireConcurrentIndexDeletion, {
  valid: [
    { code: 'DROP INDEX CONCURRENTLY "User_email_idx";', history },
    'CREATE TABLE "T" ("a" INT);\nCREATE INDEX "T_a_idx" ON "T"("a");\nDROP INDEX "T_a_idx";',
  ],
  invalid: [{ code: 'DROP INDEX "User_email_idx";', history, errors: [{ messageId: 'dropIndex', line: 1, column: 12 }] }],
});
