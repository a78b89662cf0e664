import { canonicalize, sha256Hex } from './canonical.js';
/** A problem details answer (RFC 9457) from the service, or a transport failure. */
export class LedgerRequestError extends Error {
    status;
    problem;
    name = 'LedgerRequestError';
    constructor(message, status, problem) {
        super(message);
        this.status = status;
        this.problem = problem;
    }
}
const GENESIS_PREV = '0'.repeat(64);
const RETRIED = new Set([429, 502, 503, 504]);
export class EdgeLedgerClient {
    options;
    base;
    fetcher;
    constructor(options) {
        this.options = options;
        if (!options?.url || !options.token)
            throw new TypeError('EdgeLedgerClient needs { url, token }');
        this.base = options.url.replace(/\/+$/, '');
        this.fetcher = options.fetch ?? ((input, init) => fetch(input, init));
    }
    async request(method, path, body, headers = {}) {
        const attempts = Math.max(1, this.options.attempts ?? 3);
        let last;
        for (let attempt = 1; attempt <= attempts; attempt++) {
            let response;
            try {
                response = await this.fetcher(`${this.base}${path}`, {
                    method,
                    headers: { authorization: `Bearer ${this.options.token}`, accept: 'application/json', ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(this.options.tenantId ? { 'bickford-tenant': this.options.tenantId } : {}), ...headers },
                    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
                });
            }
            catch (e) {
                last = e;
                if (attempt < attempts)
                    await sleep(100 * attempt);
                continue;
            }
            if (response.ok)
                return (await response.json());
            const text = await response.text();
            let problem;
            try {
                problem = JSON.parse(text);
            }
            catch {
                problem = undefined;
            }
            last = new LedgerRequestError(`ledger ${method} ${path}: ${response.status} ${problem?.detail ?? (text.slice(0, 200) || response.statusText)}`, response.status, problem);
            if (!RETRIED.has(response.status) || attempt === attempts)
                break;
            const after = Number(response.headers.get('retry-after'));
            await sleep(Number.isFinite(after) && after > 0 ? Math.min(after, 5) * 1000 : 100 * attempt);
        }
        throw last instanceof LedgerRequestError ? last : new LedgerRequestError(`ledger ${method} ${path}: ${last?.message ?? String(last)}`, 0);
    }
    /**
     * Records what was attempted and what the gate decided (`null`: allowed). A key is made per call, so a
     * retried request returns the entry of the first attempt rather than a second entry.
     */
    async appendLedger(intent, decision, options = {}) {
        const key = options.idempotencyKey ?? crypto.randomUUID();
        // JSON round trip: a denial's absent optional fields are dropped, as the server would store them.
        const payload = JSON.parse(JSON.stringify({ intent, allowed: decision === null, decision }));
        return this.request('POST', '/v1/append', { type: 'decision', payload }, { 'idempotency-key': key });
    }
    async head() {
        return (await this.request('GET', '/v1/head')).head;
    }
    /** Downloads the chain page by page and recomputes every hash and link; `expectedHead` also catches a cut or rewritten tail. */
    async verify(options = {}) {
        let after = -1;
        let prev = null;
        let checked = 0;
        let tenant;
        for (;;) {
            const page = await this.request('GET', `/v1/entries?after=${after}&limit=${options.pageSize ?? 1000}`);
            for (const e of page.entries) {
                const broken = await checkEntry(e, prev, tenant);
                if (broken)
                    return { ok: false, checked, head: prev, broken };
                const known = options.expectedHead;
                if (known && known.seq === e.seq && known.hash !== e.hash)
                    return { ok: false, checked, head: prev, broken: { seq: e.seq, reason: `entry ${e.seq} is not the expected head ${known.hash.slice(0, 12)}…: the tail was rewritten` } };
                tenant = e.tenantId;
                prev = { seq: e.seq, hash: e.hash };
                checked++;
            }
            if (page.next === null || page.entries.length === 0)
                break;
            after = page.next;
        }
        if (options.expectedHead && (prev?.seq ?? -1) < options.expectedHead.seq)
            return { ok: false, checked, head: prev, broken: { seq: (prev?.seq ?? -1) + 1, reason: `the chain ends at entry ${prev?.seq ?? -1}, before the expected head ${options.expectedHead.seq}: entries are missing` } };
        // An empty answer proves nothing: it is not a pass.
        if (checked === 0)
            return { ok: false, checked, head: null, broken: { seq: 0, reason: 'the service returned no entries, so nothing was verified' } };
        return { ok: true, checked, head: prev };
    }
}
async function checkEntry(e, prev, tenant) {
    const expectedSeq = prev ? prev.seq + 1 : 0;
    if (e.seq !== expectedSeq)
        return { seq: expectedSeq, reason: `entry ${expectedSeq} is missing (the service sent ${e.seq})` };
    if (tenant !== undefined && e.tenantId !== tenant)
        return { seq: e.seq, reason: `entry ${e.seq} belongs to another tenant` };
    if (!prev && (e.type !== 'genesis' || e.prevHash !== GENESIS_PREV))
        return { seq: 0, reason: 'the chain does not start with a genesis entry' };
    if (prev && e.prevHash !== prev.hash)
        return { seq: e.seq, reason: `entry ${e.seq} links to ${e.prevHash.slice(0, 12)}… but entry ${prev.seq} hashes to ${prev.hash.slice(0, 12)}…` };
    const fields = { version: e.version, tenantId: e.tenantId, seq: e.seq, prevHash: e.prevHash, type: e.type, payload: e.payload };
    if (e.version >= 2)
        fields.createdAt = e.createdAt;
    const hash = await sha256Hex(canonicalize(fields));
    if (hash !== e.hash)
        return { seq: e.seq, reason: `entry ${e.seq} hashes to ${hash.slice(0, 12)}… but the service says ${e.hash.slice(0, 12)}…: it was altered` };
    return undefined;
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
