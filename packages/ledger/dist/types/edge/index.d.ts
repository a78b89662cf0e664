/** @bickford/ledger on the edge (edge-light, worker, browser): the service's client, Web APIs only. */
export { EdgeLedgerClient, LedgerRequestError, type Decision, type EdgeLedgerOptions, type EdgeEntry, type EdgeHead, type EdgeAppendResult, type EdgeVerifyReport } from './client';
export { canonicalize, sha256Hex } from './canonical';
