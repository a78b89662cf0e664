-- Hardening of an existing ledger (issue 18). Upgrades a ledger made by the earlier migrations in place:
-- nothing here rewrites an entry, and entries hashed before it (version 1) still verify.

-- Hashes are unique per tenant, not globally: a global index let one tenant insert a row carrying
-- another tenant's (predictable) genesis hash and break that tenant's chain for ever.
DROP INDEX "LedgerEntry_hash_key";
CREATE UNIQUE INDEX "LedgerEntry_tenantId_hash_key" ON "LedgerEntry"("tenantId", "hash");

-- One row per tenant, locked FOR UPDATE by each append. Under row-level security only the tenant's
-- role can see, and so lock, its row: the advisory lock it replaces had a predictable key any role
-- could take. seq and hash follow the chain's head; verification never trusts them.
CREATE TABLE "LedgerHead" (
    "tenantId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "hash" CHAR(64) NOT NULL,
    CONSTRAINT "LedgerHead_pkey" PRIMARY KEY ("tenantId")
);
INSERT INTO "LedgerHead" ("tenantId", "seq", "hash")
  SELECT DISTINCT ON ("tenantId") "tenantId", "seq", "hash" FROM "LedgerEntry" ORDER BY "tenantId", "seq" DESC;

-- Who changed what through bickford_ledger_maintenance, kept append-only like the ledger itself.
CREATE TABLE "LedgerMaintenance" (
    "id" BIGSERIAL NOT NULL,
    "actor" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "statement" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "LedgerMaintenance_pkey" PRIMARY KEY ("id")
);

-- Least privilege for the tenant role: read, and insert into its own chain; never UPDATE, DELETE or
-- TRUNCATE an entry. The head row needs UPDATE on its two columns, which SELECT ... FOR UPDATE requires.
REVOKE UPDATE, DELETE, TRUNCATE ON "LedgerEntry", "BuildEvent", "DeployEvent", "SchemaVersion", "MigrationScore" FROM bickford_ledger_tenant;
GRANT SELECT, INSERT ON "LedgerHead" TO bickford_ledger_tenant;
GRANT UPDATE ("seq", "hash") ON "LedgerHead" TO bickford_ledger_tenant;
ALTER TABLE "LedgerHead" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "LedgerHead_tenant_rows" ON "LedgerHead" TO bickford_ledger_tenant
  USING ("tenantId" IN (SELECT "tenantId" FROM "LedgerTenantRole" WHERE "roleName" = current_user))
  WITH CHECK ("tenantId" IN (SELECT "tenantId" FROM "LedgerTenantRole" WHERE "roleName" = current_user));

-- Entries are never changed: this trigger refuses UPDATE, DELETE and TRUNCATE for every role, the
-- owner included, except inside bickford_ledger_maintenance (which logs the statement first).
-- A superuser can still switch triggers off (session_replication_role); verification is what catches that.
CREATE FUNCTION bickford_ledger_refuse_change() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('bickford.ledger_maintenance', true) = 'on' THEN
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'the ledger is append-only: % on "%" is refused', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'P0001', HINT = 'Corrections are new entries. A repair goes through bickford_ledger_maintenance(reason, statement), which logs it.';
END
$$;

DO $$
DECLARE t TEXT;
BEGIN
  FOREACH t IN ARRAY ARRAY['LedgerEntry', 'BuildEvent', 'DeployEvent', 'SchemaVersion', 'MigrationScore', 'LedgerMaintenance'] LOOP
    EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION bickford_ledger_refuse_change()', t || '_append_only', t);
    EXECUTE format('CREATE TRIGGER %I BEFORE TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION bickford_ledger_refuse_change()', t || '_no_truncate', t);
  END LOOP;
END
$$;

-- The one way to change history: logged, for the owner only (EXECUTE is revoked from PUBLIC).
CREATE FUNCTION bickford_ledger_maintenance(p_reason TEXT, p_statement TEXT) RETURNS VOID
LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(trim(p_reason), '') = '' THEN RAISE EXCEPTION 'bickford_ledger_maintenance needs a reason'; END IF;
  INSERT INTO "LedgerMaintenance" ("actor", "reason", "statement") VALUES (session_user, p_reason, p_statement);
  RAISE LOG 'bickford ledger maintenance by %: % (%)', session_user, p_reason, p_statement;
  PERFORM set_config('bickford.ledger_maintenance', 'on', true);
  EXECUTE p_statement;
  PERFORM set_config('bickford.ledger_maintenance', 'off', true);
END
$$;
REVOKE EXECUTE ON FUNCTION bickford_ledger_maintenance(TEXT, TEXT) FROM PUBLIC;

-- The append, version 2: serialised on the tenant's head row, and the hashed bytes cover createdAt
-- (as the text hashed: UTC, milliseconds, RFC 3339). RFC 8785 key order: "createdAt" < "payload" <
-- "prevHash" < "seq" < "tenantId" < "type" < "version". The event row is inserted by the caller in the
-- same statement with the entry's createdAt; verification checks it against the hashed payload.
-- VOLATILE and READ COMMITTED (set by the caller): the head is read after the row lock is granted.
CREATE FUNCTION bickford_ledger_lock_tenant(p_tenant TEXT) RETURNS VOID
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  INSERT INTO "LedgerHead" ("tenantId", "seq", "hash") VALUES (p_tenant, -1, repeat('0', 64)) ON CONFLICT ("tenantId") DO NOTHING;
  PERFORM 1 FROM "LedgerHead" h WHERE h."tenantId" = p_tenant FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'this role may not write the ledger of tenant %', p_tenant USING ERRCODE = '42501';
  END IF;
