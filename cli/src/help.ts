import { GUARD_NAMES } from '@shared/findings/result';
import { CLI_FLAGS, guardInputs } from './flags';
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
