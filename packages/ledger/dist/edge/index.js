/** @bickford/ledger on the edge (edge-light, worker, browser): the service's client, Web APIs only. */
export { EdgeLedgerClient, LedgerRequestError } from './client.js';
export { canonicalize, sha256Hex } from './canonical.js';
