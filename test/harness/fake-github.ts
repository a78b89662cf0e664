import { execFileSync } from 'node:child_process';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the action made, as the fake received it. */
export interface ApiCall {
  method: string;
  path: string;
  body: any;
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
}

/** The API's file statuses for git's --name-status letters. */
const API_STATUS: Record<string, string> = { A: 'added', M: 'modified', D: 'removed', R: 'renamed', T: 'changed', C: 'copied' };

/**
 * A stand-in for the GitHub REST API on 127.0.0.1: it records every call and keeps issue comments and
 * check runs in memory, so a second run sees the first run's comment. Only the GitHub service is faked.
 */
export class FakeGitHub {
  readonly calls: ApiCall[] = [];
  readonly comments: { id: number; body: string; issue: number; user: { login: string; type: string } }[] = [];
  readonly checkRuns: { id: number; name: string; head_sha: string; conclusion?: string; annotations: any[] }[] = [];
  readonly statuses: { sha: string; body: any }[] = [];
  private server?: http.Server;
  private nextId = 1000;
  url = '';

  /** PR number → its base and head, for answers computed from `repoDir`. */
  readonly pulls = new Map<number, { base: string; head: string }>();

  constructor(private readonly options: FakeGitHubOptions = {}) {}

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => {
      let raw = '';
      req.on('data', (c) => (raw += c));
      req.on('end', () => {
        const body = raw ? JSON.parse(raw) : undefined;
        const url = new URL(req.url ?? '/', 'http://x');
        this.calls.push({ method: req.method ?? 'GET', path: url.pathname + url.search, body });
        const [status, payload] = this.answer(req.method ?? 'GET', url, body);
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(payload === undefined ? '' : JSON.stringify(payload));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** A comment someone else wrote, for tests of what the action may edit. */
  addComment(issue: number, body: string, user = { login: 'someone', type: 'User' }): void {
    this.comments.push({ id: this.nextId++, body, issue, user });
  }

  callsTo(method: string, pattern: RegExp): ApiCall[] {
    return this.calls.filter((c) => c.method === method && pattern.test(c.path));
  }

  private failures = 0;

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

  private answer(method: string, url: URL, body: any): [number, unknown] {
    const p = url.pathname;
    const failing = this.options.failing;
    if (failing && method === 'GET' && failing.pattern.test(p) && (failing.times === 'always' || this.failures < failing.times)) {
      this.failures++;
      return [failing.status ?? 502, { message: 'Bad Gateway' }];
    }
    const repoDir = this.options.repoDir;
    let r: RegExpMatchArray | null;
    if (repoDir && method === 'GET' && (r = p.match(/^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/files$/))) {
      const pr = this.pulls.get(Number(r[1]));
      if (!pr) return [404, { message: 'Not Found' }];
      const page = Number(url.searchParams.get('page') ?? 1);
      const per = Number(url.searchParams.get('per_page') ?? 30);
      return [200, this.diffFiles(pr.base, pr.head).slice((page - 1) * per, page * per)];
    }
    if (repoDir && method === 'GET' && (r = p.match(/^\/repos\/[^/]+\/[^/]+\/compare\/([^.]+)\.\.\.(.+)$/))) {
      return [200, { files: this.diffFiles(r[1], r[2]) }];
    }
    if (repoDir && method === 'GET' && (r = p.match(/^\/repos\/[^/]+\/[^/]+\/contents\/(.+)$/))) {
      const file = decodeURIComponent(r[1]);
      try {
        const content = execFileSync('git', ['show', `${url.searchParams.get('ref') ?? 'HEAD'}:${file}`], { cwd: repoDir });
        return [200, { type: 'file', encoding: 'base64', path: file, content: content.toString('base64') }];
      } catch {
        return [404, { message: 'Not Found' }];
      }
    }
    if (method !== 'GET' && this.options.denyWrites) return [this.options.denyWrites, { message: 'Resource not accessible by integration' }];
    let m: RegExpMatchArray | null;
    if ((m = p.match(/^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/))) {
      const issue = Number(m[1]);
      if (method === 'GET') {
        const page = Number(url.searchParams.get('page') ?? 1);
        const per = Number(url.searchParams.get('per_page') ?? 30);
        return [200, this.comments.filter((c) => c.issue === issue).slice((page - 1) * per, page * per)];
      }
      // Comments made with the job token belong to the Actions bot, as on GitHub.
      const comment = { id: this.nextId++, body: body.body, issue, user: { login: 'github-actions[bot]', type: 'Bot' } };
      this.comments.push(comment);
      return [201, comment];
    }
    if ((m = p.match(/^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/)) && method === 'PATCH') {
      const comment = this.comments.find((c) => c.id === Number(m![1]));
      if (!comment) return [404, { message: 'Not Found' }];
      comment.body = body.body;
      return [200, comment];
    }
    if (p.match(/^\/repos\/[^/]+\/[^/]+\/check-runs$/) && method === 'POST') {
      const run = { id: this.nextId++, name: body.name, head_sha: body.head_sha, conclusion: body.conclusion, annotations: [...(body.output?.annotations ?? [])] };
      this.checkRuns.push(run);
      return [201, run];
    }
    if ((m = p.match(/^\/repos\/[^/]+\/[^/]+\/check-runs\/(\d+)$/)) && method === 'PATCH') {
      const run = this.checkRuns.find((r) => r.id === Number(m![1]));
      if (!run) return [404, { message: 'Not Found' }];
      run.annotations.push(...(body.output?.annotations ?? []));
      return [200, run];
    }
    if ((m = p.match(/^\/repos\/[^/]+\/[^/]+\/statuses\/([0-9a-f]+)$/)) && method === 'POST') {
      this.statuses.push({ sha: m[1], body });
      return [201, { id: this.nextId++, ...body }];
    }
    if ((m = p.match(/^\/repos\/[^/]+\/[^/]+\/commits\/([0-9a-f]+)\/statuses$/)) && method === 'GET') {
      if (this.options.failStatusReads) return [this.options.failStatusReads, { message: 'Server Error' }];
      const page = Number(url.searchParams.get('page') ?? 1);
      const per = Number(url.searchParams.get('per_page') ?? 30);
      // Newest first, as GitHub lists them.
      const rows = this.statuses
        .map((s, i) => ({ ...s.body, id: i + 1, created_at: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(), creator: { login: 'github-actions[bot]', type: 'Bot' }, sha: s.sha }))
        .filter((s) => s.sha === m![1])
        .reverse();
      return [200, rows.slice((page - 1) * per, page * per)];
    }
    if (p.match(/^\/repos\/[^/]+\/[^/]+\/pulls\/\d+\/files$/) && method === 'GET') {
      const page = Number(url.searchParams.get('page') ?? 1);
      return [200, page === 1 ? (this.options.pullFiles ?? []) : []];
    }
    return [404, { message: `fake GitHub has no route for ${method} ${p}` }];
  }
}
