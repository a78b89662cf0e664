import * as http from 'node:http';
import { describeWithPostgres } from '../../../actions/ledger-record/test/pg-test-db';
import { buildEdgeEntry, runInEdgeRuntime } from './edge-harness';
import { call, startService, type TestService } from './service-harness';
import { EdgeLedgerClient } from '../src/edge/client';

describeWithPostgres('the ledger service', () => {
  let svc: TestService;
  let tokenA: string;
  let readA: string;
  let appendOnlyA: string;
  let tokenB: string;
  beforeAll(async () => {
    svc = await startService({ rateLimit: { perSecond: 0 } });
    [tokenA, readA, appendOnlyA, tokenB] = await Promise.all([svc.token('tenant-a'), svc.token('tenant-a', ['read']), svc.token('tenant-a', ['append']), svc.token('tenant-b')]);
  }, 120_000);
  afterAll(() => svc?.close());

  it('takes appends from the edge client running inside the Edge Runtime, which then verifies the chain itself', async () => {
    const edge = buildEdgeEntry();
    const out = (await runInEdgeRuntime(
      edge,
      `
      const client = new lib.EdgeLedgerClient({ url: args.url, token: args.token });
      const denial = { ruleId: 'runtime-prisma-on-edge', severity: 'error', message: 'listUsers uses Prisma and was attempted on the Edge Runtime', fingerprint: '0123456789abcdef', properties: { action: 'listUsers' } };
      const first = await client.appendLedger('listUsers', denial);
      const second = await client.appendLedger({ action: 'GET /api/users' }, null);
      const head = await client.head();
      const report = await client.verify();
      return { first, second, head, report };`,
      { url: svc.server.url, token: tokenA },
    )) as { probe: Record<string, unknown>; result: any };
    expect(out.probe).toEqual({ hasRequire: false, hasProcess: false, edge: 'string' });
    const { first, second, head, report } = out.result;
    expect(first).toMatchObject({ appended: true, entry: { seq: 1, type: 'decision', payload: { intent: 'listUsers', allowed: false, decision: { ruleId: 'runtime-prisma-on-edge' } } } });
    expect(second).toMatchObject({ appended: true, entry: { seq: 2, prevHash: first.entry.hash, payload: { allowed: true, decision: null } } });
    expect(head).toEqual({ seq: 2, hash: second.entry.hash });
    expect(report).toEqual({ ok: true, checked: 3, head: { seq: 2, hash: second.entry.hash } });
  });

  it('answers a wrong or missing token with 401, and no data', async () => {
    for (const token of ['bkl_0123456789abcdef_' + 'x'.repeat(43), 'not-a-token', tokenA.slice(0, -1) + (tokenA.endsWith('A') ? 'B' : 'A')]) {
      const r = await call(svc.server.url, '/v1/entries', { token });
      expect({ status: r.status, title: r.body.title, entries: r.body.entries }).toEqual({ status: 401, title: 'Unauthorized', entries: undefined });
    }
    const none = await call(svc.server.url, '/v1/head');
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
  });

  it("answers another tenant's token with 403 and none of that tenant's data; the token only ever sees its own chain", async () => {
    await call(svc.server.url, '/v1/append', { method: 'POST', token: tokenA, body: JSON.stringify({ type: 'note', payload: { secret: 'of-a' } }) });
    const refused = await call(svc.server.url, '/v1/entries', { token: tokenB, headers: { 'bickford-tenant': 'tenant-a' } });
    expect(refused.status).toBe(403);
    expect(JSON.stringify(refused.body)).not.toContain('of-a');
    await call(svc.server.url, '/v1/append', { method: 'POST', token: tokenB, body: JSON.stringify({ type: 'note', payload: { mine: true } }) });
    const own = await call(svc.server.url, '/v1/entries', { token: tokenB });
    expect(own.status).toBe(200);
    expect(own.body.entries.map((e: { tenantId: string }) => e.tenantId)).toEqual(['tenant-b', 'tenant-b']);
    expect(JSON.stringify(own.body)).not.toContain('of-a');
  });

  it('keeps read-only tokens from appending and append-only tokens from reading (403)', async () => {
    const append = await call(svc.server.url, '/v1/append', { method: 'POST', token: readA, body: JSON.stringify({ type: 'note', payload: {} }) });
    expect({ status: append.status, detail: append.body.detail }).toEqual({ status: 403, detail: 'this token may not append (its scope is read)' });
    const read = await call(svc.server.url, '/v1/head', { token: appendOnlyA });
    expect(read.status).toBe(403);
    expect((await call(svc.server.url, '/v1/append', { method: 'POST', token: appendOnlyA, body: JSON.stringify({ type: 'note', payload: {} }) })).status).toBe(201);
  });

  it('refuses an oversize body with 413 before reading all of it', async () => {
    const r = await call(svc.server.url, '/v1/append', { method: 'POST', token: tokenA, body: JSON.stringify({ type: 'note', payload: { blob: 'x'.repeat(70 * 1024) } }) });
    expect({ status: r.status, type: r.body.type, ct: r.headers.get('content-type') }).toEqual({ status: 413, type: expect.stringMatching(/ledger-service\.md#body-too-large$/), ct: 'application/problem+json' });
  });

  it('answers malformed JSON with 400 and the line and column where it breaks', async () => {
    const r = await call(svc.server.url, '/v1/append', { method: 'POST', token: tokenA, body: '{\n  "type": "note",\n  "payload": {"a": 1,}\n}' });
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ title: 'Malformed JSON', status: 400, errors: [{ line: 3, column: 22 }] });
    // The closing brace where a property name should follow the comma.
    expect(r.body.detail).toMatch(/PropertyNameExpected at line 3, column 22/);
  });

  it('answers a body outside the schema with 400 and a JSON Pointer to each field at fault', async () => {
    const r = await call(svc.server.url, '/v1/append', { method: 'POST', token: tokenA, body: JSON.stringify({ type: 'Not A Type', extra: 1 }) });
    expect(r.status).toBe(400);
    expect(r.body.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual(['/extra', '/payload', '/type']);
    const reserved = await call(svc.server.url, '/v1/append', { method: 'POST', token: tokenA, body: JSON.stringify({ type: 'build', payload: {} }) });
    expect({ status: reserved.status, pointer: reserved.body.errors[0].pointer }).toEqual({ status: 400, pointer: '/type' });
    const nul = await call(svc.server.url, '/v1/append', { method: 'POST', token: tokenA, body: JSON.stringify({ type: 'note', payload: { a: { b: 'x\u0000' } } }) });
    expect({ status: nul.status, pointer: nul.body.errors[0].pointer }).toEqual({ status: 400, pointer: '/payload/a/b' });
    const query = await call(svc.server.url, '/v1/entries?limit=5000', { token: tokenA });
    expect({ status: query.status, errors: query.body.errors }).toEqual({ status: 400, errors: [{ parameter: 'limit', detail: "limit must be an integer from 1 to 1000, got '5000'" }] });
  });

  it('returns the first entry for a retried idempotency key, and appends nothing more', async () => {
    const send = () => call(svc.server.url, '/v1/append', { method: 'POST', token: tokenA, headers: { 'idempotency-key': 'job-42' }, body: JSON.stringify({ type: 'note', payload: { n: 42 } }) });
    const first = await send();
    const again = await send();
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ ...first.body, appended: false });
  });

  it('logs one line per request, with the tenant and token id but never the secret', async () => {
    const before = svc.lines.length;
    await call(svc.server.url, '/v1/head', { token: tokenA });
    const added = svc.lines.slice(before);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatch(/^ledger GET \/v1\/head 200 [\d.]+ms tenant="tenant-a" token=[0-9a-f]{16}$/);
    // The secret is everything after `bkl_<16 hex id>_`; it may itself hold '_', so not split('_')[2] (which was '' for a secret starting with '_').
    expect(svc.lines.join('\n')).not.toContain(tokenA.slice('bkl_0123456789abcdef_'.length));
  });

  it('has a health endpoint that needs no token', async () => {
    expect(await call(svc.server.url, '/health')).toMatchObject({ status: 200, body: { status: 'ok' } });
  });

  it("detects, in the client's verify, an entry a server in the middle altered by one byte", async () => {
    // A proxy that flips one byte of a payload value in the entries it relays.
    const target = new URL(svc.server.url);
    const proxy = http.createServer((req, res) => {
      const up = http.request({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers }, (r) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => {
          let body = Buffer.concat(chunks);
          if (req.url?.startsWith('/v1/entries')) {
            const at = body.indexOf('"of-a"');
            if (at !== -1) body[at + 1] ^= 0x01; // "of-a" -> "nf-a"
          }
          res.writeHead(r.statusCode ?? 502, { 'content-type': r.headers['content-type'] ?? 'application/json', 'content-length': String(body.length) });
          res.end(body);
        });
      });
      req.pipe(up);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    try {
      const port = (proxy.address() as { port: number }).port;
      const honest = await new EdgeLedgerClient({ url: svc.server.url, token: tokenA }).verify();
      expect(honest.ok).toBe(true);
      const report = await new EdgeLedgerClient({ url: `http://127.0.0.1:${port}`, token: tokenA }).verify();
      expect(report.ok).toBe(false);
      expect(report.broken?.reason).toMatch(/hashes to .* but the service says .*: it was altered/);
      const entries = (await call(svc.server.url, '/v1/entries', { token: tokenA })).body.entries as { seq: number; payload: { secret?: string } }[];
      expect(report.broken?.seq).toBe(entries.find((e) => e.payload.secret === 'of-a')?.seq);
    } finally {
      proxy.close();
    }
  });

  it('answers 429 with retry-after when a token exceeds its rate', async () => {
    const limited = await startService({ rateLimit: { perSecond: 1, burst: 2 } }, svc.db);
    try {
      const token = await limited.token('tenant-c', ['read']);
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      for (let i = 0; i < 3; i++) {
        const r = await call(limited.server.url, '/v1/head', { token });
        statuses.push(r.status);
        retryAfter ??= r.headers.get('retry-after');
      }
      expect(statuses).toEqual([200, 200, 429]);
      expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    } finally {
      await limited.server.close();
    }
  });
});
