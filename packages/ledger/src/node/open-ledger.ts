import type { EngineContext } from '@shared/action/guard';
import { ConfigurationError } from '@shared/errors';
import { schemaHash } from '@shared/prisma/schema-hash';
import { schemaWasm } from '@shared/prisma/schema-wasm';
import { migrateLedger } from '../../../../actions/ledger-record/src/db/migrate';
import { openPostgres } from '../../../../actions/ledger-record/src/db/postgres-client';
import type { SqlClient } from '../../../../actions/ledger-record/src/db/sql-client';
import { recordBuild as recordBuildEvent } from '../../../../actions/ledger-record/src/events/record-build';
import { recordDeploy as recordDeployEvent } from '../../../../actions/ledger-record/src/events/record-deploy';
import { recordSchema } from '../../../../actions/ledger-record/src/events/record-schema';
import type { EventOutcome, LedgerSession } from '../../../../actions/ledger-record/src/events/session';
import type { LedgerInputs } from '../../../../actions/ledger-record/src/inputs';
import { LedgerStore } from './store';
import type { AppendOutcome, EntriesPage, JsonValue, LedgerHead, VerifyReport } from './types';
import { LOCAL_POLICIES } from '@shared/action/guard';

/** Where the ledger's own messages go (migrations applied); the engines' Logger, declared here for the published types. */
export interface LedgerLogger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

export interface OpenLedgerOptions {
  /** PostgreSQL URL (or libpq key=value string) of the primary. */
  databaseUrl: string;
  /** A read replica: entries, verify and the deploy's build look-up read there, up to the primary's head. */
  replicaUrl?: string;
  /** The chain written and read; `default` when absent. */
  tenantId?: string;
  /** Apply the ledger's pending migrations first (needs the owner's URL). */
  migrate?: boolean;
  connectTimeoutSeconds?: number;
  lockTimeoutSeconds?: number;
  statementTimeoutSeconds?: number;
  /** Pool size of the primary (default 4). */
  maxConnections?: number;
  logger?: LedgerLogger;
}

/** Facts about the run that recorded an event; all optional outside CI. */
export interface RunFacts {
  repository?: string;
  runId?: string;
  runAttempt?: number;
  workflow?: string;
  actor?: string;
}

export interface BuildRecord extends RunFacts {
  commit: string;
  branch?: string;
  status?: 'success' | 'failure' | 'cancelled' | 'skipped';
  /** `sha256:<hex>` digests of what the build produced. */
  artifacts?: string[];
}

export interface DeployRecord extends RunFacts {
  commit: string;
  environment: string;
  /** The build entry's hash, when several builds of the commit exist. */
  buildHash?: string;
  /**
   * The head kept outside the database (a commit status, a deployment) that the chain must reach. Without it
   * the primary's current head is used, which proves the chain is intact but not that its tail was not rewritten.
   */
  expectedHead?: LedgerHead;
}

export interface RecordOutcome extends AppendOutcome {
  /** What ledger-record would print for this event. */
  headline: string;
}

export interface Ledger {
  readonly tenantId: string;
  append(type: string, payload: { [key: string]: JsonValue }, options?: { idempotencyKey?: string }): Promise<AppendOutcome>;
  head(): Promise<LedgerHead | null>;
  entries(options?: { after?: number; limit?: number }): Promise<EntriesPage>;
  verify(options?: { expectedHead?: LedgerHead }): Promise<VerifyReport>;
  recordBuild(build: BuildRecord): Promise<RecordOutcome>;
  /** Refused (an error naming why) unless a verified successful build of the commit is in the chain. */
  recordDeploy(deploy: DeployRecord): Promise<RecordOutcome>;
  /**
   * Links a schema version to the previous one; an unchanged schema appends nothing. The hash is
   * prisma-guard's `schema-hash` of that schema (Prisma `prismaMajor`'s merge, 7 by default).
   */
  recordSchemaChange(schemaContent: string, migrationName?: string, options?: { commit?: string; prismaMajor?: 6 | 7 }): Promise<RecordOutcome>;
  close(): Promise<void>;
}

const SILENT: LedgerLogger = { debug: () => undefined, info: () => undefined, warning: () => undefined, error: () => undefined, group: (_n, fn) => fn() };

/** The action's inputs as a library caller would set them; only the fields the event handlers read matter. */
function inputsFor(options: OpenLedgerOptions, tenantId: string, extra: Partial<LedgerInputs>): LedgerInputs {
  return {
    event: 'build',
    databaseUrl: options.databaseUrl,
    replicaUrl: options.replicaUrl,
    embedded: false,
    migrate: options.migrate ?? false,
    tenantId,
    tenantIsolation: 'shared',
    connectTimeoutSeconds: options.connectTimeoutSeconds ?? 10,
    lockTimeoutSeconds: options.lockTimeoutSeconds ?? 30,
    statementTimeoutSeconds: options.statementTimeoutSeconds ?? 120,
    matrix: '',
    status: 'success',
    artifactDigests: [],
    schemaPath: 'prisma/schema.prisma',
    ...extra,
  };
}

