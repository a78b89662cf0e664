-- Appends only through the append function (issue 18). Upgrades a ledger made by the earlier migrations in
-- place; nothing here rewrites an entry.
--
-- Before: the tenant role could INSERT into the entry and event tables itself (row-level security kept it to
-- its own tenant, but a hand-made row failed verify for ever). Now it has no write privilege on any ledger
-- table: it appends by calling bickford_ledger_append_v3, which runs as the owner (SECURITY DEFINER, its
-- search_path pinned to this schema and pg_temp last) and writes the entry and its event row itself.
-- The tenant is the session's: the function takes the tenant id as a parameter only to refuse a mismatch,
-- never to decide whom the caller writes for.
--
-- Privileges now go to each tenant's login role directly, in its own schema (bickford_ledger_grant_tenant),
-- and the shared role bickford_ledger_tenant keeps none: it is only what the row-level security policies
-- name. With tenant-isolation: schema a tenant's role therefore reaches its own schema and nothing else.

-- Which tenant the session may write for. session_user, not current_user: inside a SECURITY DEFINER function
-- current_user is the owner, and session_user cannot be changed without superuser rights. A login role mapped
-- in "LedgerTenantRole" writes for its tenant only. A session that could write any row anyway (a superuser, a
-- role with BYPASSRLS, or the owner, as in the embedded ledger and with the owner's URL) writes for the tenant
-- it names. Everyone else is refused.
CREATE FUNCTION bickford_ledger_session_tenant(p_tenant TEXT) RETURNS VOID
LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
DECLARE
  mapped TEXT;
  privileged BOOLEAN;
BEGIN
  SELECT r."tenantId" INTO mapped FROM "LedgerTenantRole" r WHERE r."roleName" = session_user;
  IF FOUND THEN
    IF mapped IS DISTINCT FROM p_tenant THEN
      RAISE EXCEPTION 'this role may not write the ledger of tenant %: role % writes for its own tenant only', p_tenant, session_user USING ERRCODE = '42501';
    END IF;
    RETURN;
  END IF;
  SELECT r.rolsuper OR r.rolbypassrls OR pg_has_role(session_user, c.relowner, 'USAGE') INTO privileged
    FROM pg_roles r, pg_class c WHERE r.rolname = session_user AND c.oid = '"LedgerEntry"'::regclass;
  IF privileged IS NOT TRUE THEN
    RAISE EXCEPTION 'this role may not write the ledger of tenant %: role % is not mapped to a tenant (bickford_ledger_grant_tenant)', p_tenant, session_user USING ERRCODE = '42501';
  END IF;
END
$$;

-- The tenant's head row, locked FOR UPDATE: every append of a tenant waits here for the one before it.
-- Owner's rights now (the tenant role may not insert its head row), after the session check above.
CREATE OR REPLACE FUNCTION bickford_ledger_lock_tenant(p_tenant TEXT) RETURNS VOID
LANGUAGE plpgsql VOLATILE SECURITY DEFINER AS $$
BEGIN
  PERFORM bickford_ledger_session_tenant(p_tenant);
  INSERT INTO "LedgerHead" ("tenantId", "seq", "hash") VALUES (p_tenant, -1, repeat('0', 64)) ON CONFLICT ("tenantId") DO NOTHING;
  PERFORM 1 FROM "LedgerHead" h WHERE h."tenantId" = p_tenant FOR UPDATE;
END
$$;

-- The append, version 3: version 2's hashing (createdAt included; the hashed bytes are unchanged, entries
-- keep "version":2), plus the event row, written here with the entry's id, tenant and createdAt. The event's
-- other columns come from p_event (column name to value; each value is cast from its text to the column's
-- type, so a jsonb column takes JSON text). A deploy's build entry must be this tenant's, with that hash.
CREATE FUNCTION bickford_ledger_append_v3(
  p_tenant TEXT,
  p_tenant_json TEXT,
  p_type TEXT,
  p_type_json TEXT,
  p_payload_json TEXT,
  p_idempotency_key TEXT,
  p_event_table TEXT,
  p_event JSONB
) RETURNS TABLE ("id" BIGINT, "seq" INTEGER, "hash" CHAR(64), "prevHash" CHAR(64), "createdAt" TIMESTAMPTZ(3), "appended" BOOLEAN)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER AS $$
#variable_conflict use_column
DECLARE
  head_seq INTEGER;
  head_hash TEXT;
  body TEXT;
  body_hash TEXT;
  created TIMESTAMPTZ(3);
  created_text TEXT;
  new_id BIGINT;
  cols TEXT;
  vals TEXT;
  matched INTEGER;
