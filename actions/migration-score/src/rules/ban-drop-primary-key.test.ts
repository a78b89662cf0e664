import { ruleTester } from '../testing/rule-tester';
import { banDropPrimaryKey } from './ban-drop-primary-key';

const history = 'CREATE TABLE "User" ("id" TEXT NOT NULL, "email" TEXT, CONSTRAINT "User_pkey" PRIMARY KEY ("id"));\nCREATE TABLE "Tag" ("name" TEXT PRIMARY KEY);\nALTER TABLE "User" ADD CONSTRAINT "ident" PRIMARY KEY USING INDEX "x";';

ruleTester(banDropPrimaryKey, {
  valid: [
    'CREATE TABLE "T" ("id" INT, CONSTRAINT "T_pkey" PRIMARY KEY ("id"));\nALTER TABLE "T" DROP CONSTRAINT "T_pkey";',
    // Named like a primary key, but the parse tree says it is a CHECK.
    { code: 'ALTER TABLE "User" DROP CONSTRAINT "odd_pkey";', history: `${history}\nALTER TABLE "User" ADD CONSTRAINT "odd_pkey" CHECK ("email" <> '');` },
  ],
  invalid: [
    { code: 'ALTER TABLE "User" DROP CONSTRAINT "User_pkey";', history, errors: [{ messageId: 'dropPrimaryKey', line: 1, column: 36 }] },
    // An unnamed column PRIMARY KEY is named <table>_pkey by PostgreSQL.
    { code: 'ALTER TABLE "Tag" DROP CONSTRAINT "Tag_pkey";', history, errors: [{ messageId: 'dropPrimaryKey', line: 1, column: 35 }] },
    // Recognised from the statement that made it, whatever its name.
    { code: 'ALTER TABLE "User" DROP CONSTRAINT "ident";', history, errors: [{ messageId: 'dropPrimaryKey', line: 1, column: 36 }] },
    // Prisma's @id change: dropped and added again in the same statement.
    {
      code: '-- AlterTable\nALTER TABLE "User" DROP CONSTRAINT "User_pkey",\nADD CONSTRAINT "User_pkey" PRIMARY KEY ("id", "email");',
      history,
      errors: [{ messageId: 'replacePrimaryKey', line: 2, column: 36 }],
    },
  ],
});
