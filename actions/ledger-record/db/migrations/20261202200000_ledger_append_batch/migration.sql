-- Group commit for the ledger service (issue 20): the appends of one tenant that arrive while its previous
-- transaction is in flight are written together, in one statement, one transaction and one WAL flush.
--
-- Each entry goes through bickford_ledger_append_v3 as a single append does, in the order given, so the
-- chain, the hashing and the tenant check are exactly the single append's. The tenant's head row is locked
-- once, first, outside the per-entry blocks: a block that fails rolls back to its own savepoint (PL/pgSQL's
-- BEGIN ... EXCEPTION), which would release a row lock taken inside it. One entry that fails is reported
-- on its own row (SQLSTATE and message) and the others are written. A lock or statement timeout
-- (query_canceled, which WHEN OTHERS does not catch) fails the whole batch, and nothing is written.
--
-- Two entries of one batch with the same idempotency key: the second finds the first (same transaction)
-- and returns it with appended = false, as a retry after a commit would.
--
-- Invoker's rights on purpose: it can do nothing the caller could not do by calling the append function
-- itself, and the append function decides who may write for which tenant (the session's role).
CREATE FUNCTION bickford_ledger_append_batch(p_tenant TEXT, p_tenant_json TEXT, p_entries JSON)
RETURNS TABLE ("ord" INTEGER, "id" BIGINT, "seq" INTEGER, "hash" CHAR(64), "prevHash" CHAR(64), "appended" BOOLEAN, "errorCode" TEXT, "errorMessage" TEXT)
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  item JSON;
  n INTEGER := 0;
  r RECORD;
BEGIN
  PERFORM bickford_ledger_lock_tenant(p_tenant);
  FOR item IN SELECT j.value FROM json_array_elements(p_entries) j LOOP
    BEGIN
      SELECT a."id", a."seq", a."hash", a."prevHash", a."appended" INTO STRICT r
        FROM bickford_ledger_append_v3(p_tenant, p_tenant_json, item ->> 'type', item ->> 'typeJson', item ->> 'payload', item ->> 'key', NULL, NULL) a;
      "ord" := n; "id" := r."id"; "seq" := r."seq"; "hash" := r."hash"; "prevHash" := r."prevHash"; "appended" := r."appended";
      "errorCode" := NULL; "errorMessage" := NULL;
    EXCEPTION WHEN OTHERS THEN
      "ord" := n; "id" := NULL; "seq" := NULL; "hash" := NULL; "prevHash" := NULL; "appended" := FALSE;
      "errorCode" := SQLSTATE; "errorMessage" := SQLERRM;
    END;
    RETURN NEXT;
    n := n + 1;
  END LOOP;
END
$$;

-- Pinned like the other ledger functions, so a caller's search_path cannot put another append function in its place.
DO $$
BEGIN
  EXECUTE format('ALTER FUNCTION bickford_ledger_append_batch(TEXT, TEXT, JSON) SET search_path = %I, pg_temp', current_schema());
END
$$;
