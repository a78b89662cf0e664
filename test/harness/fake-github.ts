import { execFileSync } from 'node:child_process';
import * as http from 'node:http';
import * as https from 'node:https';
import type { AddressInfo } from 'node:net';
import { checkRequest, exampleResponse } from './github-contract';

/** One request the action made, as the fake received it. */
export interface ApiCall {
  method: string;
  /** Path and query, without a GHES `/api/v3` prefix. */
  path: string;
  body: any;
  headers: http.IncomingHttpHeaders;
  /** The request's path as sent, prefix included. */
  rawPath: string;
}

/** A failure the fake answers with instead of the real answer, `times` times (default once). */
export interface ScriptedFailure {
  method?: string;
  path: RegExp;
  times?: number;
  /**
   * 502: a bad gateway; retry-after: 429 with `retry-after: 1` and GitHub's secondary-limit message;
   * secondary: 403 secondary limit with `retry-after: 1`; primary: 403 with x-ratelimit-remaining 0 and a reset
   * a second away; primary-forever: the same with a reset an hour away; hang: no answer at all; 401: GitHub's
   * answer to an expired or revoked token.
   */
  kind: '502' | 'retry-after' | 'secondary' | 'primary' | 'primary-forever' | 'hang' | '401';
}

export interface FakeGitHubOptions {
  /** Answer every write (POST/PATCH/PUT/DELETE) with this status, as a fork PR's read-only token gets. */
  denyWrites?: number;
  /** Files the PR changed, for GET /pulls/:n/files. */
  pullFiles?: { filename: string; status: string }[];
  /**
   * A full clone the fake answers from, as GitHub does from its copy: the PR's files and the comparison
   * (`git diff base...head`), and file contents at a ref. Takes precedence over `pullFiles`.
   */
  repoDir?: string;
  /** Requests (GET, path matching `pattern`) that answer `status` (default 502): the first `times` of them, or always. */
  failing?: { pattern: RegExp; times: number | 'always'; status?: number };
  /** Answer GET /commits/:sha/statuses with this status (an API that cannot be read). */
  failStatusReads?: number;
  /** Pull requests for GET /pulls/:n and GET /pulls?head=. */
  pulls?: { number: number; head: { sha: string; ref: string; repo?: { full_name: string } }; base: { sha: string; ref: string; repo?: { full_name: string } }; labels?: { name: string }[] }[];
  /** The token is a personal access token of this user (GET /user answers; comments are type User). */
  tokenUser?: string;
  /** At most this many items per page whatever per_page asks (GitHub may answer short pages). */
  pageSize?: number;
  failures?: ScriptedFailure[];
  /** Serve HTTPS with this key and certificate. */
  tls?: { key: string; cert: string };
}

/** The API's file statuses for git's --name-status letters. */
const API_STATUS: Record<string, string> = { A: 'added', M: 'modified', D: 'removed', R: 'renamed', T: 'changed', C: 'copied' };

const SECONDARY = 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.';

/**
 * GitHub's refusal of a comment body over 262,144 bytes of UTF-8, on POST and PATCH alike, in the words it
 * uses (https://github.com/objectstack-ai/objectstack/issues/18826, https://github.com/telia-oss/github-pr-resource/issues/259).
 */
