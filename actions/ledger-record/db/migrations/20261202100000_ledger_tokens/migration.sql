-- Tokens of the ledger service (bickford ledger serve, @bickford/ledger's createLedgerHandler), one tenant each.
-- Only a hash of the secret is stored; the token itself is shown once, by `bickford ledger token create`.
-- A token is revoked, never deleted, so the log of who could write stays. Tenant roles get no access:
-- tokens are read by the service, which runs as the owner or a role granted this table explicitly.
CREATE TABLE "LedgerToken" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "secretHash" CHAR(64) NOT NULL,
    "scope" TEXT NOT NULL,
    "label" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMPTZ(3),

    CONSTRAINT "LedgerToken_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LedgerToken_tenantId_idx" ON "LedgerToken"("tenantId");
