import { ConfigurationError } from '@shared/errors';

/**
 * libpq's `keyword=value` connection strings (https://www.postgresql.org/docs/15/libpq-connect.html#LIBPQ-CONNSTRING).
 * Hand-written because pg (pg-connection-string 2.x) takes such a string for a socket path and a
 * database name and connects to a host called "base"; no maintained package parses the format.
 * test/conninfo.test.ts connects with the same strings through psql (real libpq) and through this.
 */
export interface ConnInfo {
  host?: string;
  port?: number;
  database?: string;
  user?: string;
  password?: string;
  sslmode?: string;
  connectTimeoutSeconds?: number;
  applicationName?: string;
  options?: string;
}

const KEYS: Record<string, keyof ConnInfo> = {
  host: 'host',
  hostaddr: 'host',
  port: 'port',
  dbname: 'database',
  user: 'user',
  password: 'password',
  sslmode: 'sslmode',
  connect_timeout: 'connectTimeoutSeconds',
  application_name: 'applicationName',
  options: 'options',
};

/** A URL (postgres:// or postgresql://) is not a key=value string; anything with `word=` is. */
export function isConnInfo(text: string): boolean {
  return !/^postgres(?:ql)?:\/\//i.test(text.trim()) && /^\s*[A-Za-z_]+\s*=/.test(text);
}

/** Parses `host=db port=5432 dbname='my db' password='it\'s'`; refuses keywords libpq does not know here. */
export function parseConnInfo(text: string, inputName: string): ConnInfo {
  const info: ConnInfo = {};
  let i = 0;
  const fail = (what: string): never => {
    throw new ConfigurationError(`${inputName} is a key=value connection string with ${what} at character ${i + 1}; write keyword=value pairs separated by spaces (quote values with spaces: dbname='my db'), or a postgres:// URL`);
  };
  while (i < text.length) {
    while (i < text.length && /\s/.test(text[i])) i++;
    if (i >= text.length) break;
    const keyStart = i;
    while (i < text.length && /[A-Za-z_]/.test(text[i])) i++;
    const key = text.slice(keyStart, i);
    while (i < text.length && /\s/.test(text[i])) i++;
    if (!key || text[i] !== '=') fail(`a keyword without "="`);
    i++;
    while (i < text.length && /\s/.test(text[i])) i++;
    let value = '';
    if (text[i] === "'") {
      i++;
      for (;;) {
        if (i >= text.length) fail('an unterminated quoted value');
        if (text[i] === '\\' && i + 1 < text.length) {
          value += text[i + 1];
          i += 2;
        } else if (text[i] === "'") {
          i++;
          break;
        } else value += text[i++];
      }
    } else {
      while (i < text.length && !/\s/.test(text[i])) {
        if (text[i] === '\\' && i + 1 < text.length) i++;
        value += text[i++];
      }
    }
    const field = KEYS[key];
    if (!field) throw new ConfigurationError(`${inputName}: the connection option "${key}" is not supported here (supported: ${Object.keys(KEYS).join(', ')})`);
    if (field === 'port' || field === 'connectTimeoutSeconds') {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0) throw new ConfigurationError(`${inputName}: ${key} must be a whole number, got '${value}'`);
      info[field] = n;
    } else info[field] = value;
  }
  return info;
}

/** The string with its password replaced, for messages. */
export function redactConnInfo(text: string): string {
  return text.replace(/(password\s*=\s*)('(?:\\.|[^'])*'|\S+)/gi, '$1***');
}
