import type { InputReader } from '@shared/config/input-reader';
import { ConfigurationError } from '@shared/errors';

export interface EnvGuardInputs {
  /** Variables that must be set in the job's environment (values are never printed). */
  required: readonly string[];
  /** Names or turbo-style wildcards that count as declared everywhere. */
  allow: readonly string[];
  /** Add the variables turbo infers from frameworks (Next.js: NEXT_PUBLIC_*). */
  frameworkInference: boolean;
  /** Report declared variables that nothing reads. */
  reportUnused: boolean;
  /** Extra globs (repository-relative) of files not to scan. */
  ignore: readonly string[];
  /** Functions whose literal argument names a variable they read, beyond those found by analysis: name → argument index. */
  readers: ReadonlyMap<string, number>;
}

/** Every env-guard input, read once. Defaults live here, not in action.yml, so `.bickford.yml` can set them. */
export function readEnvGuardInputs(reader: InputReader): EnvGuardInputs {
  return Object.freeze({
    required: Object.freeze(reader.list('required')),
    allow: Object.freeze(reader.list('allow')),
    frameworkInference: reader.boolean('framework-inference', true),
    reportUnused: reader.boolean('report-unused', true),
    ignore: Object.freeze(reader.list('ignore')),
    readers: readersOf(reader.list('readers')),
  });
}

/** `getEnv` (the first argument names the variable) or `getEnv:1` (the second does). */
function readersOf(entries: string[]): ReadonlyMap<string, number> {
  const out = new Map<string, number>();
  for (const entry of entries) {
    const m = /^([A-Za-z_$][\w$]*)(?::(\d+))?$/.exec(entry);
    if (!m) throw new ConfigurationError(`readers must list function names, each optionally followed by :N for the argument that names the variable (getEnv, requireEnv:1), got '${entry}'`, 'https://github.com/bickford/actions/blob/main/actions/env-guard/README.md#inputs');
    out.set(m[1], Number(m[2] ?? 0));
  }
  return out;
}
