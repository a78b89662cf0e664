import { ConfigurationError, errorMessage } from '@shared/errors';
import { isConnInfo, redactConnInfo } from './conninfo';

/** The URL (or key=value string) with its password replaced, for messages and logs. */
export function redactUrl(url: string): string {
  if (isConnInfo(url)) return redactConnInfo(url);
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '<unparseable database URL>';
  }
}

/** Turns a failed connection into a message that says which database, how long we waited and what to check. */
export function describeConnectError(e: unknown, url: string, label: string, timeoutSeconds: number, waitedMs: number): ConfigurationError {
  const raw = errorMessage(e).split(url).join(redactUrl(url));
  const code = (e as { code?: string }).code;
  const hint =
    // pg reports its own connect timeout in several words ("timeout", "terminated unexpectedly").
    /timeout/i.test(raw) || waitedMs >= timeoutSeconds * 900 ? `no answer within ${timeoutSeconds} s (raise connect-timeout, or check the host, port and firewall)`
    : code === 'ENOTFOUND' || code === 'EAI_AGAIN' ? `the host name ${JSON.stringify((e as { hostname?: string }).hostname ?? '')} could not be resolved (DNS${code === 'EAI_AGAIN' ? ', temporary failure' : ''}): check the host in the URL, and the runner's network or proxy`
    : code === 'ECONNREFUSED' ? 'the server refused the connection (is PostgreSQL running on that port?)'
    : code === '28P01' || code === '28000' ? 'the server refused the credentials'
    : code === '3D000' ? 'the database does not exist'
    : 'check the URL and that the server accepts connections';
  return new ConfigurationError(`Could not connect to the ${label} at ${redactUrl(url)}: ${hint}. (${raw})`);
}
