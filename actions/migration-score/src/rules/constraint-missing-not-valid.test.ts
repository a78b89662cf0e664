import { HISTORY as history } from '../testing/history';
import { ruleTester } from '../testing/rule-tester';
import { constraintMissingNotValid } from './constraint-missing-not-valid';

ruleTester(constraintMissingNotValid, {
  valid: [
    { code: 'ALTER TABLE "User" ADD CONSTRAINT "age_pos" CHECK ("age" > 0) NOT VALID;', history },
    { code: 'ALTER TABLE "User" VALIDATE CONSTRAINT "age_pos";', history },
    'CREATE TABLE "Post" ("id" TEXT, "authorId" TEXT);\nALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id");',
  ],
  invalid: [
    {
      code: '-- AddForeignKey\nALTER TABLE "User" ADD CONSTRAINT "User_team_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE;',
      history,
      errors: [{ messageId: 'foreignKey', line: 2, column: 24 }],
    },
    { code: 'ALTER TABLE "User" ADD CONSTRAINT "age_pos" CHECK ("age" > 0);', history, errors: [{ messageId: 'check', line: 1, column: 24 }] },
  ],
});
