import type { InputReader } from '@shared/config/input-reader';
import { ConfigurationError } from '@shared/errors';
import type { JsonValue } from '../db/rows';
import { canonicalJson } from './ledger/canonical-json';
import type { LedgerHead } from './ledger/entry-columns';

export const LEDGER_EVENTS = ['build', 'deploy', 'schema', 'migration-score', 'verify', 'migrate'] as const;
export type LedgerEvent = (typeof LEDGER_EVENTS)[number];
export const BUILD_STATUSES = ['success', 'failure', 'cancelled', 'skipped'] as const;

export interface LedgerInputs {
  event: LedgerEvent;
  databaseUrl?: string;
  replicaUrl?: string;
  /** The owner's URL, used only to apply migrations; appends then need only the tenant role. */
  adminDatabaseUrl?: string;
  embedded: boolean;
  migrate: boolean;
  tenantId?: string;
  tenantIsolation: 'shared' | 'schema';
  connectTimeoutSeconds: number;
  lockTimeoutSeconds: number;
  statementTimeoutSeconds: number;
  /** The job's matrix values as canonical JSON ('' outside a matrix): part of the idempotency key. */
  matrix: string;
  commit?: string;
  branch?: string;
  status: (typeof BUILD_STATUSES)[number];
  artifactDigests: string[];
  environment?: string;
  buildHash?: string;
  schemaHash?: string;
  schemaPath: string;
  report?: string;
  expectedHead?: LedgerHead;
}

const HASH = /^[0-9a-f]{64}$/;

export function parseHead(text: string, name: string): LedgerHead {
  // Also takes the whole commit status description, `ledger head <seq>:<hash>`.
  const m = /(?:^|\s)(\d+):(?:sha256:)?([0-9a-f]{64})$/.exec(text.trim());
  if (!m) throw new ConfigurationError(`${name} must be <seq>:<64 hex hash>, as in the bickford/ledger commit status, got '${text}'`);
  return { seq: Number(m[1]), hash: m[2] };
}

function hashInput(reader: InputReader, name: string): string | undefined {
  const v = reader.string(name)?.replace(/^sha256:/, '').toLowerCase();
  if (v !== undefined && !HASH.test(v)) throw new ConfigurationError(`${name} must be a sha256 in 64 hex digits, got '${v}'`);
  return v;
}

/** `${{ toJSON(matrix) }}` (the action's default), in canonical form so that whitespace never splits a key. */
function readMatrix(reader: InputReader): string {
  const text = reader.string('matrix')?.trim();
  if (!text || text === 'null' || text === '{}') return '';
  try {
    return canonicalJson(JSON.parse(text) as JsonValue, 'matrix');
  } catch (e) {
    throw new ConfigurationError(`matrix must be the job's matrix as JSON (\${{ toJSON(matrix) }}), got '${text.slice(0, 80)}': ${(e as Error).message}`);
  }
}

export function readLedgerInputs(reader: InputReader): LedgerInputs {
  const expected = reader.string('expected-head');
  const inputs: LedgerInputs = {
    event: reader.oneOf('event', LEDGER_EVENTS, 'verify'),
    databaseUrl: reader.string('database-url'),
    replicaUrl: reader.string('replica-url'),
    adminDatabaseUrl: reader.string('admin-database-url'),
    embedded: reader.boolean('embedded', false),
    migrate: reader.boolean('migrate', true),
    tenantId: reader.string('tenant-id'),
    tenantIsolation: reader.oneOf('tenant-isolation', ['shared', 'schema'] as const, 'shared'),
    connectTimeoutSeconds: reader.number('connect-timeout', 10, { min: 1, max: 300 }),
    lockTimeoutSeconds: reader.number('lock-timeout', 30, { min: 1, max: 3600 }),
    statementTimeoutSeconds: reader.number('statement-timeout', 120, { min: 1, max: 3600 }),
    matrix: readMatrix(reader),
    commit: reader.string('commit'),
    branch: reader.string('branch'),
    status: reader.oneOf('status', BUILD_STATUSES, 'success'),
    artifactDigests: reader.list('artifact-digests'),
    environment: reader.string('environment'),
    buildHash: hashInput(reader, 'build-hash'),
    schemaHash: hashInput(reader, 'schema-hash'),
    schemaPath: reader.string('schema-path', 'prisma/schema.prisma')!,
    report: reader.string('report'),
    expectedHead: expected ? parseHead(expected, 'expected-head') : undefined,
  };
  if (inputs.adminDatabaseUrl && !inputs.databaseUrl) throw new ConfigurationError('admin-database-url needs database-url too: it is used only to apply migrations, and database-url (the tenant role) for everything else');
  if (inputs.replicaUrl && !inputs.databaseUrl) throw new ConfigurationError('replica-url needs database-url too: writes and the pinned head always come from the primary');
  return Object.freeze(inputs);
}
