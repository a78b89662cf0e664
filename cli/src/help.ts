import { BASELINE_FILE } from '@shared/baseline/baseline-file';
import { GUARD_NAMES } from '@shared/findings/result';
import { BASELINE_GUARDS, BASELINE_USAGE } from './baseline';
import { CLI_FLAGS, guardInputs } from './flags';
import { INIT_USAGE } from './init/command';
import { LEDGER_USAGE } from './ledger/ledger-command';
import { USAGE } from './parse-args';

// Inputs that only make sense on the runner: the CLI's directory argument and its own output stand in for them.
const ACTIONS_ONLY = new Set(['comment', 'check-run', 'mode', 'github-token', 'working-directory']);

const list = (entries: [string, string][]) => {
  const width = Math.max(...entries.map(([n]) => n.length));
  return entries.map(([name, text]) => `  ${name.padEnd(width)}  ${text}`).join('\n');
};

/** `bickford --help`. */
export function mainHelp(): string {
  return [
    USAGE,
    '',
    'Guards:',
    list(GUARD_NAMES.map((g) => [g, `bickford ${g} --help`])),
    list([['all', 'every guard but ledger-record']]),
    list([['baseline', 'bickford baseline [guard...] [dir]: accept every current finding in .bickford/baseline.json']]),
    list([['init', 'bickford init [dir]: write .bickford.yml, the baseline and .github/workflows/bickford.yml for this repository']]),
    '',
    'Flags of every guard:',
    list(Object.entries(CLI_FLAGS).map(([n, d]) => [`--${n}`, d])),
    '',
    'Exit: 0 pass, 1 findings over the threshold, 2 usage or configuration, 3 a bug in Bickford.',
    '',
  ].join('\n');
}

/** `bickford <guard> --help`: the guard's inputs as flags, described as in its action.yml. */
export function guardHelp(guard: string): string {
  const inputs = Object.entries(guardInputs(guard)).filter(([n]) => !ACTIONS_ONLY.has(n));
  return [
    `usage: bickford ${guard} [dir] [flags]`,
    '',
    `Inputs of ${guard} (also read from its section of .bickford.yml):`,
    list(inputs.map(([n, d]) => [`--${n}`, d])),
    '',
    'Flags of every guard:',
    list(Object.entries(CLI_FLAGS).map(([n, d]) => [`--${n}`, d])),
    '',
  ].join('\n');
}

/** `--help` or `-h` among a command's arguments: the command prints its help and does nothing else. */
export const asksForHelp = (args: readonly string[]): boolean => args.some((a) => a === '--help' || a === '-h');

/** `bickford <command> --help` for the commands that are not guards (main.ts COMMANDS). */
export function commandHelp(command: string): string | undefined {
  const verbose: [string, string] = ['--verbose', CLI_FLAGS.verbose];
  switch (command) {
    case 'init':
      return [
        INIT_USAGE,
        '',
        'Finds what the guards would check in dir (default: the current directory), writes .bickford.yml, accepts',
        `today's findings in ${BASELINE_FILE} and writes .github/workflows/bickford.yml. A file that exists with other`,
        'content is kept; running it twice changes nothing.',
        '',
        'Flags:',
        list([verbose]),
        '',
      ].join('\n');
    case 'baseline':
      return [
        BASELINE_USAGE,
        '',
        `Runs the guards named (default: ${BASELINE_GUARDS.join(', ')}) on dir (default: the current directory)`,
        `and accepts every finding they report today in ${BASELINE_FILE}; a pull request then fails only on new ones.`,
        '',
        'Flags:',
        list([verbose]),
        '',
      ].join('\n');
    case 'ledger':
      return `${LEDGER_USAGE}\n`;
    default:
      return undefined;
  }
}
