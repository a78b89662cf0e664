import type { Logger } from '../logger';
import type { Octokit } from './octokit';

/**
 * The REST client: @actions/github's Octokit with plugin-retry and plugin-throttling (octokit.ts), loaded on
 * the first request: a run without a token, or one that makes no API call, never pays to load it (bench/results/github-io.md).
 * What is ours: the per-request timeout, how long we are willing to wait for a limit, and errors that say what
 * went wrong (failure.ts).
 */

/** A request that failed after the libraries' retries; `kind` is what a note to the user should name. */
export class GitHubApiError extends Error {
  override readonly name = 'GitHubApiError';
  constructor(
    readonly status: number,
    readonly method: string,
    readonly path: string,
    readonly body: string,
    readonly headers: Record<string, string | number | undefined> = {},
    /** The network error under a status-500 "answer" that never came (DNS, TLS, refused, timed out). */
    readonly networkCause?: { code?: string; message: string },
  ) {
    super(
      networkCause
        ? `${method} ${path} got no answer: ${networkCause.message}${networkCause.code ? ` (${networkCause.code})` : ''}`
        : `${method} ${path} answered ${status}: ${body.slice(0, 300)}`,
    );
  }
  /** 401, 403 and 404 on writes are what a read-only (fork) token gets; a rate limit is not one of them. */
  get isPermission(): boolean {
    return !this.networkCause && !this.isRateLimit && (this.status === 403 || this.status === 404 || this.status === 401);
  }
  get isRateLimit(): boolean {
    return (
      !this.networkCause &&
      (this.status === 429 || (this.status === 403 && (String(this.headers['x-ratelimit-remaining']) === '0' || /rate limit/i.test(this.body))))
    );
  }
}

export interface GitHubClientOptions {
  /** One attempt's limit; a request that hangs longer is abandoned and retried. */
  timeoutMs?: number;
  /** Retries of 5xx, timeouts and network errors. */
  retries?: number;
  /** The longest a rate limit (`retry-after`, `x-ratelimit-reset`) is waited out; beyond it the request fails. */
  maxRateLimitWaitSeconds?: number;
  /** Debug lines about retries and limits (never the token). */
  logger?: Pick<Logger, 'debug' | 'info'>;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export class GitHubClient {
  private octokitLoad?: Promise<Octokit>;

  constructor(
    private readonly apiUrl: string,
    private readonly token: string,
    private readonly options: GitHubClientOptions = {},
  ) {}

  /** Octokit, created on first use; a separate chunk of the bundle, so that is also when it is read and compiled. */
  private octokit(): Promise<Octokit> {
    this.octokitLoad ??= import('./octokit').then(({ createOctokit }) =>
      createOctokit(this.apiUrl, this.token, {
        timeoutMs: this.options.timeoutMs ?? 30_000,
        retries: this.options.retries ?? 3,
        maxRateLimitWaitSeconds: this.options.maxRateLimitWaitSeconds ?? 90,
        logger: this.options.logger,
      }),
    );
    return this.octokitLoad;
  }

  /** One REST call by method and path (query included); the body's fields become the request body. */
  async request<T = any>(method: Method, path: string, body?: Record<string, unknown>): Promise<T> {
    try {
      // `data` sends the body as it is, so a field named like an Octokit option (headers, url) stays a field.
      const octokit = await this.octokit();
      const res = await octokit.request({ method, url: path, ...(body === undefined ? {} : { data: body }) });
      return res.data as T;
    } catch (e) {
      throw toApiError(e, method, path);
    }
  }

  /** Every item of a list, following the Link header's `next`, at most maxPages pages of 100. */
  async paginate<T>(path: string, maxPages = 50): Promise<T[]> {
    const all: T[] = [];
    let pages = 0;
    try {
      const route = `GET ${path}${path.includes('?') ? '&' : '?'}per_page=100`;
      const octokit = await this.octokit();
      for await (const page of octokit.paginate.iterator(route as 'GET /')) {
        all.push(...(page.data as unknown as T[]));
        if (++pages >= maxPages) break;
      }
    } catch (e) {
      throw toApiError(e, 'GET', path);
    }
    return all;
  }
}

function toApiError(e: unknown, method: string, path: string): Error {
  const err = e as { status?: number; response?: { data?: unknown; headers?: Record<string, string> }; cause?: any; message?: string };
  if (typeof err?.status !== 'number') return e as Error;
  const data = err.response?.data;
  if (!err.response) {
    // No answer at all: @octokit/request reports the network error as status 500 with the cause attached.
    const cause = err.cause?.cause ?? err.cause;
    return new GitHubApiError(0, method, path, '', {}, { code: cause?.code ?? err.cause?.code, message: String(cause?.message ?? err.message ?? 'network error') });
  }
  return new GitHubApiError(err.status, method, path, typeof data === 'string' ? data : JSON.stringify(data ?? ''), err.response.headers ?? {});
}
