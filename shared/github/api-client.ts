/** A small REST client over fetch: GITHUB_API_URL is honoured, so tests point it at a fake on 127.0.0.1. */
export class GitHubApiError extends Error {
  override readonly name = 'GitHubApiError';
  constructor(
    readonly status: number,
    readonly method: string,
    readonly path: string,
    readonly body: string,
  ) {
    super(`${method} ${path} answered ${status}: ${body.slice(0, 300)}`);
  }
  /** 403 and 404 on writes are what a read-only (fork) token gets. */
  get isPermission(): boolean {
    return this.status === 403 || this.status === 404 || this.status === 401;
  }
}

/** Statuses worth another try: the server or a proxy in front of it failed, not the request. */
const RETRIABLE = new Set([500, 502, 503, 504]);

export class GitHubClient {
  constructor(
    private readonly apiUrl: string,
    private readonly token: string,
    private readonly timeoutMs = 30_000,
    /** Waits before each retry; three tries in all, as @octokit/plugin-retry's default. */
    private readonly retryDelaysMs: readonly number[] = [1_000, 3_000],
  ) {}

  /**
   * One request, tried again after a 5xx, a timeout or a network error (the runner sometimes gets a 502).
   * 4xx answers are final. Stand-in until the Octokit client with plugin-retry replaces this class.
   */
  async request<T = any>(method: string, path: string, body?: unknown): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.requestOnce<T>(method, path, body);
      } catch (e) {
        const retriable = e instanceof GitHubApiError ? RETRIABLE.has(e.status) : true;
        if (!retriable || attempt >= this.retryDelaysMs.length) throw e;
        await new Promise((resolve) => setTimeout(resolve, this.retryDelaysMs[attempt]));
      }
    }
  }

  private async requestOnce<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${this.apiUrl.replace(/\/$/, '')}${path}`, {
      method,
      headers: {
        accept: 'application/vnd.github+json',
        authorization: `Bearer ${this.token}`,
        'x-github-api-version': '2022-11-28',
        'user-agent': 'bickford',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    const text = await res.text();
    if (!res.ok) throw new GitHubApiError(res.status, method, path, text);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  /** Follows pages of 100 until a short page; bounded so a misbehaving server cannot loop us. */
  async paginate<T>(path: string, maxPages = 50): Promise<T[]> {
    const all: T[] = [];
    for (let page = 1; page <= maxPages; page++) {
      const sep = path.includes('?') ? '&' : '?';
      const items = await this.request<T[]>('GET', `${path}${sep}per_page=100&page=${page}`);
      all.push(...items);
      if (items.length < 100) break;
    }
    return all;
  }
}
