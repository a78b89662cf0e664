import { HISTORY as history } from '../testing/history';
import { ruleTester } from '../testing/rule-tester';
import { requireConcurrentIndexCreation } from './require-concurrent-index-creation';

ruleTester(requireConcurrentIndexCreation, {
  valid: [
    { code: 'CREATE INDEX CONCURRENTLY "User_bio_idx" ON "User"("bio");', history },
    'CREATE TABLE "Post" ("id" TEXT);\nCREATE UNIQUE INDEX "Post_id_key" ON "Post"("id");',
  ],
  invalid: [
    { code: '-- CreateIndex\nCREATE UNIQUE INDEX "User_bio_key" ON "User"("bio");', history, errors: [{ messageId: 'createIndex', line: 2, column: 1 }] },
  ],
});
