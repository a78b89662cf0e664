import { ConfigurationError } from '@shared/errors';
import type { SqlClient } from '../../../../actions/ledger-record/src/db/sql-client';
import { sqlState } from '../../../../actions/ledger-record/src/db/sql-client';
import { canonicalJson } from '../../../../actions/ledger-record/src/ledger/canonical-json';
import { ENTRY_COLUMNS, type EntryRef } from '../../../../actions/ledger-record/src/ledger/entry-columns';
import { checkAppendable } from './store';
import type { AppendOutcome, JsonValue } from './types';

/** The database refused one entry of a batch; the others were written. `sqlState` says why. */
export class EntryRefusedError extends Error {
  constructor(
    readonly sqlState: string,
    message: string,
  ) {
    super(message);
    this.name = 'EntryRefusedError';
  }
}

/** The database lacks the batch function: the operator's to fix (a 503 to the client, not the request's fault). */
export class MissingMigrationError extends ConfigurationError {}

interface Pending {
  type: string;
  payload: { [key: string]: JsonValue };
  item: { type: string; typeJson: string; payload: string; key: string | null };
  resolve(outcome: AppendOutcome): void;
  reject(error: unknown): void;
}

interface BatchRow {
  ord: number;
  id: string | null;
  seq: number | null;
  hash: string | null;
  prevHash: string | null;
  appended: boolean;
  errorCode: string | null;
  errorMessage: string | null;
}

const BATCH_SQL =
  'SELECT b."ord", b."id"::text AS "id", b."seq", b."hash", b."prevHash", b."appended", b."errorCode", b."errorMessage" FROM bickford_ledger_append_batch($1, $2, $3::json) b';

/**
 * Group commit, as transparency logs batch their sequencing (Trillian's sequencer, Tessera's batcher): a
 * tenant's appends are serial on its head row, and each transaction waits for its own WAL flush, so the
 * requests that arrive while one transaction is in flight wait in a queue and go together in the next one
 * (bickford_ledger_append_batch, migration 20261202200000: each entry through the append function, in
 * order, under one head lock, a savepoint each), then one COMMIT. A request is answered only after that
 * commit returned: nothing acknowledged can be lost with the process. There is no timer: a lone request
 * goes at once, and batches grow only while the database is busy, up to `maxBatch`.
 */
export class GroupCommitter {
  private readonly queues = new Map<string, Pending[]>();

  constructor(
    private readonly db: SqlClient,
    readonly maxBatch = 64,
  ) {
    if (!Number.isInteger(maxBatch) || maxBatch < 1) throw new ConfigurationError(`maxBatch must be a positive integer, got ${maxBatch}`);
  }

  /** Appends as LedgerStore.append does; bad input is refused here, before it can join a batch. */
  append(tenantId: string, type: string, payload: { [key: string]: JsonValue }, idempotencyKey?: string): Promise<AppendOutcome> {
    let item: Pending['item'];
    try {
      checkAppendable(type, payload);
      item = { type, typeJson: canonicalJson(type, 'type'), payload: canonicalJson(payload, 'payload'), key: idempotencyKey ?? null };
    } catch (e) {
      return Promise.reject(e);
    }
    return new Promise<AppendOutcome>((resolve, reject) => {
      const queue = this.queues.get(tenantId);
      const pending: Pending = { type, payload, item, resolve, reject };
      if (queue) {
        queue.push(pending); // a batch of this tenant is in flight: this one goes in the next
        return;
      }
      const fresh = [pending];
      this.queues.set(tenantId, fresh);
      void this.drain(tenantId, fresh);
    });
  }

  private async drain(tenantId: string, queue: Pending[]): Promise<void> {
    while (queue.length > 0) {
      const batch = queue.splice(0, this.maxBatch);
      try {
        await this.write(tenantId, batch);
      } catch (e) {
        // The transaction did not commit (or its outcome is unknown): no request of it is acknowledged.
        for (const p of batch) p.reject(e);
      }
    }
    this.queues.delete(tenantId);
  }

  private async write(tenantId: string, batch: Pending[]): Promise<void> {
    const params = [tenantId, canonicalJson(tenantId, 'tenant-id'), JSON.stringify(batch.map((p) => p.item))];
    let rows: BatchRow[];
    try {
      rows = this.db.transactionQuery ? await this.db.transactionQuery<BatchRow>(BATCH_SQL, params) : await this.db.transaction((tx) => tx.query<BatchRow>(BATCH_SQL, params));
    } catch (e) {
      if (sqlState(e) === '42883')
        throw new MissingMigrationError('the ledger database has no bickford_ledger_append_batch: apply the ledger migrations (20261202200000_ledger_append_batch) with the owner, e.g. ledger-record with migrate: true');
      throw e;
    }
    if (rows.length !== batch.length) throw new Error(`bickford_ledger_append_batch answered ${rows.length} rows for ${batch.length} entries`);
    // Committed. Idempotent retries (also a key repeated inside this batch) report the entry recorded first.
    const firstIds = rows.filter((r) => !r.errorCode && !r.appended).map((r) => r.id!);
    const firsts = new Map<string, EntryRef>();
    if (firstIds.length > 0) {
      for (const f of await this.db.query<EntryRef>(`SELECT ${ENTRY_COLUMNS} FROM "LedgerEntry" WHERE "id" = ANY($1::bigint[])`, [firstIds])) firsts.set(f.id, f);
    }
    for (const r of rows) {
      const p = batch[r.ord];
      if (r.errorCode) {
        p.reject(new EntryRefusedError(r.errorCode, r.errorMessage ?? 'refused'));
      } else if (r.appended) {
        p.resolve({ entry: { seq: r.seq!, tenantId, type: p.type, prevHash: r.prevHash!.trim(), hash: r.hash!.trim(), payload: p.payload }, appended: true });
      } else {
        const f = firsts.get(r.id!)!;
        p.resolve({ entry: { seq: f.seq, tenantId, type: f.type, prevHash: f.prevHash.trim(), hash: f.hash.trim(), payload: f.payload }, appended: false });
      }
    }
  }
}
