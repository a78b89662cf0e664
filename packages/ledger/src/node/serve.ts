import * as http from 'node:http';
import { Readable } from 'node:stream';
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
export async function serveLedger(handler: LedgerHandler, options: ServeOptions = {}): Promise<RunningServer> {
  const server = http.createServer((req, res) => {
    const host = req.headers.host ?? `${options.host ?? '127.0.0.1'}`;
    const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value === undefined) continue;
      for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
    }
    const request = new Request(`http://${host}${req.url ?? '/'}`, {
      method: req.method,
      headers,
      ...(hasBody ? { body: Readable.toWeb(req) as ReadableStream<Uint8Array>, duplex: 'half' } : {}),
    } as RequestInit);
    handler(request)
      .then(async (response) => {
        const body = Buffer.from(await response.arrayBuffer());
        res.writeHead(response.status, Object.fromEntries(response.headers));
        res.end(body);
        // A refused body that was not read to the end: drop the connection instead of draining it.
        if (hasBody && !req.complete) req.destroy();
      })
      .catch((e: unknown) => {
        res.writeHead(500, { 'content-type': 'application/problem+json' });
        res.end(JSON.stringify({ type: 'about:blank', title: 'Internal error', status: 500, detail: String((e as Error)?.message ?? e) }));
      });
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8787, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as { address: string; port: number };
  const hostText = address.address.includes(':') ? `[${address.address}]` : address.address;
  return {
    url: `http://${hostText}:${address.port}`,
    server,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await handler.shutdown();
      server.closeAllConnections();
      await closed;
    },
  };
}