export const COMMENT_MAX_BYTES = 262_144;
const commentTooLong = (body: unknown): [number, unknown] | undefined =>
  typeof body === 'string' && Buffer.byteLength(body, 'utf8') > COMMENT_MAX_BYTES
    ? [422, { message: 'Validation Failed', errors: [{ resource: 'IssueComment', code: 'unprocessable', field: 'data', message: 'Body is too long (maximum is 65536 characters)' }], documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment', status: '422' }]
    : undefined;

/**
 * A stand-in for the GitHub REST API on 127.0.0.1, held to GitHub's published description: every request is
 * checked against @octokit/openapi's operation (path, query, body), and a mismatch is recorded in
 * `violations` (runDist fails the test on any). Answers are the description's examples with the fake's state
 * over them. It keeps issue comments and check runs in memory, so a second run sees the first run's comment.
 */
export class FakeGitHub {
  readonly calls: ApiCall[] = [];
  readonly violations: string[] = [];
  readonly comments: { id: number; body: string; issue: number; user: { login: string; type: string }; performed_via_github_app?: { slug: string } | null }[] = [];
  readonly checkRuns: { id: number; name: string; head_sha: string; conclusion?: string; annotations: any[]; output?: any }[] = [];
  readonly statuses: { sha: string; body: any }[] = [];
  private server?: http.Server;
  private nextId = 1000;
  private readonly failures: (ScriptedFailure & { left: number })[];
  private readonly hanging = new Set<http.ServerResponse>();
  url = '';
  port = 0;

  /** PR number → its base and head, for answers computed from `repoDir`. */
  readonly pulls = new Map<number, { base: string; head: string }>();

  constructor(private readonly options: FakeGitHubOptions = {}) {
    this.failures = (options.failures ?? []).map((f) => ({ ...f, left: f.times ?? 1 }));
  }

  async start(): Promise<string> {
    const handler = (req: http.IncomingMessage, res: http.ServerResponse) => {
      // Decoded once at the end: a character split across two chunks would otherwise become two U+FFFD.
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => this.handle(req, res, Buffer.concat(chunks).toString('utf8')));
    };
    this.server = this.options.tls ? https.createServer(this.options.tls, handler) : http.createServer(handler);
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    this.url = `${this.options.tls ? 'https' : 'http'}://127.0.0.1:${this.port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** A comment someone else wrote, for tests of what the action may edit. */
  addComment(issue: number, body: string, user = { login: 'someone', type: 'User' }, app?: string): void {
    this.comments.push({ id: this.nextId++, body, issue, user, performed_via_github_app: app ? { slug: app } : null });
  }

  callsTo(method: string, pattern: RegExp): ApiCall[] {
    return this.calls.filter((c) => c.method === method && pattern.test(c.path));
  }

  private failingServed = 0;

  /** `git diff --name-status base...head` in the fake's repository, in the API's shape. */
  private diffFiles(base: string, head: string): { filename: string; status: string; previous_filename?: string }[] {
    const out = execFileSync('git', ['diff', '--name-status', '-z', '-M', `${base}...${head}`], { cwd: this.options.repoDir, encoding: 'utf8' });
    const parts = out.split('\0').filter(Boolean);
    const files: { filename: string; status: string; previous_filename?: string }[] = [];
    for (let i = 0; i < parts.length; ) {
      const code = parts[i++];
      if (code.startsWith('R') || code.startsWith('C')) {
        const previous = parts[i++];
        files.push({ filename: parts[i++], status: API_STATUS[code[0]], previous_filename: previous });
      } else files.push({ filename: parts[i++], status: API_STATUS[code[0]] ?? 'modified' });
    }
    return files;
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse, raw: string): void {
    const method = req.method ?? 'GET';
    const rawUrl = new URL(req.url ?? '/', 'http://x');
    // GHES serves the API under /api/v3.
    const url = new URL(rawUrl.pathname.replace(/^\/api\/v3(?=\/)/, '') + rawUrl.search, 'http://x');
    let body: any;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      this.violations.push(`${method} ${url.pathname}: the body is not JSON`);
    }
    this.calls.push({ method, path: url.pathname + url.search, body, headers: req.headers, rawPath: rawUrl.pathname + rawUrl.search });
    const contract = checkRequest(method, url, body);
    this.violations.push(...contract.violations);
    if (!/^(token|Bearer) \S+$/.test(String(req.headers.authorization ?? ''))) this.violations.push(`${method} ${url.pathname}: no token in the authorization header`);

    const failure = this.failures.find((f) => f.left > 0 && (!f.method || f.method === method) && f.path.test(url.pathname));
    if (failure) {
      failure.left--;
      if (failure.kind === 'hang') {
        this.hanging.add(res);
        return;
      }
      if (failure.kind === '401') {
        res.writeHead(401, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' }));
        return;
      }
      const reset = Math.floor(Date.now() / 1000) + (failure.kind === 'primary-forever' ? 3600 : 1);
      const [status, headers, message] =
        failure.kind === '502'
          ? [502, {}, 'Server Error']
          : failure.kind === 'retry-after'
            ? [429, { 'retry-after': '1' }, SECONDARY]
            : failure.kind === 'secondary'
              ? [403, { 'retry-after': '1' }, SECONDARY]
              : [403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-limit': '5000', 'x-ratelimit-reset': String(reset) }, 'API rate limit exceeded for installation ID 1.'];
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify({ message, documentation_url: 'https://docs.github.com/rest' }));
      return;
    }
    const [status, payload, headers] = this.answer(method, url, body, contract.template);
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(payload === undefined ? '' : JSON.stringify(payload));
  }

  /** The description's example for the operation, with the fake's own fields over it. */
  private shaped(method: string, template: string, status: number, own: Record<string, unknown>): any {
    const example = exampleResponse(method, template, status);
    return Array.isArray(example) ? own : { ...example, ...own };
  }

  private page<T>(url: URL, items: T[], template: string): [number, unknown, Record<string, string>] {
    const page = Number(url.searchParams.get('page') ?? 1);
    const per = Math.min(Number(url.searchParams.get('per_page') ?? 30), this.options.pageSize ?? Infinity);
    const last = Math.max(1, Math.ceil(items.length / per));
    const example = exampleResponse('GET', template, 200);
    const base = Array.isArray(example) && example.length > 0 ? example[0] : {};
    const slice = items.slice((page - 1) * per, page * per).map((item) => ({ ...base, ...item }));
    const link = (p: number, rel: string) => {
      const next = new URL(url.toString());
      next.searchParams.set('page', String(p));
      return `<${this.url}${next.pathname}${next.search}>; rel="${rel}"`;
    };
    const links = [...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []), ...(page > 1 ? [link(1, 'first'), link(page - 1, 'prev')] : [])];
    return [200, slice, links.length ? { link: links.join(', ') } : {}];
  }

  private author(): { user: { login: string; type: string }; performed_via_github_app: { slug: string } | null } {
    // The job token writes as the Actions app; a personal access token as its owner.
    return this.options.tokenUser
      ? { user: { login: this.options.tokenUser, type: 'User' }, performed_via_github_app: null }
      : { user: { login: 'github-actions[bot]', type: 'Bot' }, performed_via_github_app: { slug: 'github-actions' } };
  }

  private answer(method: string, url: URL, body: any, template: string): [number, unknown, Record<string, string>?] {
    const p = url.pathname;
    const failing = this.options.failing;
    if (failing && method === 'GET' && failing.pattern.test(p) && (failing.times === 'always' || this.failingServed < failing.times)) {
      this.failingServed++;
      return [failing.status ?? 502, { message: 'Bad Gateway' }];
    }
    const repoDir = this.options.repoDir;
    let r: RegExpMatchArray | null;
    if (repoDir && method === 'GET' && (r = p.match(/^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/files$/))) {
      const pr = this.pulls.get(Number(r[1]));
      if (!pr) return [404, { message: 'Not Found' }];
      return this.page(url, this.diffFiles(pr.base, pr.head), template);
    }
    if (repoDir && method === 'GET' && (r = p.match(/^\/repos\/[^/]+\/[^/]+\/compare\/([^.]+)\.\.\.(.+)$/))) {
      return [200, this.shaped(method, template, 200, { files: this.diffFiles(r[1], r[2]) })];
    }
    if (repoDir && method === 'GET' && (r = p.match(/^\/repos\/[^/]+\/[^/]+\/contents\/(.+)$/))) {
      const file = decodeURIComponent(r[1]);
      try {
        const content = execFileSync('git', ['show', `${url.searchParams.get('ref') ?? 'HEAD'}:${file}`], { cwd: repoDir });
        return [200, this.shaped(method, template, 200, { type: 'file', encoding: 'base64', path: file, content: content.toString('base64') })];
      } catch {
        return [404, { message: 'Not Found' }];
      }
    }
    if (method !== 'GET' && this.options.denyWrites) return [this.options.denyWrites, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' }];
    let m: RegExpMatchArray | null;
    if (p === '/user' && method === 'GET') {
      if (!this.options.tokenUser) return [403, { message: 'Resource not accessible by integration' }];
      return [200, this.shaped(method, template, 200, { login: this.options.tokenUser, type: 'User' })];
    }
    if ((m = p.match(/^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/))) {
      const issue = Number(m[1]);
      if (method === 'GET') return this.page(url, this.comments.filter((c) => c.issue === issue), template);
      const tooLong = commentTooLong(body?.body);
      if (tooLong) return tooLong;
      const comment = { id: this.nextId++, body: body.body, issue, ...this.author() };
      this.comments.push(comment);
      return [201, this.shaped(method, template, 201, comment)];
    }
    if ((m = p.match(/^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/)) && method === 'PATCH') {
      const comment = this.comments.find((c) => c.id === Number(m![1]));
      if (!comment) return [404, { message: 'Not Found' }];
      // GitHub lets only the author (or an admin) edit a comment.
      if (comment.user.login !== this.author().user.login) return [403, { message: 'Must have admin rights to Repository.' }];
      const tooLong = commentTooLong(body?.body);
      if (tooLong) return tooLong;
      comment.body = body.body;
      return [200, this.shaped(method, template, 200, comment)];
    }
    if (p.match(/^\/repos\/[^/]+\/[^/]+\/check-runs$/) && method === 'POST') {
      const run = { id: this.nextId++, name: body.name, head_sha: body.head_sha, conclusion: body.conclusion, annotations: [...(body.output?.annotations ?? [])], output: body.output };
      this.checkRuns.push(run);
      return [201, this.shaped(method, template, 201, { id: run.id, name: run.name, head_sha: run.head_sha, conclusion: run.conclusion })];
    }
    if ((m = p.match(/^\/repos\/[^/]+\/[^/]+\/check-runs\/(\d+)$/)) && method === 'PATCH') {
      const run = this.checkRuns.find((r) => r.id === Number(m![1]));
      if (!run) return [404, { message: 'Not Found' }];
      run.annotations.push(...(body.output?.annotations ?? []));
      return [200, this.shaped(method, template, 200, { id: run.id, name: run.name, head_sha: run.head_sha, conclusion: run.conclusion })];
    }
    if ((m = p.match(/^\/repos\/[^/]+\/[^/]+\/statuses\/([0-9a-f]+)$/)) && method === 'POST') {
      this.statuses.push({ sha: m[1], body });
      return [201, this.shaped(method, template, 201, { id: this.nextId++, ...body })];
    }
    if ((m = p.match(/^\/repos\/[^/]+\/[^/]+\/commits\/([0-9a-f]+)\/statuses$/)) && method === 'GET') {
      if (this.options.failStatusReads) return [this.options.failStatusReads, { message: 'Server Error' }];
      // Newest first, as GitHub lists them.
      const rows = this.statuses
        .map((s, i) => ({ ...s.body, id: i + 1, created_at: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(), creator: { login: 'github-actions[bot]', type: 'Bot' }, sha: s.sha }))
        .filter((s) => s.sha === m![1])
        .reverse();
      return this.page(url, rows, template);
    }
    if (p.match(/^\/repos\/[^/]+\/[^/]+\/pulls\/\d+\/files$/) && method === 'GET') return this.page(url, this.options.pullFiles ?? [], template);
    if ((m = p.match(/^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)$/)) && method === 'GET') {
      const pr = (this.options.pulls ?? []).find((x) => x.number === Number(m![1]));
      return pr ? [200, this.shaped(method, template, 200, { ...pr, labels: pr.labels ?? [] })] : [404, { message: 'Not Found' }];
    }
    if (p.match(/^\/repos\/[^/]+\/[^/]+\/pulls$/) && method === 'GET') {
      const head = url.searchParams.get('head');
      return this.page(url, (this.options.pulls ?? []).filter((pr) => !head || head.endsWith(`:${pr.head.ref}`)), template);
    }
    return [404, { message: `fake GitHub has no route for ${method} ${p}` }];
  }
}
