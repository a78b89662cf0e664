-- What schema.prisma cannot express: the tenant role, its grants and the row-level security policies.
-- A tenant's login role is made a member of bickford_ledger_tenant and mapped to its tenant in
-- "LedgerTenantRole" (see bickford_ledger_grant_tenant below); it then sees and writes only its own rows.
-- The owner that runs the migrations bypasses these policies, as table owners do.

-- Roles are cluster-wide while migrations run per database: two databases migrating at once race here.
-- Created only when missing, so an owner without CREATEROLE migrates once an admin has created it.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'bickford_ledger_tenant') THEN
    CREATE ROLE bickford_ledger_tenant NOLOGIN;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;

DO $$
BEGIN
  EXECUTE format('GRANT USAGE ON SCHEMA %I TO bickford_ledger_tenant', current_schema());
  IF to_regclass('_prisma_migrations') IS NOT NULL THEN
    GRANT SELECT ON "_prisma_migrations" TO bickford_ledger_tenant;
  END IF;
END
$$;

GRANT SELECT, INSERT ON "LedgerEntry", "BuildEvent", "DeployEvent", "SchemaVersion", "MigrationScore" TO bickford_ledger_tenant;
GRANT SELECT ON "LedgerTenantRole" TO bickford_ledger_tenant;
GRANT USAGE ON SEQUENCE "LedgerEntry_id_seq", "BuildEvent_id_seq", "DeployEvent_id_seq", "SchemaVersion_id_seq", "MigrationScore_id_seq" TO bickford_ledger_tenant;

ALTER TABLE "LedgerTenantRole" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "LedgerTenantRole_own_role" ON "LedgerTenantRole" TO bickford_ledger_tenant
  USING ("roleName" = current_user);

ALTER TABLE "LedgerEntry" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "LedgerEntry_tenant_rows" ON "LedgerEntry" TO bickford_ledger_tenant
  USING ("tenantId" IN (SELECT "tenantId" FROM "LedgerTenantRole" WHERE "roleName" = current_user))
  WITH CHECK ("tenantId" IN (SELECT "tenantId" FROM "LedgerTenantRole" WHERE "roleName" = current_user));

ALTER TABLE "BuildEvent" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "BuildEvent_tenant_rows" ON "BuildEvent" TO bickford_ledger_tenant
  USING ("tenantId" IN (SELECT "tenantId" FROM "LedgerTenantRole" WHERE "roleName" = current_user))
  WITH CHECK ("tenantId" IN (SELECT "tenantId" FROM "LedgerTenantRole" WHERE "roleName" = current_user));

ALTER TABLE "DeployEvent" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "DeployEvent_tenant_rows" ON "DeployEvent" TO bickford_ledger_tenant
  USING ("tenantId" IN (SELECT "tenantId" FROM "LedgerTenantRole" WHERE "roleName" = current_user))
  WITH CHECK ("tenantId" IN (SELECT "tenantId" FROM "LedgerTenantRole" WHERE "roleName" = current_user));

ALTER TABLE "SchemaVersion" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "SchemaVersion_tenant_rows" ON "SchemaVersion" TO bickford_ledger_tenant
  USING ("tenantId" IN (SELECT "tenantId" FROM "LedgerTenantRole" WHERE "roleName" = current_user))
  WITH CHECK ("tenantId" IN (SELECT "tenantId" FROM "LedgerTenantRole" WHERE "roleName" = current_user));

ALTER TABLE "MigrationScore" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "MigrationScore_tenant_rows" ON "MigrationScore" TO bickford_ledger_tenant
  USING ("tenantId" IN (SELECT "tenantId" FROM "LedgerTenantRole" WHERE "roleName" = current_user))
  WITH CHECK ("tenantId" IN (SELECT "tenantId" FROM "LedgerTenantRole" WHERE "roleName" = current_user));

-- For the database owner: give a login role one tenant's rows.
CREATE FUNCTION bickford_ledger_grant_tenant(role_name TEXT, tenant_id TEXT) RETURNS VOID
LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('GRANT bickford_ledger_tenant TO %I', role_name);
  INSERT INTO "LedgerTenantRole" ("roleName", "tenantId") VALUES (role_name, tenant_id)
  ON CONFLICT ("roleName") DO UPDATE SET "tenantId" = EXCLUDED."tenantId";
END
$$;
