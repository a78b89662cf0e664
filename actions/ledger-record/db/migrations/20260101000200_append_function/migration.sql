-- The append itself, in one statement (one round trip while the tenant's lock is held).
-- The caller sends the canonical texts of the payload, tenant id and type (RFC 8785, made in
-- TypeScript); this function adds the two fields that depend on the head, prevHash and seq, in the
-- place RFC 8785's key order puts them ("payload" < "prevHash" < "seq" < "tenantId" < "type" <
-- "version"), and hashes the result. Verification never trusts this: it recomputes every hash in
-- TypeScript from the stored bytes.
-- VOLATILE on purpose: under READ COMMITTED each statement below takes a new snapshot, so the head
-- is read after the advisory lock is granted, never before.
CREATE FUNCTION bickford_ledger_append(
  p_tenant TEXT,
  p_lock_key BIGINT,
  p_tenant_json TEXT,
  p_type TEXT,
  p_type_json TEXT,
  p_payload_json TEXT,
  p_idempotency_key TEXT
) RETURNS TABLE ("id" BIGINT, "seq" INTEGER, "hash" CHAR(64), "prevHash" CHAR(64), "appended" BOOLEAN)
LANGUAGE plpgsql VOLATILE AS $$
#variable_conflict use_column
DECLARE
  head_seq INTEGER;
  head_hash TEXT;
  body TEXT;
  body_hash TEXT;
BEGIN
  PERFORM pg_advisory_xact_lock(p_lock_key);
  IF p_idempotency_key IS NOT NULL THEN
    RETURN QUERY SELECT e."id", e."seq", e."hash", e."prevHash", FALSE FROM "LedgerEntry" e
      WHERE e."tenantId" = p_tenant AND e."idempotencyKey" = p_idempotency_key;
    IF FOUND THEN RETURN; END IF;
  END IF;
  SELECT e."seq", e."hash" INTO head_seq, head_hash FROM "LedgerEntry" e
    WHERE e."tenantId" = p_tenant ORDER BY e."seq" DESC LIMIT 1;
  IF NOT FOUND THEN
    head_seq := 0;
    head_hash := repeat('0', 64);
    body := '{"payload":{"tenantId":' || p_tenant_json || '},"prevHash":"' || head_hash || '","seq":0,"tenantId":' || p_tenant_json || ',"type":"genesis","version":1}';
    body_hash := encode(sha256(convert_to(body, 'UTF8')), 'hex');
    INSERT INTO "LedgerEntry" ("tenantId", "seq", "prevHash", "hash", "type", "payload", "canonical")
      VALUES (p_tenant, 0, head_hash, body_hash, 'genesis', (body::jsonb) -> 'payload', body);
    head_hash := body_hash;
  END IF;
  body := '{"payload":' || p_payload_json || ',"prevHash":"' || head_hash || '","seq":' || (head_seq + 1) || ',"tenantId":' || p_tenant_json || ',"type":' || p_type_json || ',"version":1}';
  body_hash := encode(sha256(convert_to(body, 'UTF8')), 'hex');
  RETURN QUERY INSERT INTO "LedgerEntry" AS e ("tenantId", "seq", "prevHash", "hash", "type", "payload", "canonical", "idempotencyKey")
    VALUES (p_tenant, head_seq + 1, head_hash, body_hash, p_type, (body::jsonb) -> 'payload', body, p_idempotency_key)
    RETURNING e."id", e."seq", e."hash", e."prevHash", TRUE;
END
$$;
