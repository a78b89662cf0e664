import { randomUUID } from '../lazy-crypto';
import * as fs from 'node:fs';
import { EOL } from 'node:os';

/**
 * The part of @actions/core that the actions use (log lines, workflow commands, masks, step outputs), with the
 * same names, signatures and output byte for byte.
 *
 * Why not @actions/core itself: its one entry (`exports` lists only ".") imports its OIDC client at load, and that
 * imports @actions/http-client and undici (~1 MB of bundle, tunnel, http, https, net and tls), plus @actions/exec
 * for `platform`. No action asks for an OIDC token, yet every step paid to load them before its first log line:
 * measured on the migration-score dist (bench/results/startup-lazy.md), ~120 ms of CPU time of ~280 on Node 24,
 * and 7 MiB (Node 20) and 12 MiB (Node 24) of peak memory. HTTP is now loaded only with Octokit, when a run makes
 * its first API request (api-client.ts).
 *
 * What is written here is the runner's protocol as @actions/core 3.0.1 writes it (lib/command.js, lib/utils.js,
 * lib/file-command.js, lib/core.js); shared/github/workflow-commands.test.ts runs the same calls through the real
 * @actions/core from node_modules and through this module, and compares what each wrote, so a change of the
 * library's format shows there.
 */

/** @actions/core's AnnotationProperties. */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

type CommandProperties = Record<string, unknown>;

/** utils.js toCommandValue: strings as they are, null and undefined as nothing, anything else as JSON. */
function toCommandValue(input: unknown): string {
  if (input === null || input === undefined) return '';
  if (typeof input === 'string' || input instanceof String) return input as string;
  return JSON.stringify(input);
}

/** utils.js toCommandProperties: an annotation's properties under the runner's names. */
function toCommandProperties(p: AnnotationProperties): CommandProperties {
  if (!Object.keys(p).length) return {};
  return { title: p.title, file: p.file, line: p.startLine, endLine: p.endLine, col: p.startColumn, endColumn: p.endColumn };
}

const escapeData = (s: unknown): string => toCommandValue(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: unknown): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** command.js Command#toString and issueCommand: `::name key=value,...::message`, properties with a value only. */
function issueCommand(command: string, properties: CommandProperties, message: unknown): void {
  let line = `::${command}`;
  const keys = Object.keys(properties);
  if (keys.length > 0) {
    // As the library does: a space once there are properties, even when none has a value.
    line += ' ';
    line += keys
      .filter((k) => properties[k])
      .map((k) => `${k}=${escapeProperty(properties[k])}`)
      .join(',');
  }
  process.stdout.write(`${line}::${escapeData(message)}${EOL}`);
}

/** file-command.js issueFileCommand: a line appended to the file the runner names in GITHUB_<COMMAND>. */
function issueFileCommand(command: string, message: string): void {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) throw new Error(`Unable to find environment variable for file command ${command}`);
  if (!fs.existsSync(filePath)) throw new Error(`Missing file at path: ${filePath}`);
  fs.appendFileSync(filePath, `${toCommandValue(message)}${EOL}`, { encoding: 'utf8' });
}

/** file-command.js prepareKeyValueMessage: `name<<delimiter`, the value, the delimiter (a random one). */
function prepareKeyValueMessage(key: string, value: unknown): string {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  const converted = toCommandValue(value);
  if (key.includes(delimiter)) throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (converted.includes(delimiter)) throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  return `${key}<<${delimiter}${EOL}${converted}${EOL}${delimiter}`;
}

const text = (message: string | Error): string => (message instanceof Error ? message.toString() : message);

export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret);
}

export function setOutput(name: string, value: unknown): void {
  if (process.env.GITHUB_OUTPUT) return issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
  process.stdout.write(EOL);
  issueCommand('set-output', { name }, toCommandValue(value));
}

export function debug(message: string): void {
  issueCommand('debug', {}, message);
}

export function error(message: string | Error, properties: AnnotationProperties = {}): void {
  issueCommand('error', toCommandProperties(properties), text(message));
}

export function warning(message: string | Error, properties: AnnotationProperties = {}): void {
  issueCommand('warning', toCommandProperties(properties), text(message));
}

export function notice(message: string | Error, properties: AnnotationProperties = {}): void {
  issueCommand('notice', toCommandProperties(properties), text(message));
}

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

export async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  issueCommand('group', {}, name);
  try {
    return await fn();
  } finally {
    issueCommand('endgroup', {}, '');
  }
}
