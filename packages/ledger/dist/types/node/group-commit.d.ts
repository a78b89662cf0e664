import { ConfigurationError } from '@shared/errors';
import type { SqlClient } from '../../../../actions/ledger-record/src/db/sql-client';
import type { AppendOutcome, JsonValue } from './types';
/** The database refused one entry of a batch; the others were written. `sqlState` says why. */
export declare class EntryRefusedError extends Error {
    readonly sqlState: string;
    constructor(sqlState: string, message: string);
}
/** The database lacks the batch function: the operator's to fix (a 503 to the client, not the request's fault). */
export declare class MissingMigrationError extends ConfigurationError {
}
/**
 * Group commit, as transparency logs batch their sequencing (Trillian's sequencer, Tessera's batcher): a
 * tenant's appends are serial on its head row, and each transaction waits for its own WAL flush, so the
 * requests that arrive while one transaction is in flight wait in a queue and go together in the next one
 * (bickford_ledger_append_batch, migration 20261202200000: each entry through the append function, in
 * order, under one head lock, a savepoint each), then one COMMIT. A request is answered only after that
 * commit returned: nothing acknowledged can be lost with the process. There is no timer: a lone request
 * goes at once, and batches grow only while the database is busy, up to `maxBatch`.
 */
export declare class GroupCommitter {
    private readonly db;
    readonly maxBatch: number;
    private readonly queues;
    constructor(db: SqlClient, maxBatch?: number);
    /** Appends as LedgerStore.append does; bad input is refused here, before it can join a batch. */
    append(tenantId: string, type: string, payload: {
        [key: string]: JsonValue;
    }, idempotencyKey?: string): Promise<AppendOutcome>;
    private drain;
    private write;
}
