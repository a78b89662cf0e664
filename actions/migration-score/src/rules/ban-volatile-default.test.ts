import { HISTORY as history } from '../testing/history';
import { ruleTester } from '../testing/rule-tester';
import { banVolatileDefault } from './ban-volatile-default';

ruleTester(banVolatileDefault, {
  valid: [
    { code: 'ALTER TABLE "User" ADD COLUMN "score" INTEGER NOT NULL DEFAULT -1;', history },
    { code: 'ALTER TABLE "User" ADD COLUMN "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;', history },
    { code: 'ALTER TABLE "User" ADD COLUMN "seen" TIMESTAMPTZ DEFAULT now();', history },
    { code: 'ALTER TABLE "User" ADD COLUMN "tags" TEXT[] DEFAULT ARRAY[]::TEXT[];', history },
    { code: 'ALTER TABLE "User" ADD COLUMN "n" INTEGER DEFAULT \'1\'::integer;', history },
    'CREATE TABLE "T" ("a" INT);\nALTER TABLE "T" ADD COLUMN "u" UUID DEFAULT gen_random_uuid();',
  ],
  invalid: [
    { code: 'ALTER TABLE "User" ADD COLUMN "uid" UUID NOT NULL DEFAULT gen_random_uuid();', history, errors: [{ messageId: 'volatile', line: 1, column: 51 }] },
    { code: 'ALTER TABLE "User" ADD COLUMN "r" FLOAT DEFAULT random();', history, errors: [{ messageId: 'volatile', line: 1, column: 41 }] },
    { code: 'ALTER TABLE "User" ADD COLUMN "n" INTEGER DEFAULT 0;', history, pgVersion: 10, errors: [{ messageId: 'oldServer', line: 1, column: 43 }] },
    { code: 'ALTER TABLE "User" ADD COLUMN "seq" SERIAL;', history, errors: [{ messageId: 'generated', line: 1, column: 31 }] },
  ],
});
