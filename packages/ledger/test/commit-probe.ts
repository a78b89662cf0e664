import { adminQuery } from '../../../actions/ledger-record/test/pg-test-db';

/**
 * Records which top-level transaction wrote each entry, so a test can see how appends were grouped into
 * commits. xmin cannot tell: an entry written inside a savepoint carries the subtransaction's xid, while
 * txid_current() is the top-level transaction's. A trigger of the test database only.
 */
export async function probeCommits(url: string): Promise<void> {
  await adminQuery(
    `CREATE TABLE IF NOT EXISTS "test_entry_commit" ("tenantId" TEXT, "seq" INTEGER, "txid" BIGINT);
     CREATE OR REPLACE FUNCTION test_record_commit() RETURNS TRIGGER LANGUAGE plpgsql AS $$
     BEGIN
       INSERT INTO "test_entry_commit" VALUES (NEW."tenantId", NEW."seq", txid_current());
       RETURN NEW;
     END $$;
     DROP TRIGGER IF EXISTS "test_record_commit" ON "LedgerEntry";
     CREATE TRIGGER "test_record_commit" AFTER INSERT ON "LedgerEntry" FOR EACH ROW EXECUTE FUNCTION test_record_commit();`,
    [],
    url,
  );
}

/** How many entries (genesis left out) each commit of the tenant wrote, in chain order. */
export async function commitSizes(url: string, tenant: string): Promise<number[]> {
  const rows = await adminQuery<{ size: number }>(
    `SELECT count(*)::int AS "size" FROM "test_entry_commit" WHERE "tenantId" = $1 AND "seq" > 0 GROUP BY "txid" ORDER BY min("seq")`,
    [tenant],
    url,
  );
  return rows.map((r) => r.size);
}
