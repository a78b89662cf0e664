import { getOctokit } from '@actions/github';
import { defaults } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { Logger } from '../logger';

/**
 * @actions/github's Octokit (proxies through @actions/http-client, GHES base URLs, Link pagination) with
 * @octokit/plugin-retry (5xx, network errors and timeouts, with backoff) and @octokit/plugin-throttling (429
 * and secondary limits wait for `retry-after`, primary limits for `x-ratelimit-reset`, writes spaced as GitHub
 * asks). api-client.ts imports this module only when a request is made, so a run that makes none does not load it.
 */
export type Octokit = ReturnType<typeof getOctokit>;

export interface OctokitOptions {
  timeoutMs: number;
  retries: number;
  maxRateLimitWaitSeconds: number;
  logger?: Pick<Logger, 'debug' | 'info'>;
}

export function createOctokit(apiUrl: string, token: string, options: OctokitOptions): Octokit {
  const { timeoutMs, maxRateLimitWaitSeconds: maxWait, logger: log } = options;
  const proxyFetch = defaults.request?.fetch ?? fetch;
  // A hang becomes a network error (TypeError with a cause), which @octokit/request turns into a retryable
  // RequestError; an AbortError would be thrown past plugin-retry untouched.
  const timedFetch = async (url: string, init: RequestInit = {}) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    try {
      return await proxyFetch(url, { ...init, signal });
    } catch (e) {
      if (timeout.aborted) throw new TypeError('fetch failed', { cause: Object.assign(new Error(`no answer within ${timeoutMs / 1000} s`), { code: 'ETIMEDOUT' }) });
      throw e;
    }
  };
  const onLimit = (kind: string) => (retryAfter: number, opts: { method: string; url: string }, _o: unknown, retryCount: number) => {
    const again = retryCount < 2 && retryAfter <= maxWait;
    log?.info(`GitHub ${kind} on ${opts.method} ${opts.url}: ${again ? `retrying after ${retryAfter} s` : `not waiting ${retryAfter} s`}.`);
    return again;
  };
  return getOctokit(
    token,
    {
      baseUrl: apiUrl.replace(/\/$/, ''),
      userAgent: 'bickford',
      request: { fetch: timedFetch },
      // 429 is left to plugin-throttling, which waits the `retry-after` GitHub gives instead of a fixed backoff.
      retry: { retries: options.retries, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
      throttle: { onRateLimit: onLimit('rate limit'), onSecondaryRateLimit: onLimit('secondary rate limit') },
      log: { debug: (m: string) => log?.debug(m), info: (m: string) => log?.debug(m), warn: (m: string) => log?.debug(m), error: (m: string) => log?.debug(m) },
    },
    retry,
    throttling,
  );
}
