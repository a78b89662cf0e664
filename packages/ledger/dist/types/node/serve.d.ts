import * as http from 'node:http';
import type { LedgerHandler } from './handler';
export interface ServeOptions {
    port?: number;
    /** 127.0.0.1 by default: put a TLS proxy in front before listening on other interfaces. */
    host?: string;
}
export interface RunningServer {
    url: string;
    server: http.Server;
    /** Stops accepting, lets in-flight requests finish (new ones get 503), then closes the database pools. */
    close(): Promise<void>;
}
/** Node's HTTP server in front of a fetch handler: each request becomes a Request, each Response is written back. */
export declare function serveLedger(handler: LedgerHandler, options?: ServeOptions): Promise<RunningServer>;
