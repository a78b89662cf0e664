/**
 * @bickford/ledger for Node.js: the ledger-record engine as a library (openLedger), and the ledger service
 * as a fetch handler (createLedgerHandler, for `bickford ledger serve` or a Next.js route on the Node runtime).
 * The edge entry (EdgeLedgerClient) is what edge-light, worker and browser conditions resolve to.
 */
export { openLedger, type Ledger, type OpenLedgerOptions, type LedgerLogger, type BuildRecord, type DeployRecord, type RecordOutcome, type RunFacts } from './open-ledger';
export { createLedgerHandler, type LedgerHandler, type LedgerHandlerOptions } from './handler';
export { serveLedger, type ServeOptions, type RunningServer } from './serve';
export type { TokenScope } from './tokens';
export type { LedgerEntry, LedgerHead, AppendOutcome, EntriesPage, VerifyReport, JsonValue } from './types';
export { EdgeLedgerClient, LedgerRequestError, type EdgeLedgerOptions, type Decision } from '../edge/client';
