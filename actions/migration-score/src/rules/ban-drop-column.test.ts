import { ruleTester } from '../testing/rule-tester';
import { banDropColumn } from './ban-drop-column';

const history = 'CREATE TABLE "User" ("id" TEXT NOT NULL, "bio" TEXT, "name" TEXT);';

ruleTester(banDropColumn, {
  valid: [
    { code: 'ALTER TABLE "User" ADD COLUMN "age" INTEGER;', history },
    'CREATE TABLE "Post" ("id" TEXT, "draft" TEXT);\nALTER TABLE "Post" DROP COLUMN "draft";',
    { code: 'ALTER TABLE "User" ADD COLUMN "tmp" TEXT;\nALTER TABLE "User" DROP COLUMN "tmp";', history },
  ],
  invalid: [
    { code: 'ALTER TABLE "User" DROP COLUMN "bio";', history, errors: [{ messageId: 'dropColumn', line: 1, column: 20 }] },
    {
      code: '-- café ☕ header\nALTER TABLE "User" DROP COLUMN "bio",\n  DROP COLUMN "name";',
      history,
      errors: [
        { messageId: 'dropColumn', line: 2, column: 20 },
        { messageId: 'dropColumn', line: 3, column: 3 },
      ],
    },
    { code: 'ALTER TABLE "Unknown" DROP "x";', errors: [{ messageId: 'dropColumn', line: 1, column: 23 }] },
  ],
});