BEGIN
  IF p_event_table IS NOT NULL AND p_event_table NOT IN ('BuildEvent', 'DeployEvent', 'SchemaVersion', 'MigrationScore') THEN
    RAISE EXCEPTION 'no event table %', p_event_table USING ERRCODE = '22023';
  END IF;
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
  INSERT INTO "LedgerEntry" AS e ("tenantId", "seq", "prevHash", "hash", "type", "payload", "canonical", "idempotencyKey", "createdAt")
    VALUES (p_tenant, head_seq + 1, head_hash, body_hash, p_type, (body::jsonb) -> 'payload', body, p_idempotency_key, created)
    RETURNING e."id" INTO new_id;
  IF p_event_table IS NOT NULL THEN
    IF p_event_table = 'DeployEvent' AND NOT EXISTS (SELECT 1 FROM "LedgerEntry" b WHERE b."id" = (p_event ->> 'buildEntryId')::bigint AND b."tenantId" = p_tenant AND b."hash" = p_event ->> 'buildHash') THEN
      RAISE EXCEPTION 'the deploy''s build entry is not an entry of tenant % with that hash', p_tenant USING ERRCODE = '42501';
    END IF;
    SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum),
           string_agg(format('($1 ->> %L)::%s', a.attname, format_type(a.atttypid, a.atttypmod)), ', ' ORDER BY a.attnum),
           count(*)
      INTO cols, vals, matched
      FROM pg_attribute a
      WHERE a.attrelid = quote_ident(p_event_table)::regclass AND a.attnum > 0 AND NOT a.attisdropped
        AND a.attname NOT IN ('id', 'entryId', 'tenantId', 'createdAt')
        AND a.attname IN (SELECT jsonb_object_keys(coalesce(p_event, '{}'::jsonb)));
    IF matched IS DISTINCT FROM (SELECT count(*)::int FROM jsonb_object_keys(coalesce(p_event, '{}'::jsonb))) THEN
      RAISE EXCEPTION 'the % row names a column it may not set (id, entryId, tenantId and createdAt are the entry''s) or that does not exist: %', p_event_table, p_event USING ERRCODE = '22023';
    END IF;
    EXECUTE format('INSERT INTO %I ("entryId", "tenantId", "createdAt"%s) VALUES ($2, $3, $4%s)', p_event_table,
                   CASE WHEN matched > 0 THEN ', ' || cols ELSE '' END, CASE WHEN matched > 0 THEN ', ' || vals ELSE '' END)
      USING p_event, new_id, p_tenant, created;
  END IF;
  RETURN QUERY SELECT new_id, head_seq + 1, body_hash::CHAR(64), head_hash::CHAR(64), created, TRUE;
END
$$;

-- What a tenant's login role gets, directly and in this schema only: USAGE, SELECT on the ledger's tables,
-- EXECUTE on the append and lock functions, and membership of bickford_ledger_tenant, which the row-level
-- security policies name. No write privilege on any table.
CREATE FUNCTION bickford_ledger_grant_privileges(role_name TEXT) RETURNS VOID
LANGUAGE plpgsql AS $$
DECLARE
  ledger_schema TEXT := current_schema();
  t TEXT;
BEGIN
  EXECUTE format('GRANT bickford_ledger_tenant TO %I', role_name);
  EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', ledger_schema, role_name);
  FOREACH t IN ARRAY ARRAY['LedgerEntry', 'BuildEvent', 'DeployEvent', 'SchemaVersion', 'MigrationScore', 'LedgerTenantRole', 'LedgerHead'] LOOP
    EXECUTE format('GRANT SELECT ON %I.%I TO %I', ledger_schema, t, role_name);
  END LOOP;
  IF to_regclass(format('%I."_prisma_migrations"', ledger_schema)) IS NOT NULL THEN
    EXECUTE format('GRANT SELECT ON %I."_prisma_migrations" TO %I', ledger_schema, role_name);
  END IF;
  EXECUTE format('GRANT EXECUTE ON FUNCTION %I.bickford_ledger_append_v3(TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, JSONB), %I.bickford_ledger_lock_tenant(TEXT) TO %I', ledger_schema, ledger_schema, role_name);
END
$$;
REVOKE EXECUTE ON FUNCTION bickford_ledger_grant_privileges(TEXT) FROM PUBLIC;

-- For the owner: map a login role to one tenant in this schema. The mapping is written in the schema the
-- function lives in (its search_path is pinned below), never wherever the caller's search_path points. A
-- tenant that has a schema of its own (tenant-isolation: schema: ledger_ and 32 hex digits of a hash of its
-- id) is refused anywhere else, so an admin whose search_path is public does not map it there by accident,
-- and a tenant schema takes its own tenant only.
CREATE OR REPLACE FUNCTION bickford_ledger_grant_tenant(role_name TEXT, tenant_id TEXT) RETURNS VOID
LANGUAGE plpgsql AS $$
DECLARE
  ledger_schema TEXT := current_schema();
  own_schema TEXT := 'ledger_' || left(encode(sha256(convert_to('bickford-ledger-schema', 'UTF8') || decode('00', 'hex') || convert_to(tenant_id, 'UTF8')), 'hex'), 32);
