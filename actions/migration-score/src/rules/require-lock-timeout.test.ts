import { HISTORY as history } from '../testing/history';
import { ruleTester } from '../testing/rule-tester';
import { requireLockTimeout } from './require-lock-timeout';

ruleTester(requireLockTimeout, {
  valid: [
    { code: "SET lock_timeout = '5s';\nALTER TABLE \"User\" ADD COLUMN \"x\" TEXT;", history },
    'CREATE TABLE "T" ("a" INT);\nALTER TABLE "T" ADD COLUMN "b" INT;',
    { code: 'CREATE INDEX CONCURRENTLY "i" ON "User"("bio");', history },
    // A plain CREATE INDEX takes SHARE, not ACCESS EXCLUSIVE: reads go on (require-concurrent-index-creation reports the writes).
    { code: 'CREATE INDEX "i" ON "User"("bio");', history },
    // The connection sets it.
    { code: 'ALTER TABLE "User" ADD COLUMN "x" TEXT;', history, settings: { lockTimeout: 'connection' } },
    { code: "SET lock_timeout TO '3s';\nALTER TABLE \"User\" ADD COLUMN \"x\" TEXT;", history },
  ],
  invalid: [
    {
      code: 'CREATE TABLE "T" ("a" INT);\nALTER TABLE "User" ADD COLUMN "x" TEXT;\nALTER TABLE "User" DROP COLUMN "bio";',
      history,
      errors: [{ messageId: 'noTimeout', line: 2, column: 1 }],
    },
    { code: 'ALTER TABLE "User" ADD COLUMN "x" TEXT;\nSET lock_timeout = \'5s\';', history, errors: [{ messageId: 'noTimeout', line: 1, column: 1 }] },
    // 0 disables the timeout, in any unit.
    { code: 'SET lock_timeout = 0;\nALTER TABLE "User" ADD COLUMN "x" TEXT;', history, errors: [{ messageId: 'noTimeout', line: 2, column: 1, severity: 'notice' }] },
    { code: "SET lock_timeout = '0s';\nALTER TABLE \"User\" ADD COLUMN \"x\" TEXT;", history, errors: [{ messageId: 'noTimeout', line: 2, column: 1 }] },
    { code: "SET lock_timeout = '5s';\nSET lock_timeout = 0;\nALTER TABLE \"User\" ADD COLUMN \"x\" TEXT;", history, errors: [{ messageId: 'noTimeout', line: 3, column: 1 }] },
  ],
});
