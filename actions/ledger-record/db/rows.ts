/**
 * Row types of the ledger database, one per model in schema.prisma beside it (a test keeps them in step).
 * BIGINT ids are read as decimal strings: JavaScript numbers lose them past 2^53, and pg and PGlite
 * disagree on bigint otherwise. Timestamps are Date.
 */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface LedgerRow {
  id: string;
  tenantId: string;
  seq: number;
  prevHash: string;
  hash: string;
  type: string;
  payload: JsonValue;
  canonical: string;
  idempotencyKey: string | null;
  createdAt: Date;
}

export interface BuildEventRow {
  id: string;
  entryId: string;
  tenantId: string;
  commit: string;
  branch: string | null;
  status: string;
  workflow: string | null;
  runId: string | null;
  runAttempt: number | null;
  actor: string | null;
  artifacts: JsonValue;
  createdAt: Date;
}

export interface DeployEventRow {
  id: string;
  entryId: string;
  tenantId: string;
  environment: string;
  commit: string;
  buildEntryId: string;
  buildHash: string;
  createdAt: Date;
}

export interface SchemaVersionRow {
  id: string;
  entryId: string;
  tenantId: string;
  schemaHash: string;
  previousHash: string | null;
  commit: string | null;
  createdAt: Date;
}

export interface MigrationScoreRow {
  id: string;
  entryId: string;
  tenantId: string;
  commit: string | null;
  score: number;
  regressive: boolean;
  migrations: JsonValue;
  createdAt: Date;
}

export interface LedgerTenantRoleRow {
  roleName: string;
  tenantId: string;
}

export interface LedgerHeadRow {
  tenantId: string;
  seq: number;
  hash: string;
}

export interface LedgerMaintenanceRow {
  id: string;
  actor: string;
  reason: string;
  statement: string;
  createdAt: Date;
}

/** A ledger service token (migration 20261202100000_ledger_tokens): the secret itself is never stored. */
export interface LedgerTokenRow {
  id: string;
  tenantId: string;
  secretHash: string;
  scope: string;
  label: string | null;
  createdAt: Date;
  revokedAt: Date | null;
}

/** Table name -> row type, for code that is generic over tables. */
export interface LedgerTables {
  LedgerEntry: LedgerRow;
  BuildEvent: BuildEventRow;
  DeployEvent: DeployEventRow;
  SchemaVersion: SchemaVersionRow;
  MigrationScore: MigrationScoreRow;
  LedgerTenantRole: LedgerTenantRoleRow;
  LedgerHead: LedgerHeadRow;
  LedgerMaintenance: LedgerMaintenanceRow;
  LedgerToken: LedgerTokenRow;
}
