import configSchema from '@shared/config/bickford.schema.json';

/** The CLI's own flags (the rest are the guards' inputs), with what each does, for `--help` and for refusing typos. */
export const CLI_FLAGS: Record<string, string> = {
  base: 'Compare with this commit or ref (what a pull request compares with); without it, nothing is compared and migration-score scores every migration.',
  format: 'text, json, sarif, github or markdown. Default text.',
  output: 'Write the report to this file instead of stdout. With all: one combined document, or one file per guard when the name holds {guard} (e.g. reports/{guard}.json).',
  label: 'A pull-request label to act as if present (repeatable), e.g. migration-approved.',
  config: 'Path of the Bickford config file. Default .bickford.yml in the directory.',
  'no-color': 'No colours in text output (also NO_COLOR).',
  verbose: 'Every finding in text output (a run without --base prints a summary per guard), and debug logging.',
  help: 'This help.',
};

/** Flags that take no value: `--verbose dir` keeps `dir` as the directory. */
export const CLI_SWITCHES = new Set(['no-color', 'verbose', 'help']);

const sections = configSchema.properties as Record<string, { properties: Record<string, { description?: string }> }>;

/** A guard's inputs, by name, with their action.yml descriptions (the schema is generated from action.yml). */
export function guardInputs(guard: string): Record<string, string> {
  const props = sections[guard]?.properties ?? {};
  return Object.fromEntries(Object.entries(props).map(([name, p]) => [name, p.description ?? '']));
}

/** Every flag valid for `bickford <command>`: `all` takes any checking guard's input. */
export function validFlags(command: string, guards: string[]): string[] {
  const names = command === 'all' ? guards : [command];
  return [...new Set([...Object.keys(CLI_FLAGS), ...names.flatMap((g) => Object.keys(guardInputs(g)))])].sort();
}

/** The valid flag closest to a typo (edit distance at most a third of its length), for "did you mean". */
export function closest(name: string, valid: string[]): string | undefined {
  let best: { name: string; d: number } | undefined;
  for (const v of valid) {
    const d = distance(name, v);
    if (d <= Math.max(1, Math.floor(v.length / 3)) && (!best || d < best.d)) best = { name: v, d };
  }
  return best?.name;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}
