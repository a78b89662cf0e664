import { ConfigurationError } from '@shared/errors';
import { GUARD_NAMES } from '@shared/findings/result';
import { REPORT_FORMATS, type ReportFormat } from '@shared/reporters/index';
import { CLI_SWITCHES, closest, validFlags } from './flags';

export interface CliArgs {
  command: string;
  dir: string;
  base?: string;
  format: ReportFormat;
  output?: string;
  color: boolean;
  verbose: boolean;
  labels: string[];
  /** Every other `--name value` (or `--name=value`, or a bare `--flag` meaning true), by input name. */
  inputs: Record<string, string | string[]>;
}

export const USAGE = 'usage: bickford <guard|all> [dir] [--base REF] [--format text|json|sarif|github|markdown] [--<input> value]...\n       bickford --help | <guard> --help | --version';

export function parseArgs(argv: string[], isTty: boolean): CliArgs {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h') throw new ConfigurationError(USAGE);
  const inputs: Record<string, string | string[]> = {};
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    const value = eq !== -1 ? arg.slice(eq + 1) : !CLI_SWITCHES.has(name) && rest[i + 1] !== undefined && !rest[i + 1].startsWith('--') ? rest[++i] : 'true';
    const prev = inputs[name];
    // A repeated flag (--label a --label b) collects values.
    inputs[name] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  // A misspelt flag would otherwise be ignored and the run pass, as `.bickford.yml` refuses an unknown key.
  if ((GUARD_NAMES as readonly string[]).includes(command) || command === 'all') {
    const valid = validFlags(command, GUARD_NAMES.filter((g) => g !== 'ledger-record'));
    const unknown = Object.keys(inputs).filter((name) => !valid.includes(name));
    if (unknown.length > 0) {
      const hints = unknown.map((u) => {
        const near = closest(u, valid);
        return `--${u}${near ? ` (did you mean --${near}?)` : ''}`;
      });
      throw new ConfigurationError(`unknown flag${unknown.length > 1 ? 's' : ''} ${hints.join(', ')} for ${command}; valid flags: ${valid.map((v) => `--${v}`).join(', ')}`);
    }
  }
  if (positional.length > 1) throw new ConfigurationError(`too many arguments: ${positional.join(' ')}\n${USAGE}`);
  const take = (name: string): string | undefined => {
    const v = inputs[name];
    delete inputs[name];
    return Array.isArray(v) ? v[v.length - 1] : v;
  };
  const format = take('format') ?? 'text';
  if (!(REPORT_FORMATS as string[]).includes(format)) throw new ConfigurationError(`--format must be one of ${REPORT_FORMATS.join(', ')}, got '${format}'`);
  const labelFlag = inputs.label;
  delete inputs.label;
  const noColor = take('no-color');
  return {
    command,
    dir: positional[0] ?? '.',
    base: take('base'),
    format: format as ReportFormat,
    output: take('output'),
    color: isTty && noColor === undefined && !process.env.NO_COLOR,
    verbose: take('verbose') !== undefined,
    labels: labelFlag === undefined ? [] : Array.isArray(labelFlag) ? labelFlag : [labelFlag],
    inputs,
  };
}
