import { ruleTester } from '../testing/rule-tester';
import { banConcurrentIndexInTransaction } from './ban-concurrent-index-in-transaction';

ruleTester(banConcurrentIndexInTransaction, {
  valid: ['-- only statement\nCREATE INDEX CONCURRENTLY "a_idx" ON "A"("x");', 'CREATE INDEX "a_idx" ON "A"("x");\nCREATE INDEX "b_idx" ON "B"("x");'],
  invalid: [
    {
      code: 'SET lock_timeout = \'5s\';\nCREATE INDEX CONCURRENTLY "a_idx" ON "A"("x");',
      errors: [{ messageId: 'inTransaction', line: 2, column: 1 }],
    },
    { code: 'ALTER TABLE "A" ADD COLUMN "y" INT;\nDROP INDEX CONCURRENTLY "a_idx";', errors: [{ messageId: 'inTransaction', line: 2, column: 1 }] },
  ],
});
