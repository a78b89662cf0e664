import { meta as dynamicRead } from './env-dynamic-read';
import { meta as requiredMissing } from './env-required-missing';
import { meta as turboJsonInvalid } from './env-turbo-json-invalid';
import { meta as undeclaredRead } from './env-undeclared-read';
import { meta as unusedDeclaration } from './env-unused-declaration';
import type { EnvRuleMeta } from './rule';

/** Every env-guard rule by id: docs pages, the README table and SARIF rule lists come from here. */
export const ENV_RULES: Readonly<Record<string, EnvRuleMeta>> = Object.fromEntries(
  [undeclaredRead, unusedDeclaration, dynamicRead, requiredMissing, turboJsonInvalid].map((m) => [m.id, m]),
);
