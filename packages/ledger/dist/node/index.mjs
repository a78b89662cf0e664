// ES module entry: the CommonJS bundle beside it, re-exported by name.
import lib from './index.js';

export const { openLedger, createLedgerHandler, serveLedger, EdgeLedgerClient, LedgerRequestError } = lib;