/** The engine context ledger-record's event handlers read: run facts only; no files, no GitHub. */
function contextFor(facts: RunFacts & { commit?: string }, logger: LedgerLogger): EngineContext {
  const refuse = () => {
    throw new ConfigurationError('this ledger call reads no files: pass the schema text to recordSchemaChange');
  };
  return {
    fs: new Proxy({}, { get: refuse }) as EngineContext['fs'],
    git: { hasCommit: () => false, changedFiles: () => undefined, show: () => undefined, listFiles: () => [] },
    logger,
    labels: [],
    env: {},
    workDir: process.cwd(),
    policies: LOCAL_POLICIES,
    repository: facts.repository,
    run: { sha: facts.commit, runId: facts.runId, runAttempt: facts.runAttempt === undefined ? undefined : String(facts.runAttempt), workflow: facts.workflow, actor: facts.actor },
  };
}

function outcome(o: EventOutcome, tenantId: string): RecordOutcome {
  if (!o.entry) throw new ConfigurationError(o.findings[0]?.message ?? o.headline);
  const e = o.entry;
  return { entry: { seq: e.seq, tenantId, type: e.type, prevHash: e.prevHash, hash: e.hash, payload: e.payload }, appended: o.appended, headline: o.headline };
}

/** Opens a tenant's ledger for application code: the ledger-record engine, not a copy of it. */
export async function openLedger(options: OpenLedgerOptions): Promise<Ledger> {
  if (!options?.databaseUrl) throw new ConfigurationError('openLedger needs databaseUrl (a PostgreSQL URL)');
  const tenantId = options.tenantId ?? 'default';
  const logger = options.logger ?? SILENT;
  const timeouts = { connectTimeoutSeconds: options.connectTimeoutSeconds ?? 10, lockTimeoutSeconds: options.lockTimeoutSeconds ?? 30, statementTimeoutSeconds: options.statementTimeoutSeconds ?? 120 };
  const primary = await openPostgres({ url: options.databaseUrl, maxConnections: options.maxConnections ?? 4, ...timeouts }, 'ledger database');
  let reader: SqlClient = primary;
  try {
    if (options.migrate) await migrateLedger(primary, logger);
    if (options.replicaUrl) reader = await openPostgres({ url: options.replicaUrl, maxConnections: options.maxConnections ?? 4, ...timeouts }, 'ledger replica');
  } catch (e) {
    await primary.close();
    throw e;
  }
  const store = new LedgerStore(primary, reader);
  const session = (facts: RunFacts & { commit?: string }, extra: Partial<LedgerInputs>): LedgerSession => ({
    primary,
    reader,
    tenantId,
    inputs: inputsFor(options, tenantId, { commit: facts.commit, ...extra }),
    ctx: contextFor(facts, logger),
  });
  return {
    tenantId,
    append: (type, payload, o) => store.append(tenantId, type, payload, o?.idempotencyKey),
    head: () => store.head(tenantId),
    entries: (o) => store.entries(tenantId, o?.after ?? -1, o?.limit ?? 100),
    verify: (o) => store.verify(tenantId, o?.expectedHead),
    async recordBuild(b) {
      return outcome(await recordBuildEvent(session(b, { event: 'build', branch: b.branch, status: b.status ?? 'success', artifactDigests: b.artifacts ?? [] })), tenantId);
    },
    async recordDeploy(d) {
      const expectedHead = d.expectedHead ?? (await store.head(tenantId)) ?? undefined;
      return outcome(await recordDeployEvent(session(d, { event: 'deploy', environment: d.environment, buildHash: d.buildHash, expectedHead })), tenantId);
    },
    async recordSchemaChange(schemaContent, migrationName, o) {
      if (typeof schemaContent !== 'string' || schemaContent.trim() === '') throw new ConfigurationError('recordSchemaChange needs the schema text');
      let hash: string;
      try {
        hash = schemaHash(schemaWasm(o?.prismaMajor ?? 7).mergeSchemas([['schema.prisma', schemaContent]]));
      } catch (e) {
        const detail = /"message":"(.*?)(?:\\n|")/.exec(String((e as Error).message ?? e))?.[1] ?? 'merge failed';
        throw new ConfigurationError(`the schema is not one Prisma can read (${detail})`);
      }
      // The migration's name keys the retry: the same migration job run twice records one version.
      return outcome(await recordSchema(session({ commit: o?.commit, runId: migrationName ? `migration:${migrationName}` : undefined }, { event: 'schema', schemaHash: hash })), tenantId);
    },
    async close() {
      if (reader !== primary) await reader.close();
      await primary.close();
    },
  };
}
