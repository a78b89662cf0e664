-- CreateTable
CREATE TABLE "LedgerEntry" (
    "id" BIGSERIAL NOT NULL,
    "tenantId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "prevHash" CHAR(64) NOT NULL,
    "hash" CHAR(64) NOT NULL,
    "type" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "canonical" TEXT NOT NULL,
    "idempotencyKey" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LedgerEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BuildEvent" (
    "id" BIGSERIAL NOT NULL,
    "entryId" BIGINT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "commit" TEXT NOT NULL,
    "branch" TEXT,
    "status" TEXT NOT NULL,
    "workflow" TEXT,
    "runId" TEXT,
    "runAttempt" INTEGER,
    "actor" TEXT,
    "artifacts" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BuildEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeployEvent" (
    "id" BIGSERIAL NOT NULL,
    "entryId" BIGINT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "environment" TEXT NOT NULL,
    "commit" TEXT NOT NULL,
    "buildEntryId" BIGINT NOT NULL,
    "buildHash" CHAR(64) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeployEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SchemaVersion" (
    "id" BIGSERIAL NOT NULL,
    "entryId" BIGINT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "schemaHash" TEXT NOT NULL,
    "previousHash" TEXT,
    "commit" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SchemaVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MigrationScore" (
    "id" BIGSERIAL NOT NULL,
    "entryId" BIGINT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "commit" TEXT,
    "score" DOUBLE PRECISION NOT NULL,
    "regressive" BOOLEAN NOT NULL,
    "migrations" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MigrationScore_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LedgerTenantRole" (
    "roleName" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,

    CONSTRAINT "LedgerTenantRole_pkey" PRIMARY KEY ("roleName")
);

-- CreateIndex
CREATE UNIQUE INDEX "LedgerEntry_hash_key" ON "LedgerEntry"("hash");

-- CreateIndex
CREATE UNIQUE INDEX "LedgerEntry_tenantId_seq_key" ON "LedgerEntry"("tenantId", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "LedgerEntry_tenantId_prevHash_key" ON "LedgerEntry"("tenantId", "prevHash");

-- CreateIndex
CREATE UNIQUE INDEX "LedgerEntry_tenantId_idempotencyKey_key" ON "LedgerEntry"("tenantId", "idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "BuildEvent_entryId_key" ON "BuildEvent"("entryId");

-- CreateIndex
CREATE INDEX "BuildEvent_tenantId_commit_idx" ON "BuildEvent"("tenantId", "commit");

-- CreateIndex
CREATE UNIQUE INDEX "DeployEvent_entryId_key" ON "DeployEvent"("entryId");

-- CreateIndex
CREATE INDEX "DeployEvent_tenantId_environment_idx" ON "DeployEvent"("tenantId", "environment");

-- CreateIndex
CREATE INDEX "DeployEvent_buildEntryId_idx" ON "DeployEvent"("buildEntryId");

-- CreateIndex
CREATE UNIQUE INDEX "SchemaVersion_entryId_key" ON "SchemaVersion"("entryId");

-- CreateIndex
CREATE INDEX "SchemaVersion_tenantId_schemaHash_idx" ON "SchemaVersion"("tenantId", "schemaHash");

-- CreateIndex
CREATE UNIQUE INDEX "MigrationScore_entryId_key" ON "MigrationScore"("entryId");

-- CreateIndex
CREATE INDEX "MigrationScore_tenantId_commit_idx" ON "MigrationScore"("tenantId", "commit");

-- CreateIndex
CREATE INDEX "LedgerTenantRole_tenantId_idx" ON "LedgerTenantRole"("tenantId");

-- AddForeignKey
ALTER TABLE "BuildEvent" ADD CONSTRAINT "BuildEvent_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "LedgerEntry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeployEvent" ADD CONSTRAINT "DeployEvent_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "LedgerEntry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeployEvent" ADD CONSTRAINT "DeployEvent_buildEntryId_fkey" FOREIGN KEY ("buildEntryId") REFERENCES "LedgerEntry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SchemaVersion" ADD CONSTRAINT "SchemaVersion_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "LedgerEntry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MigrationScore" ADD CONSTRAINT "MigrationScore_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "LedgerEntry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