END
$$;

CREATE FUNCTION bickford_ledger_append_v2(
  p_tenant TEXT,
  p_tenant_json TEXT,
  p_type TEXT,
  p_type_json TEXT,
  p_payload_json TEXT,
  p_idempotency_key TEXT
) RETURNS TABLE ("id" BIGINT, "seq" INTEGER, "hash" CHAR(64), "prevHash" CHAR(64), "createdAt" TIMESTAMPTZ(3), "appended" BOOLEAN)
LANGUAGE plpgsql VOLATILE AS $$
#variable_conflict use_column
DECLARE
  head_seq INTEGER;
  head_hash TEXT;
  body TEXT;
  body_hash TEXT;
  created TIMESTAMPTZ(3);
  created_text TEXT;
BEGIN
  PERFORM bickford_ledger_lock_tenant(p_tenant);
  IF p_idempotency_key IS NOT NULL THEN
    RETURN QUERY SELECT e."id", e."seq", e."hash", e."prevHash", e."createdAt", FALSE FROM "LedgerEntry" e
      WHERE e."tenantId" = p_tenant AND e."idempotencyKey" = p_idempotency_key;
    IF FOUND THEN RETURN; END IF;
  END IF;
  created := date_trunc('milliseconds', clock_timestamp());
  created_text := to_char(created AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
  SELECT e."seq", e."hash" INTO head_seq, head_hash FROM "LedgerEntry" e
    WHERE e."tenantId" = p_tenant ORDER BY e."seq" DESC LIMIT 1;
  IF NOT FOUND THEN
    head_seq := 0;
    head_hash := repeat('0', 64);
    body := '{"createdAt":"' || created_text || '","payload":{"tenantId":' || p_tenant_json || '},"prevHash":"' || head_hash || '","seq":0,"tenantId":' || p_tenant_json || ',"type":"genesis","version":2}';
    body_hash := encode(sha256(convert_to(body, 'UTF8')), 'hex');
    INSERT INTO "LedgerEntry" ("tenantId", "seq", "prevHash", "hash", "type", "payload", "canonical", "createdAt")
      VALUES (p_tenant, 0, head_hash, body_hash, 'genesis', (body::jsonb) -> 'payload', body, created);
    head_hash := body_hash;
  END IF;
  body := '{"createdAt":"' || created_text || '","payload":' || p_payload_json || ',"prevHash":"' || head_hash || '","seq":' || (head_seq + 1) || ',"tenantId":' || p_tenant_json || ',"type":' || p_type_json || ',"version":2}';
  body_hash := encode(sha256(convert_to(body, 'UTF8')), 'hex');
  UPDATE "LedgerHead" h SET "seq" = head_seq + 1, "hash" = body_hash WHERE h."tenantId" = p_tenant;
  RETURN QUERY INSERT INTO "LedgerEntry" AS e ("tenantId", "seq", "prevHash", "hash", "type", "payload", "canonical", "idempotencyKey", "createdAt")
    VALUES (p_tenant, head_seq + 1, head_hash, body_hash, p_type, (body::jsonb) -> 'payload', body, p_idempotency_key, created)
    RETURNING e."id", e."seq", e."hash", e."prevHash", e."createdAt", TRUE;
END
$$;

-- The version-1 append took an advisory lock any role could hold; it is gone.
DROP FUNCTION bickford_ledger_append(TEXT, BIGINT, TEXT, TEXT, TEXT, TEXT, TEXT);

-- The grant function no longer creates anything: an admin creates the login role (see the README's
-- "Roles"), and the mapping is written in the schema that holds the ledger, never into public by accident.
-- Schema-per-tenant: the shared role loses USAGE on the schema; bickford_ledger_grant_tenant gives it
-- to the one role mapped here, so a tenant's role reaches its own schema only.
DO $$
BEGIN
  EXECUTE format('REVOKE USAGE ON SCHEMA %I FROM bickford_ledger_tenant', current_schema());
END
$$;
CREATE OR REPLACE FUNCTION bickford_ledger_grant_tenant(role_name TEXT, tenant_id TEXT) RETURNS VOID
LANGUAGE plpgsql AS $$
DECLARE ledger_schema TEXT;
BEGIN
  SELECT n.nspname INTO ledger_schema FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = to_regclass('"LedgerTenantRole"');
  IF ledger_schema IS NULL THEN
    RAISE EXCEPTION 'no "LedgerTenantRole" on the search path (%): set search_path to the ledger''s schema first', current_setting('search_path');
  END IF;
  EXECUTE format('GRANT bickford_ledger_tenant TO %I', role_name);
  EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', ledger_schema, role_name);
  EXECUTE format('INSERT INTO %I."LedgerTenantRole" ("roleName", "tenantId") VALUES ($1, $2) ON CONFLICT ("roleName") DO UPDATE SET "tenantId" = EXCLUDED."tenantId"', ledger_schema)
    USING role_name, tenant_id;
END
$$;
REVOKE EXECUTE ON FUNCTION bickford_ledger_grant_tenant(TEXT, TEXT) FROM PUBLIC;
