import { GitHubApiError } from './api-client';

export const FORK_HELP = 'https://github.com/bickford/actions/blob/main/docs/distribution.md#fork-safe-reporting';

const TLS = /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/i;

/**
 * Why a write did not happen, in the words a person can act on: the rate limit and when it resets, the
 * permission to grant, a read-only fork token, a DNS or TLS failure, a timeout, or what GitHub said.
 */
export function describeApiFailure(e: unknown, what: string, permission: string, context: { fromFork?: boolean } = {}): string {
  if (!(e instanceof GitHubApiError)) return `Could not ${what}: ${(e as Error)?.message ?? String(e)}.`;
  const net = e.networkCause;
  if (net) {
    const code = net.code ?? '';
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `Could not ${what}: the API host's name did not resolve (DNS, ${code}): check GITHUB_API_URL and the runner's DNS or proxy settings (HTTPS_PROXY, NO_PROXY).`;
    if (TLS.test(code) || TLS.test(net.message))
      return `Could not ${what}: the TLS connection to the API failed (${code || net.message}): behind an inspecting proxy, give the runner its CA with NODE_EXTRA_CA_CERTS.`;
    if (code === 'ETIMEDOUT' || code === 'UND_ERR_CONNECT_TIMEOUT') return `Could not ${what}: the API did not answer in time (${net.message}), retries included.`;
    if (code === 'ECONNREFUSED' || code === 'ECONNRESET') return `Could not ${what}: the connection to the API was ${code === 'ECONNREFUSED' ? 'refused' : 'reset'} (${code}), retries included: check GITHUB_API_URL and the proxy settings.`;
    return `Could not ${what}: the API could not be reached (${net.message}${code ? `, ${code}` : ''}), retries included.`;
  }
  const message = apiMessage(e.body);
  if (e.isRateLimit) {
    const reset = Number(e.headers['x-ratelimit-reset']);
    const when = Number.isFinite(reset) && reset > 0 ? ` It resets at ${new Date(reset * 1000).toISOString().slice(11, 16)} UTC.` : '';
    const retryAfter = e.headers['retry-after'] ? ` GitHub asked to wait ${e.headers['retry-after']} s, longer than this step waits.` : '';
    const secondary = /secondary/i.test(message) ? 'secondary rate limit (too many writes in a short time)' : 'API rate limit';
    return `Could not ${what}: GitHub's ${secondary} was hit (HTTP ${e.status}).${retryAfter}${when}`;
  }
  if (e.status === 401) return `Could not ${what}: the token is not valid (HTTP 401: ${message || 'Bad credentials'}): it may have expired or been revoked.`;
  if (e.status === 403 || e.status === 404) {
    const fork = context.fromFork ? ` This is a pull request from a fork, whose token is read-only: see ${FORK_HELP} for the report/publish pattern.` : '';
    return `Could not ${what}: the token lacks a permission (HTTP ${e.status}${message ? `: ${message}` : ''}). Grant \`${permission}\` in the workflow's permissions.${fork}`;
  }
  if (e.status === 422) return `Could not ${what}: GitHub refused the request as invalid (HTTP 422${message ? `: ${message}` : ''}).`;
  if (e.status >= 500) return `Could not ${what}: GitHub answered HTTP ${e.status} on every attempt (retries included)${message ? `: ${message}` : ''}.`;
  return `Could not ${what}: GitHub answered HTTP ${e.status}${message ? `: ${message}` : ''}.`;
}

function apiMessage(body: string): string {
  try {
    const parsed = JSON.parse(body);
    if (typeof parsed === 'string') return apiMessage(parsed);
    return typeof parsed?.message === 'string' ? parsed.message.slice(0, 200) : '';
  } catch {
    return body.slice(0, 200);
  }
}
