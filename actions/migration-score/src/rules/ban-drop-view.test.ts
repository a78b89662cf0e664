import { ruleTester } from '../testing/rule-tester';
import { banDropView } from './ban-drop-view';

const history = 'CREATE TABLE "User" ("id" TEXT, "email" TEXT);\nCREATE VIEW "Active" AS SELECT "id" FROM "User";\nCREATE MATERIALIZED VIEW "Stats" AS SELECT count(*) FROM "User";';

ruleTester(banDropView, {
  valid: [
    { code: 'DROP VIEW "Active";\nCREATE VIEW "Active" AS SELECT "id", "email" FROM "User";', history },
    { code: 'DROP MATERIALIZED VIEW "Stats";\nCREATE MATERIALIZED VIEW "Stats" AS SELECT 1;', history },
    { code: 'CREATE VIEW "Tmp" AS SELECT 1;\nDROP VIEW "Tmp";', history },
    // Re-created in the same schema: public.Active, written both ways.
    { code: 'DROP VIEW public."Active";\nCREATE OR REPLACE VIEW "Active" AS SELECT 1;', history },
  ],
  invalid: [
    { code: 'DROP VIEW "Active";', history, errors: [{ messageId: 'dropView', line: 1, column: 11 }] },
    { code: 'DROP MATERIALIZED VIEW IF EXISTS "Stats";', history, errors: [{ messageId: 'dropMaterializedView', line: 1, column: 34 }] },
    // Re-created in another schema: the one dropped is gone.
    { code: 'DROP VIEW "Active";\nCREATE VIEW "report"."Active" AS SELECT 1;', history, errors: [{ messageId: 'dropView', line: 1, column: 11 }] },
  ],
});
