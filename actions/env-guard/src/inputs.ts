import type { InputReader } from '@shared/config/input-reader';

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
}

/** Every env-guard input, read once. Defaults live here, not in action.yml, so `.bickford.yml` can set them. */
export function readEnvGuardInputs(reader: InputReader): EnvGuardInputs {
  return Object.freeze({
    required: Object.freeze(reader.list('required')),
    allow: Object.freeze(reader.list('allow')),
    frameworkInference: reader.boolean('framework-inference', true),
    reportUnused: reader.boolean('report-unused', true),
    ignore: Object.freeze(reader.list('ignore')),
  });
}
