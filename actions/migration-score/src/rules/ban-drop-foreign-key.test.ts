import { HISTORY as history } from '../testing/history';
import { ruleTester } from '../testing/rule-tester';
import { banDropForeignKey } from './ban-drop-foreign-key';

ruleTester(banDropForeignKey, {
  valid: [
    { code: 'ALTER TABLE "User" DROP CONSTRAINT "User_age_check";', history },
    // Prisma's way of changing onDelete: dropped and added again under the same name.
    {
      code: '-- DropForeignKey\nALTER TABLE "User" DROP CONSTRAINT "User_teamId_fkey";\n\n-- AddForeignKey\nALTER TABLE "User" ADD CONSTRAINT "User_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;',
      history,
    },
    // Recognised from the parse tree: a CHECK named like a foreign key is not one.
    { code: 'ALTER TABLE "User" DROP CONSTRAINT "age_fkey";', history: `${history}\nALTER TABLE "User" ADD CONSTRAINT "age_fkey" CHECK ("age" > 0);` },
  ],
  invalid: [
    { code: 'ALTER TABLE "User" DROP CONSTRAINT "User_teamId_fkey";', history, errors: [{ messageId: 'dropForeignKey', line: 1, column: 36 }] },
    // Recognised from the parse tree: a foreign key with a name of its own.
    {
      code: 'ALTER TABLE "User" DROP CONSTRAINT "team_ref";',
      history: `${history}\nALTER TABLE "User" ADD CONSTRAINT "team_ref" FOREIGN KEY ("teamId") REFERENCES "Team"("id");`,
      errors: [{ messageId: 'dropForeignKey', line: 1, column: 36 }],
    },
    // Added back under another name: the old one is gone.
    {
      code: 'ALTER TABLE "User" DROP CONSTRAINT "User_teamId_fkey";\nALTER TABLE "User" ADD CONSTRAINT "User_team_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id");',
      history,
      errors: [{ messageId: 'dropForeignKey', line: 1, column: 36 }],
    },
  ],
});