BEGIN
  IF coalesce(tenant_id, '') = '' THEN RAISE EXCEPTION 'bickford_ledger_grant_tenant needs a tenant id'; END IF;
  IF ledger_schema ~ '^ledger_[0-9a-f]{32}$' AND ledger_schema <> own_schema THEN
    RAISE EXCEPTION 'schema % is another tenant''s ledger: tenant %''s is %', ledger_schema, tenant_id, own_schema USING ERRCODE = '42501';
  END IF;
  IF ledger_schema <> own_schema AND to_regnamespace(quote_ident(own_schema)) IS NOT NULL THEN
    RAISE EXCEPTION 'tenant % has a schema of its own (%): call %.bickford_ledger_grant_tenant, not the one in %', tenant_id, own_schema, quote_ident(own_schema), ledger_schema USING ERRCODE = '42501';
  END IF;
  PERFORM bickford_ledger_grant_privileges(role_name);
  INSERT INTO "LedgerTenantRole" ("roleName", "tenantId") VALUES (role_name, tenant_id)
    ON CONFLICT ("roleName") DO UPDATE SET "tenantId" = EXCLUDED."tenantId";
END
$$;
REVOKE EXECUTE ON FUNCTION bickford_ledger_grant_tenant(TEXT, TEXT) FROM PUBLIC;

-- Pinned search paths: this schema, then pg_temp last (pg_catalog is searched first anyway), so that no
-- object a caller creates can stand in for the ledger's tables or functions inside owner's-rights code.
DO $$
DECLARE f TEXT;
BEGIN
  FOREACH f IN ARRAY ARRAY['bickford_ledger_session_tenant(TEXT)', 'bickford_ledger_lock_tenant(TEXT)',
    'bickford_ledger_append_v3(TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, JSONB)', 'bickford_ledger_grant_tenant(TEXT, TEXT)', 'bickford_ledger_grant_privileges(TEXT)',
    'bickford_ledger_append_v2(TEXT, TEXT, TEXT, TEXT, TEXT, TEXT)', 'bickford_ledger_maintenance(TEXT, TEXT)'] LOOP
    EXECUTE format('ALTER FUNCTION %s SET search_path = %I, pg_temp', f, current_schema());
  END LOOP;
END
$$;

-- Functions are executable by PUBLIC unless revoked: these are granted per tenant role (above) or are the owner's.
REVOKE EXECUTE ON FUNCTION bickford_ledger_session_tenant(TEXT) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION bickford_ledger_lock_tenant(TEXT) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION bickford_ledger_append_v3(TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, JSONB) FROM PUBLIC;
-- Version 2 inserted with the caller's rights; the tenant role can no longer insert, so it stays for the owner only.
REVOKE EXECUTE ON FUNCTION bickford_ledger_append_v2(TEXT, TEXT, TEXT, TEXT, TEXT, TEXT) FROM PUBLIC;

-- The shared role keeps no privilege on the ledger's objects in this schema: no INSERT (appends go through
-- the function), and no SELECT either (each tenant's role gets its own grants, in its own schema).
REVOKE ALL ON "LedgerEntry", "BuildEvent", "DeployEvent", "SchemaVersion", "MigrationScore", "LedgerTenantRole", "LedgerHead", "LedgerMaintenance" FROM bickford_ledger_tenant;
REVOKE ALL ON SEQUENCE "LedgerEntry_id_seq", "BuildEvent_id_seq", "DeployEvent_id_seq", "SchemaVersion_id_seq", "MigrationScore_id_seq" FROM bickford_ledger_tenant;
DO $$
DECLARE r RECORD;
BEGIN
  EXECUTE format('REVOKE ALL ON SCHEMA %I FROM bickford_ledger_tenant', current_schema());
  IF to_regclass('"_prisma_migrations"') IS NOT NULL THEN
    REVOKE ALL ON "_prisma_migrations" FROM bickford_ledger_tenant;
  END IF;
  -- Roles mapped before this migration get their grants directly, and keep working.
  FOR r IN SELECT m."roleName" FROM "LedgerTenantRole" m JOIN pg_roles p ON p.rolname = m."roleName" LOOP
    PERFORM bickford_ledger_grant_privileges(r."roleName");
  END LOOP;
END
$$;
